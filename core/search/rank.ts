// Ranking of search candidates (domain.md §6b): exact and identifier matches before prefix matches
// before phonetic ones, then birth name, first names, birth date. Pure, shared by db/search and tests.
import { nameWords } from './fold.js';

export type MatchKind = 'exact' | 'prefixe' | 'phonetique' | 'identifiant';

export interface RankedCandidate {
  id: number;
  /** 0 exact / identifier, 1 prefix, 2 phonetic. */
  rank: number;
  birthName: string;
  birthFirstNames: string;
  birthDate: string;
}

export const RANK_OF: Readonly<Record<MatchKind, number>> = { exact: 0, identifiant: 0, prefixe: 1, phonetique: 2 };

export function compareCandidates(a: RankedCandidate, b: RankedCandidate): number {
  return (
    a.rank - b.rank ||
    cmp(a.birthName, b.birthName) ||
    cmp(a.birthFirstNames, b.birthFirstNames) ||
    cmp(a.birthDate, b.birthDate) ||
    a.id - b.id
  );
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** True when every initial starts some word of the given names (null fields are skipped). */
export function matchesInitials(initials: readonly string[], names: readonly (string | null)[]): boolean {
  if (initials.length === 0) return true;
  const words = names.flatMap((n) => (n ? nameWords(n) : []));
  return initials.every((letter) => words.some((w) => w.startsWith(letter)));
}
