// The traits a duplicate comparison reads, and their comparable form computed once per record (names
// joined without separators, phonetic keys, first-name words, date parts), so that a bulk scan pays for
// folding and phonetics once per identity rather than once per compared pair.
import { foldSearchText, joinedName, nameWords } from '../search/fold.js';
import { phoneticKey } from '../search/phonetic.js';

export interface DuplicateTraits {
  birthName: string;
  /** Birth first names, space separated (a compound first name keeps its hyphen). */
  birthFirstNames: string;
  usedName: string | null;
  sex: 'M' | 'F' | 'I';
  /** YYYY-MM-DD */
  birthDate: string;
  birthplaceCog: string;
  /** Active INS matricule, if any. */
  insMatricule: string | null;
  /** Carries the homonyme attribute (declared close-but-different from another identity). */
  homonym: boolean;
}

export interface ComparableTraits {
  readonly traits: DuplicateTraits;
  /** Birth name folded and joined: `LE GALL` → `LEGALL`. */
  readonly birthJoined: string;
  readonly usedJoined: string | null;
  /** Phonetic key of the joined birth / used name. */
  readonly birthPhonetic: string;
  readonly usedPhonetic: string | null;
  /** First names split on spaces and hyphens: `JEAN-PIERRE MARIE` → JEAN, PIERRE, MARIE. */
  readonly firstNameWords: readonly string[];
  /** The first names without any separator: `JEAN-PIERRE MARIE` → `JEANPIERREMARIE`. */
  readonly firstNamesJoined: string;
  /** The first birth first name joined: `JEAN-PIERRE` → `JEANPIERRE`. */
  readonly firstEntry: string;
  readonly firstEntryPhonetic: string;
}

/** Unknown birthplace (RNIV): never evidence for or against. */
export const UNKNOWN_BIRTHPLACE = '99999';

/** Phonetic keys repeat a lot across a base (common names): a bounded memo keeps the bulk scan fast. */
const phoneticMemo = new Map<string, string>();
export function cachedPhonetic(joined: string): string {
  let k = phoneticMemo.get(joined);
  if (k === undefined) {
    k = phoneticKey(joined);
    if (phoneticMemo.size >= 1_000_000) phoneticMemo.clear();
    phoneticMemo.set(joined, k);
  }
  return k;
}

/** Stored traits are already folded (RNIV alphabet): skip the costly Unicode folding for them. */
const STORED = /^[A-Z' -]*$/;
const fold = (s: string): string => (STORED.test(s) ? s : foldSearchText(s));

export function comparable(traits: DuplicateTraits): ComparableTraits {
  const birthJoined = joinedName(fold(traits.birthName));
  const usedJoined = traits.usedName ? joinedName(fold(traits.usedName)) || null : null;
  const folded = fold(traits.birthFirstNames).trim();
  const firstNameWords = nameWords(folded);
  const firstEntry = joinedName(folded.split(/\s+/)[0] ?? '');
  return {
    traits,
    birthJoined,
    usedJoined: usedJoined === birthJoined ? null : usedJoined,
    birthPhonetic: cachedPhonetic(birthJoined),
    usedPhonetic: usedJoined && usedJoined !== birthJoined ? cachedPhonetic(usedJoined) : null,
    firstNameWords,
    firstNamesJoined: firstNameWords.join(''),
    firstEntry,
    firstEntryPhonetic: cachedPhonetic(firstEntry),
  };
}

/** `YYYY-MM-DD` with day and month exchanged, or null when that is not a date or is the same date. */
export function swappedDayMonth(date: string): string | null {
  const month = date.slice(5, 7);
  const day = date.slice(8, 10);
  if (day === month || Number(day) > 12 || Number(day) < 1) return null;
  const swapped = `${date.slice(0, 4)}-${day}-${month}`;
  const dim = new Date(Date.UTC(Number(date.slice(0, 4)), Number(day), 0)).getUTCDate();
  return Number(month) <= dim ? swapped : null;
}
