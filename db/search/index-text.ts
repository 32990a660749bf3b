// The indexed text of one identity for the FTS5 search table, built from the stored (already
// normalised) columns only: words, joined whole-name keys, birth date tokens and phonetic keys. Two
// twins kept equal by tests: SQL for the triggers of migration 0002, JS for bulk loads (much faster).
import { applyPhoneticRules, PHONETIC_RULES } from '../../core/search/phonetic.js';

/** Marks phonetic keys in the index so they never meet a name prefix or a date (`0LEFEVR`). */
export const PHONETIC_TAG = '0';

const stripSeparators = (e: string) => `replace(replace(replace(${e}, ' ', ''), '-', ''), '''', '')`;
const stripInnerSeparators = (e: string) => `replace(replace(${e}, '-', ''), '''', '')`;
const separatorsToSpace = (e: string) => `replace(replace(${e}, '-', ' '), '''', ' ')`;

/** Name words (the tokenizer splits on space, ' and -) plus the whole name joined: `D ARTAGNAN DARTAGNAN`. */
const nameText = (col: string) => `${col} || ' ' || ${stripSeparators(col)}`;
/** First names: each word, plus each compound first name joined: `JEAN-PIERRE MARIE` → … `JEANPIERRE MARIE`. */
const firstNamesText = (col: string) => `${col} || ' ' || ${stripInnerSeparators(col)}`;

/** Nested replace() applying the phonetic rules, in order, to a space-padded expression. */
export function phoneticSql(padded: string): string {
  return PHONETIC_RULES.reduce(
    (acc, [from, to]) => `replace(${acc}, '${from.replaceAll("'", "''")}', '${to.replaceAll("'", "''")}')`,
    padded,
  );
}

/** Letters-only words of every name field, space separated (input of the phonetic keys). */
function nameWordsSql(row: string): string {
  const parts = [
    nameText(`${row}.birth_name`),
    `coalesce(${nameText(`${row}.used_name`)}, '')`,
    firstNamesText(`${row}.birth_first_names`),
    `coalesce(${firstNamesText(`${row}.used_first_name`)}, '')`,
  ];
  return separatorsToSpace(parts.join(` || ' ' || `));
}

/** Every word of the phonetic form, tagged: ` 0W1 0W2`. Empty words leave lone tags (harmless). */
function phoneticTokensSql(row: string): string {
  const reduced = phoneticSql(`' ' || ${nameWordsSql(row)} || ' '`);
  const collapsed = `replace(replace(trim(${reduced}), '   ', ' '), '  ', ' ')`;
  return `' ${PHONETIC_TAG}' || replace(${collapsed}, ' ', ' ${PHONETIC_TAG}')`;
}

/** Birth date as tokens: `19800312 198003 1980`. */
const dateTokensSql = (row: string) =>
  `replace(${row}.birth_date, '-', '') || ' ' || substr(${row}.birth_date, 1, 4) || substr(${row}.birth_date, 6, 2) || ' ' || substr(${row}.birth_date, 1, 4)`;

/** The full indexed text of the identity row aliased `row` (NEW, OLD or a table alias). */
export function searchTextSql(row: string): string {
  return [
    nameText(`${row}.birth_name`),
    `coalesce(${nameText(`${row}.used_name`)}, '')`,
    firstNamesText(`${row}.birth_first_names`),
    `coalesce(${firstNamesText(`${row}.used_first_name`)}, '')`,
    dateTokensSql(row),
    phoneticTokensSql(row),
  ].join(` || ' ' || `);
}

export interface IndexedTraits {
  birthName: string;
  birthFirstNames: string;
  usedName: string | null;
  usedFirstName: string | null;
  /** ISO YYYY-MM-DD. */
  birthDate: string;
}

const phoneticMemo = new Map<string, string>();

/** Per-word phonetic key with a bounded memo: names repeat a lot in bulk loads. */
function memoPhonetic(word: string): string {
  let key = phoneticMemo.get(word);
  if (key === undefined) {
    key = applyPhoneticRules(` ${word} `).trim();
    if (phoneticMemo.size > 100_000) phoneticMemo.clear();
    phoneticMemo.set(word, key);
  }
  return key;
}

/** JS twin of searchTextSql(): the same set of tokens (the index keeps no positions). */
export function searchTextOf(t: IndexedTraits): string {
  const name = (v: string) => `${v} ${v.replace(/[ '-]/g, '')}`;
  const firstNames = (v: string) => `${v} ${v.replace(/['-]/g, '')}`;
  const parts = [
    name(t.birthName),
    t.usedName === null ? '' : name(t.usedName),
    firstNames(t.birthFirstNames),
    t.usedFirstName === null ? '' : firstNames(t.usedFirstName),
  ];
  const d = t.birthDate.replace(/-/g, '');
  const phonetic = new Set<string>();
  for (const w of parts.join(' ').split(/[ '-]+/)) {
    const key = w === '' ? '' : memoPhonetic(w);
    if (key !== '') phonetic.add(PHONETIC_TAG + key);
  }
  return `${parts.join(' ')} ${d} ${d.slice(0, 6)} ${d.slice(0, 4)} ${[...phonetic].join(' ')}`;
}
