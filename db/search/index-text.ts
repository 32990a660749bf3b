// The indexed text of one identity, built from the stored (already normalised) columns only. Two FTS5
// tables: identity_search (name words, joined whole-name keys, birth-date tokens; prefix indexes) and
// identity_phonetic (phonetic keys and the same date tokens; no prefix index). Each text exists twice,
// kept equal by tests: SQL for the triggers of migration 0002, JS for bulk loads (much faster).
import { applyPhoneticRules, PHONETIC_RULES } from '../../core/search/phonetic.js';

/** Prefix lengths with a precomputed list; a longer typed prefix is matched on its first 6 letters. */
export const INDEXED_PREFIXES = [2, 3, 4, 5, 6] as const;
export const MAX_INDEXED_PREFIX = 6;

// ---- SQL (triggers) ----

const stripSeparators = (e: string) => `replace(replace(replace(${e}, ' ', ''), '-', ''), '''', '')`;
const stripInnerSeparators = (e: string) => `replace(replace(${e}, '-', ''), '''', '')`;
const separatorsToSpace = (e: string) => `replace(replace(${e}, '-', ' '), '''', ' ')`;

/** Name words (the tokenizer splits on space, ' and -) plus the whole name joined: `D'ARTAGNAN DARTAGNAN`. */
const nameSql = (col: string) => `${col} || ' ' || ${stripSeparators(col)}`;
/** First names: each word, plus each compound first name joined: `JEAN-PIERRE MARIE` → … `JEANPIERRE MARIE`. */
const firstNamesSql = (col: string) => `${col} || ' ' || ${stripInnerSeparators(col)}`;

function nameTextSql(row: string): string {
  return [
    nameSql(`${row}.birth_name`),
    `coalesce(${nameSql(`${row}.used_name`)}, '')`,
    firstNamesSql(`${row}.birth_first_names`),
    `coalesce(${firstNamesSql(`${row}.used_first_name`)}, '')`,
  ].join(` || ' ' || `);
}

/** Birth date as tokens: `19800312 198003 1980`. */
const dateTokensSql = (row: string) =>
  `replace(${row}.birth_date, '-', '') || ' ' || substr(${row}.birth_date, 1, 4) || substr(${row}.birth_date, 6, 2) || ' ' || substr(${row}.birth_date, 1, 4)`;

/** Nested replace() applying the phonetic rules, in order, to a space-padded expression. */
export function phoneticSql(padded: string): string {
  return PHONETIC_RULES.reduce(
    (acc, [from, to]) => `replace(${acc}, '${from.replaceAll("'", "''")}', '${to.replaceAll("'", "''")}')`,
    padded,
  );
}

/** Text of identity_search for the identity row aliased `row` (NEW, OLD or a table alias). */
export const searchTextSql = (row: string): string => `${nameTextSql(row)} || ' ' || ${dateTokensSql(row)}`;

/** Text of identity_phonetic: the phonetic form of every name word, then the date tokens. */
export const phoneticTextSql = (row: string): string =>
  `${phoneticSql(`' ' || ${separatorsToSpace(nameTextSql(row))} || ' '`)} || ' ' || ${dateTokensSql(row)}`;

// ---- JS (bulk loads, verification of long prefixes) ----

export interface IndexedTraits {
  birthName: string;
  birthFirstNames: string;
  usedName: string | null;
  usedFirstName: string | null;
  /** ISO YYYY-MM-DD. */
  birthDate: string;
}

/** The name tokens identity_search holds for these traits (same set as the SQL text gives). */
export function indexedNameTokens(t: Omit<IndexedTraits, 'birthDate'>): Set<string> {
  const tokens = new Set<string>();
  const words = (v: string) => {
    for (const w of v.split(/[ '-]+/)) if (w !== '') tokens.add(w);
  };
  for (const n of [t.birthName, t.usedName]) {
    if (n === null) continue;
    words(n);
    tokens.add(n.replace(/[ '-]/g, ''));
  }
  for (const f of [t.birthFirstNames, t.usedFirstName]) {
    if (f === null) continue;
    words(f);
    for (const first of f.split(' ')) if (first !== '') tokens.add(first.replace(/['-]/g, ''));
  }
  tokens.delete('');
  return tokens;
}

const phoneticMemo = new Map<string, string>();

/** Per-word phonetic key with a bounded memo: names repeat a lot in bulk loads. */
export function memoPhonetic(word: string): string {
  let key = phoneticMemo.get(word);
  if (key === undefined) {
    key = applyPhoneticRules(` ${word} `).trim();
    if (phoneticMemo.size > 100_000) phoneticMemo.clear();
    phoneticMemo.set(word, key);
  }
  return key;
}

const dateTokens = (iso: string) => {
  const d = iso.replace(/-/g, '');
  return `${d} ${d.slice(0, 6)} ${d.slice(0, 4)}`;
};

/** JS twin of searchTextSql(). */
export function searchTextOf(t: IndexedTraits): string {
  return `${[...indexedNameTokens(t)].join(' ')} ${dateTokens(t.birthDate)}`;
}

/** Phonetic keys of the tokens (distinct, non-empty). */
export function phoneticKeysOf(tokens: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const w of tokens) {
    const k = memoPhonetic(w);
    if (k !== '') keys.add(k);
  }
  return keys;
}

/** JS twin of phoneticTextSql(). */
export function phoneticTextOf(t: IndexedTraits): string {
  return indexTextsOf(t)[1];
}

/** Both texts at once (bulk loads): [identity_search, identity_phonetic]. */
export function indexTextsOf(t: IndexedTraits): [string, string] {
  const tokens = indexedNameTokens(t);
  const dates = dateTokens(t.birthDate);
  return [`${[...tokens].join(' ')} ${dates}`, `${[...phoneticKeysOf(tokens)].join(' ')} ${dates}`];
}
