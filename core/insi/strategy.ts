// The traits search strategy as a pure decision function: given the local traits and the answers so far, what is
// the next RECSANSVITALE to send, or is the search over? Rules: the first calls never carry the birthplace (seed §3.2);
// one call per birth first name in order, then all of them joined (research §5.2, CNDA 2.07); on CR 02 the same
// query is refined automatically, without asking the agent (seed §3.2, domain.md §6).
import { isFailure } from './classify.js';
import type { CallStatus, TraitsQuery } from './types.js';

export interface TraitsSearchInput {
  birthName: string;
  /** The full birth first-name list, space separated (a hyphenated name is one name). */
  birthFirstNames: string;
  sex: 'M' | 'F';
  birthDate: string;
  /** Local COG; never sent on the first call; 99999 (« INCONNU ») is never sent. */
  birthplaceCog?: string | null;
}

export type Refinement = 'birthplace' | 'firstNames';

export interface StrategyOptions {
  /**
   * How a CR 02 is refined, in order. Default: the birthplace first, as the seed requires (« relancer l'appel avec le
   * code lieu de naissance ») and domain.md §6 says, then all the first names. Research §5.3 suggests the reverse order;
   * pass ['firstNames', 'birthplace'] for it.
   */
  onMultiple: readonly Refinement[];
}

export const DEFAULT_STRATEGY: StrategyOptions = { onMultiple: ['birthplace', 'firstNames'] };

export type AttemptReason = 'first_name' | 'all_first_names' | 'birthplace_after_multiple' | 'first_names_after_multiple';

export interface PlannedQuery {
  query: TraitsQuery;
  reason: AttemptReason;
}

export interface AnsweredQuery {
  query: TraitsQuery;
  status: CallStatus;
}

export type SearchEnd = 'found' | 'not_found' | 'multiple' | 'failed' | 'nothing_to_send';

export type StrategyStep = ({ kind: 'call' } & PlannedQuery) | { kind: 'done'; end: SearchEnd };

export const UNKNOWN_BIRTHPLACE = '99999';

export const splitFirstNames = (list: string): string[] => list.split(' ').filter((t) => t !== '');

const keyOf = (q: TraitsQuery) => `${q.firstName}|${q.birthplaceCog ?? ''}`;

export function nextTraitsStep(input: TraitsSearchInput, answered: readonly AnsweredQuery[], options: StrategyOptions = DEFAULT_STRATEGY): StrategyStep {
  const tokens = splitFirstNames(input.birthFirstNames);
  if (tokens.length === 0) return { kind: 'done', end: 'nothing_to_send' };
  const cog = input.birthplaceCog && input.birthplaceCog !== UNKNOWN_BIRTHPLACE ? input.birthplaceCog : null;
  const all = tokens.join(' ');
  const query = (firstName: string, birthplaceCog: string | null): TraitsQuery => ({
    birthName: input.birthName,
    firstName,
    sex: input.sex,
    birthDate: input.birthDate,
    ...(birthplaceCog ? { birthplaceCog } : {}),
  });

  let pending: PlannedQuery[] = tokens.map((t) => ({ query: query(t, null), reason: 'first_name' as const }));
  if (tokens.length > 1) pending.push({ query: query(all, null), reason: 'all_first_names' });

  const sent = new Set<string>();
  let sawMultiple = false;
  for (const a of answered) {
    sent.add(keyOf(a.query));
    if (a.status === 'found') return { kind: 'done', end: 'found' };
    if (isFailure(a.status)) return { kind: 'done', end: 'failed' };
    if (a.status === 'multiple') {
      sawMultiple = true;
      pending = [...refinements(a.query, options, cog, all, query), ...pending];
    }
  }
  const next = pending.find((p) => !sent.has(keyOf(p.query)));
  if (next) return { kind: 'call', ...next };
  return { kind: 'done', end: sawMultiple ? 'multiple' : 'not_found' };
}

function refinements(
  q: TraitsQuery,
  options: StrategyOptions,
  cog: string | null,
  all: string,
  query: (firstName: string, cog: string | null) => TraitsQuery,
): PlannedQuery[] {
  const hasCog = Boolean(q.birthplaceCog);
  const out: PlannedQuery[] = [];
  for (const step of options.onMultiple) {
    if (step === 'birthplace' && cog && !hasCog) out.push({ query: query(q.firstName, cog), reason: 'birthplace_after_multiple' });
    if (step === 'firstNames' && q.firstName !== all) out.push({ query: query(all, q.birthplaceCog ?? null), reason: 'first_names_after_multiple' });
  }
  // Both refinements together come last.
  if (cog && !hasCog && q.firstName !== all) out.push({ query: query(all, cog), reason: 'birthplace_after_multiple' });
  return out;
}
