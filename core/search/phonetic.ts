// French phonetic key for typo-tolerant search (« lefebvre » meets LEFEVRE, « tomas » meets THOMAS).
// A Phonex / Soundex-FR style reduction written ONLY as ordered plain substring rewrites over
// ` WORD WORD ` (space-padded A–Z words), so the very same rules run as nested SQL replace() in the
// index triggers (db/search/phonetic-sql.ts) and here in JS for the query: no SQL function to register.
// Changing a rule changes stored keys: ship a new migration that rebuilds the search index.

export type PhoneticRule = readonly [from: string, to: string];

const DOUBLE_CONSONANTS: PhoneticRule[] = [...'BDFGJKLMNPRSTV'].map((c) => [c + c, c]);
const DOUBLE_VOWELS: PhoneticRule[] = [...'AEIOU'].map((c) => [c + c, c]);

/**
 * The rules, applied in order, each to every occurrence (left to right, non-overlapping — the
 * semantics of SQLite replace() and of JS replaceAll). A leading or trailing space in `from` anchors
 * the rule at the start or end of a word; it is kept in `to`, so words never merge.
 */
export const PHONETIC_RULES: readonly PhoneticRule[] = [
  // Silent final X before X is spelled out (DEVAUX, ROUX).
  ['X ', ' '],
  ['X', 'KS'],
  ['Y', 'I'],
  ['W', 'V'],
  ['PH', 'F'],
  // « ch » sounds k before R/L (CHRISTOPHE, CHLOE); otherwise it becomes X (the letter is free now).
  ['CHR', 'KR'],
  ['CHL', 'KL'],
  ['SCH', 'X'],
  ['SH', 'X'],
  ['CH', 'X'],
  ['KH', 'K'],
  // Any remaining H is mute (THOMAS, HENRI, GAUTHIER).
  ['H', ''],
  ['CK', 'K'],
  ['QU', 'K'],
  ['Q', 'K'],
  ['CE', 'SE'],
  ['CI', 'SI'],
  ['C', 'K'],
  ['GE', 'JE'],
  ['GI', 'JI'],
  ['GU', 'G'],
  ['GN', 'NI'],
  ['Z', 'S'],
  // Silent letters inside consonant clusters (LEFEBVRE, BAPTISTE).
  ['BV', 'V'],
  ['PT', 'T'],
  ...DOUBLE_CONSONANTS,
  // Vowel groups, longest first; nasal groups before the plain vowels they contain.
  ['EAU', 'O'],
  ['EAN', 'AN'],
  ['AIN', 'IN'],
  ['EIN', 'IN'],
  ['AU', 'O'],
  ['OU', 'U'],
  ['OE', 'E'],
  ['AE', 'E'],
  ['AI', 'E'],
  ['EI', 'E'],
  ['EU', 'E'],
  ['EN', 'AN'],
  ['EM', 'AN'],
  // Mute endings: -ER/-ET sound like E, final S/T/D are silent, then a final mute E.
  ['ER ', 'E '],
  ['ET ', 'E '],
  ['S ', ' '],
  ['T ', ' '],
  ['D ', ' '],
  ['E ', ' '],
  ...DOUBLE_VOWELS,
];

/** Runs the rules over an already padded string (` W1 W2 `). Exported for the SQL equivalence tests. */
export function applyPhoneticRules(padded: string): string {
  let s = padded;
  // includes() first: most rules do not apply to a given name, and the check is far cheaper.
  for (const [from, to] of PHONETIC_RULES) if (s.includes(from)) s = s.replaceAll(from, to);
  return s;
}

/** Phonetic key of one word of A–Z letters (other characters are dropped); '' when nothing is left. */
export function phoneticKey(word: string): string {
  const letters = word.toUpperCase().replace(/[^A-Z]/g, '');
  if (letters === '') return '';
  return applyPhoneticRules(` ${letters} `).trim();
}

/** Distinct non-empty keys of every word of a stored or folded text (space, ' and - separate words). */
export function phoneticKeys(text: string): string[] {
  const words = text.toUpperCase().split(/[^A-Z]+/).filter((w) => w !== '');
  return [...new Set(words.map(phoneticKey).filter((k) => k !== ''))];
}
