// Parsing of the one search box (domain.md §6b): any order of names, first names, a birth date in the
// forms people type (12/03/1980, 12031980, 1980-03-12, 03/1980, 1980), an INS matricule (13 or 15
// characters, spaces allowed) and an IPP. Pure: the terms are ANDed by db/search.
import { foldSearchText, joinedName } from './fold.js';

export type DatePrecision = 'day' | 'month' | 'year';

export type SearchTerm =
  /** A name or first-name start, folded and joined (A–Z only, at least 2 letters). */
  | { kind: 'name'; value: string }
  /** A single letter: too broad for the index, applied as a filter (or a B-tree range alone). */
  | { kind: 'initial'; value: string }
  /** YYYYMMDD, YYYYMM or YYYY, as the index stores birth dates. */
  | { kind: 'date'; value: string; precision: DatePrecision; raw: string }
  /** Matricule: 15 characters (exact), 13 (any key) or a spaced start of one. */
  | { kind: 'ins'; value: string; complete: boolean }
  | { kind: 'ipp'; value: string };

export interface ParsedQuery {
  terms: SearchTerm[];
  /** Pieces that cannot narrow yet (a date being typed: `12/03`, `12/03/19`). */
  ignored: string[];
}

const MIN_YEAR = 1800;
const MAX_YEAR = 2199;
const MATRICULE_FULL = /^[0-9]{5}(?:[0-9]{2}|2A|2B)[0-9]{6}(?:[0-9]{2})?$/;

const pad2 = (n: number) => String(n).padStart(2, '0');

