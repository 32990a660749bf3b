// « Vérifier » an INS (pure judgement). The real verification operation is not public (research §1.8: its WSDL,
// action and response are UNCONFIRMED), so verification is a traits retrieval with the stored INSi traits whose
// answer must give back the stored matricule and exactly the stored traits. The client (electron/backend/insi)
// sends the query; this module says what the answer means.
import type { InsiIndividual } from './types.js';

export interface StoredInsIdentity {
  /** The strict traits as INSi returned them when the INS was accepted (byte for byte). */
  birthName: string;
  birthFirstNames: string;
  sex: 'M' | 'F';
  birthDate: string;
  birthplaceCog: string | null;
  /** 15 characters. */
  matricule: string;
  oid: string;
}

export type VerificationVerdict =
  | 'verified' // same matricule, same OID, same traits
  | 'traits_changed' // same INS, INSi's traits changed (e.g. COG 20020 → 2A020): a new retrieval to accept
  | 'ins_changed' // the stored matricule is now in INSHISTO: INSi gives a new active INS
  | 'mismatch'; // another matricule, not in the history: a referent must look at it

export interface VerificationJudgement {
  verdict: VerificationVerdict;
  /** French names of the fields that differ. */
  differences: string[];
}

const TRAITS: ReadonlyArray<[keyof StoredInsIdentity, (i: InsiIndividual) => string | null, string]> = [
  ['birthName', (i) => i.traits.birthName, 'nom de naissance'],
  ['birthFirstNames', (i) => i.traits.firstNames, 'prénoms de naissance'],
  ['sex', (i) => i.traits.sex, 'sexe'],
  ['birthDate', (i) => i.traits.birthDate, 'date de naissance'],
  ['birthplaceCog', (i) => i.traits.birthplaceCog, 'lieu de naissance'],
];

export function judgeVerification(stored: StoredInsIdentity, returned: InsiIndividual): VerificationJudgement {
  const differences = TRAITS.filter(([key, read]) => (stored[key] ?? null) !== read(returned)).map(([, , label]) => label);
  if (returned.active.matricule !== stored.matricule) {
    const historical = returned.history.some((h) => h.matricule === stored.matricule);
    return { verdict: historical ? 'ins_changed' : 'mismatch', differences: ['matricule INS', ...differences] };
  }
  if (returned.active.oid !== stored.oid) return { verdict: 'traits_changed', differences: ['OID', ...differences] };
  return { verdict: differences.length === 0 ? 'verified' : 'traits_changed', differences };
}
