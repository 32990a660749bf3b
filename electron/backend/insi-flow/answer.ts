// What an INSi search leaves server-side under its call id (table insi_answers): the individual returned, the
// query that found it, the new patient's validated draft, and the journal entries of its wire calls.
import type { InsiIndividual, TraitsQuery, VitaleQuery } from '../../../core/insi/types.js';
import type { NormalizedIdentity } from '../../../core/identity/types.js';

export interface StoredAnswer {
  individual: InsiIndividual | null;
  foundWith: TraitsQuery | VitaleQuery | null;
  /** New patient: the traits typed at the desk (validated), used for the comparison and the used names. */
  draft: NormalizedIdentity | null;
  /** Journal seq of every identity.insi_call entry of this search. */
  callSeqs: number[];
  /** Whether the answering endpoint may feed a production database. */
  productionEndpoint: boolean;
  message: { title: string; text: string } | null;
}

/** An answer can be accepted within this delay: INSi data change (20020 → 2A020), a stale answer must be asked again. */
export const ANSWER_VALIDITY_MS = 60 * 60 * 1000;