function isRealDate(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const dayTerm = (y: number, m: number, d: number, raw: string): SearchTerm => ({
  kind: 'date',
  value: `${y}${pad2(m)}${pad2(d)}`,
  precision: 'day',
  raw,
});
const monthTerm = (y: number, m: number, raw: string): SearchTerm => ({
  kind: 'date',
  value: `${y}${pad2(m)}`,
  precision: 'month',
  raw,
});
const yearOk = (y: number) => y >= MIN_YEAR && y <= MAX_YEAR;

/** A date typed with separators or as digits; null when the token is not date-shaped. */
function parseDate(token: string): SearchTerm | 'partial' | null {
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(token);
  if (m) {
    // A complete but impossible date (31/02/1980) still narrows: to nothing, which is the truth.
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return dayTerm(y, mo, d, token);
  }
  m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(token);
  if (m) return dayTerm(Number(m[1]), Number(m[2]), Number(m[3]), token);
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(token) ?? null;
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return monthTerm(Number(m[2]), Number(m[1]), token);
  m = /^(\d{4})[/.-](\d{1,2})$/.exec(token);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return monthTerm(Number(m[1]), Number(m[2]), token);
  if (/^\d{8}$/.test(token)) {
    const [d, mo, y] = [Number(token.slice(0, 2)), Number(token.slice(2, 4)), Number(token.slice(4))];
    if (isRealDate(y, mo, d)) return dayTerm(y, mo, d, token);
    const [y2, mo2, d2] = [Number(token.slice(0, 4)), Number(token.slice(4, 6)), Number(token.slice(6))];
    if (isRealDate(y2, mo2, d2)) return dayTerm(y2, mo2, d2, token);
    return null;
  }
  if (/^\d{6}$/.test(token)) {
    const [mo, y] = [Number(token.slice(0, 2)), Number(token.slice(2))];
    if (mo >= 1 && mo <= 12 && yearOk(y)) return monthTerm(y, mo, token);
    return null;
  }
  if (/^\d{4}$/.test(token) && yearOk(Number(token))) {
    return { kind: 'date', value: token, precision: 'year', raw: token };
  }
  // Digits with date separators that do not form a date yet: the agent is still typing it.
  if (/^[\d/.-]+$/.test(token) && /\d[/.]/.test(token)) return 'partial';
  return null;
}

/** `12 03 1980` and `03 1980` typed with spaces. */
function parseSpacedDate(tokens: readonly string[], i: number): { term: SearchTerm; used: number } | null {
  const [a, b, c] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  const short = (t: string | undefined) => t !== undefined && /^\d{1,2}$/.test(t);
  const year = (t: string | undefined) => t !== undefined && /^\d{4}$/.test(t) && yearOk(Number(t));
  if (short(a) && short(b) && year(c)) {
    return { term: dayTerm(Number(c), Number(b), Number(a), `${a} ${b} ${c}`), used: 3 };
  }
  if (short(a) && year(b) && Number(a) >= 1 && Number(a) <= 12) {
    return { term: monthTerm(Number(b), Number(a), `${a} ${b}`), used: 2 };
  }
  return null;
}

/** True when some completion of `s` is a matricule (zeros fill the rest, 2A/2B included as typed). */
const isMatriculeStart = (s: string) => MATRICULE_FULL.test(s + '0'.repeat(15 - s.length));

/** A matricule typed in one piece or in groups (`1 80 03 2B 004 012 34`). */
function parseMatricule(tokens: readonly string[], i: number): { term: SearchTerm; used: number } | null {
  const groupLike = (t: string | undefined) => t !== undefined && /^[0-9AB]+$/.test(t) && /[0-9]/.test(t);
  let end = i;
  while (end < tokens.length && end - i < 8 && groupLike(tokens[end])) end += 1;
  for (let j = end; j > i; j -= 1) {
    const joined = tokens.slice(i, j).join('');
    if ((joined.length === 13 || joined.length === 15) && MATRICULE_FULL.test(joined)) {
      return { term: { kind: 'ins', value: joined, complete: joined.length === 15 }, used: j - i };
    }
    // A spaced start of a matricule (at least the sex and year groups) while it is being typed.
    if (j - i >= 2 && joined.length >= 3 && joined.length < 15 && /^[12378]$/.test(tokens[i] ?? '') && isMatriculeStart(joined)) {
      return { term: { kind: 'ins', value: joined, complete: false }, used: j - i };
    }
  }
  return null;
}

function classifyWord(token: string): SearchTerm | 'partial' | null {
  const date = parseDate(token);
  if (date) return date;
  if (/^[A-Z'-]+$/.test(token)) {
    const joined = joinedName(token);
    if (joined === '') return null;
    return joined.length === 1 ? { kind: 'initial', value: joined } : { kind: 'name', value: joined };
  }
  if (MATRICULE_FULL.test(token)) return { kind: 'ins', value: token, complete: token.length === 15 };
  if (/[0-9]/.test(token)) return { kind: 'ipp', value: token };
  return null;
}

export function parseSearchQuery(raw: string): ParsedQuery {
  // Commas, semicolons and brackets separate like spaces; '/', '.', '-' and "'" belong to dates and names.
  const tokens = foldSearchText(raw)
    .split(/[\s,;:()[\]{}"«»]+/)
    .map((t) => t.replace(/^\.+|\.+$/g, ''))
    .filter((t) => t !== '');
  const terms: SearchTerm[] = [];
  const ignored: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const spaced = parseSpacedDate(tokens, i) ?? parseMatricule(tokens, i);
    if (spaced && spaced.used > 1) {
      terms.push(spaced.term);
      i += spaced.used;
      continue;
    }
    const token = tokens[i] as string;
    const term = spaced?.term ?? classifyWord(token);
    if (term === 'partial') ignored.push(token);
    else if (term) terms.push(term);
    i += 1;
  }
  return withoutDatesBeingTyped(terms, ignored);
}

/**
 * Next to other terms, a short run of digits (`mar 19`, `dupont 1203198`) is a birth date being typed,
 * not an IPP: it is ignored until it forms a date, so the names alone keep their rows instead of
 * narrowing to nobody. Typed alone, it stays an IPP start. (A year prefix would be no safer: `19`
 * may as well be the day of `19/05/2010`.)
 */
function withoutDatesBeingTyped(terms: SearchTerm[], ignored: string[]): ParsedQuery {
  const typing = (t: SearchTerm) => t.kind === 'ipp' && /^\d{1,7}$/.test(t.value);
  if (terms.length < 2 || !terms.some((t) => !typing(t))) return { terms, ignored };
  return {
    terms: terms.filter((t) => !typing(t)),
    ignored: [...ignored, ...terms.filter(typing).map((t) => (t as { value: string }).value)],
  };
}
