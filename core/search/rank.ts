// Ranking of search candidates (domain.md §6b). Where the typed names matched, best first: birth name
// (whole word), birth-name start, used name, first names, phonetic only; exact identifiers first of
// all; then birth name, first names, birth date. Pure, shared by db/search and tests.
import { nameWords } from './fold.js';

export type MatchKind = 'exact' | 'prefixe' | 'phonetique' | 'identifiant';

export interface RankedCandidate {
  id: number;
  /** Lower is better: see rankOf(). */
  rank: number;
  birthName: string;
  birthFirstNames: string;
  birthDate: string;
}

/** Coarse rank of a match kind alone (identifiers, date-only queries): exact 0, prefix 1, phonetic 2. */
export const RANK_OF: Readonly<Record<MatchKind, number>> = { exact: 0, identifiant: 0, prefixe: 1, phonetique: 2 };

/** Where one typed name matched one identity, best first. */
export const FIELD_TIER = {
  birthName: 0,
  birthNameStart: 1,
  usedName: 2,
  usedNameStart: 3,
  firstName: 4,
  firstNameStart: 5,
  /** Only phonetically (or through a part the index joins differently). */
  none: 6,
} as const;

export interface NamedCandidate {
  birthName: string;
  birthFirstNames: string;
  usedName: string | null;
  usedFirstName: string | null;
}

/** Whole-name tokens as the index holds them: each word, and the name joined (`DARTAGNAN`). */
const nameTokens = (name: string | null): string[] => (name ? [...nameWords(name), name.replace(/[\s'-]+/g, '')] : []);
/** First names: each word, and each (compound) first name joined (`JEANPIERRE`). */
const firstNameTokens = (names: string | null): string[] =>
  names ? [...nameWords(names), ...names.split(' ').map((f) => f.replace(/['-]+/g, ''))] : [];

function tierIn(tokens: readonly string[], term: string, whole: number, start: number): number | null {
  if (tokens.includes(term)) return whole;
  return tokens.some((t) => t.startsWith(term)) ? start : null;
}

/** Best field tier of one typed name (folded and joined, A–Z) for this identity. */
export function termTier(term: string, c: NamedCandidate): number {
  return (
    tierIn(nameTokens(c.birthName), term, FIELD_TIER.birthName, FIELD_TIER.birthNameStart) ??
    tierIn(nameTokens(c.usedName), term, FIELD_TIER.usedName, FIELD_TIER.usedNameStart) ??
    tierIn([...firstNameTokens(c.birthFirstNames), ...firstNameTokens(c.usedFirstName)], term, FIELD_TIER.firstName, FIELD_TIER.firstNameStart) ??
    FIELD_TIER.none
  );
}

const TIERS = FIELD_TIER.none + 1;
/** Ranks above this one are phonetic matches: always after every exact or prefix match. */
export const PHONETIC_RANK = 1 + TIERS * TIERS;

/**
 * Rank of a candidate found by `kind` for the typed names: 0 for an exact identifier alone; else
 * 1 + best tier × 7 + weakest tier (the strongest anchor first, e.g. a birth name, then how well the
 * other names fit); phonetic matches after all of those.
 */
export function rankOf(kind: MatchKind, terms: readonly string[], c: NamedCandidate): number {
  if (terms.length === 0) return RANK_OF[kind];
  const tiers = terms.map((t) => termTier(t, c));
  const named = 1 + Math.min(...tiers) * TIERS + Math.max(...tiers);
  return kind === 'phonetique' ? PHONETIC_RANK + named : named;
}

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
