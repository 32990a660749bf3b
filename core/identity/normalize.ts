// Normalisation of typed strict (and used) name traits, domain.md §2: fold to A–Z, space, ' and -,
// report every other character by name, and flag the forbidden shapes. Idempotent; the folded value is
// returned even with issues so the UI can show what would be stored. Never applied to INSi traits.
import type { FieldIssue } from './types.js';

export type TraitKind = 'birthName' | 'birthFirstNames' | 'firstBirthName' | 'usedName' | 'usedFirstName';

/**
 * Maximum length, for every trait: 100 characters. The INS implementation guide gives 100 for the birth
 * name and the INS datamatrix bounds the first-name list (S3) to 100 too, so a longer list could not be
 * printed; we keep one limit rather than inventing 200.
 */
export const MAX_TRAIT_LENGTH = 100;

const NAME_KINDS: ReadonlySet<TraitKind> = new Set<TraitKind>(['birthName', 'usedName']);
const REQUIRED_KINDS: ReadonlySet<TraitKind> = new Set<TraitKind>(['birthName', 'birthFirstNames']);

/** « … dans le nom de naissance » and the like. */
const IN_FIELD: Readonly<Record<TraitKind, string>> = {
  birthName: 'dans le nom de naissance',
  birthFirstNames: 'dans les prénoms de naissance',
  firstBirthName: 'dans le premier prénom de naissance',
  usedName: 'dans le nom utilisé',
  usedFirstName: 'dans le prénom utilisé',
};

const FIELD_SUBJECT: Readonly<Record<TraitKind, string>> = {
  birthName: 'Le nom de naissance',
  birthFirstNames: 'La liste des prénoms de naissance',
  firstBirthName: 'Le premier prénom de naissance',
  usedName: 'Le nom utilisé',
  usedFirstName: 'Le prénom utilisé',
};

const APOSTROPHES = new Set(["'", '\u2019', '\u02BC', '\u2018', '\u00B4', '`', '\u2032', '\u201B', '\uFF07', '\u02BB', '\u02B9']);
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D']);

/** Latin letters that Unicode decomposition does not reduce to A–Z. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  Œ: 'OE', œ: 'OE', Æ: 'AE', æ: 'AE', ß: 'SS', ẞ: 'SS',
  Ø: 'O', ø: 'O', Đ: 'D', đ: 'D', Ð: 'D', ð: 'D', Ł: 'L', ł: 'L',
  Ħ: 'H', ħ: 'H', Ŧ: 'T', ŧ: 'T', ı: 'I', Þ: 'TH', þ: 'TH',
};

const isLetter = (ch: string) => /^\p{L}$/u.test(ch);
const isMark = (ch: string) => /^\p{M}$/u.test(ch);
const isSpace = (ch: string) => /^\s$/u.test(ch);

/** A–Z form of one letter, or null when it has none (Greek, Cyrillic, …). */
function foldLetter(ch: string): string | null {
  const special = SPECIAL_LETTERS[ch];
  if (special) return special;
  const stripped = ch.normalize('NFKD').replace(/\p{M}/gu, '');
  let out = '';
  for (const c of stripped) out += SPECIAL_LETTERS[c] ?? c.toUpperCase();
  return /^[A-Z]+$/.test(out) ? out : null;
}

/** One base character with the combining marks that follow it. */
function splitUnits(raw: string): string[] {
  const units: string[] = [];
  for (const ch of raw) {
    const last = units.length - 1;
    const previous = units[last];
    // A mark after a space stays alone: it must be reported, and trimming must not swallow it.
    if (isMark(ch) && previous !== undefined && !isSpace([...previous][0] ?? '')) units[last] = previous + ch;
    else units.push(ch);
  }
  return units;
}

/** The folded unit, or null when it is not allowed (then it is kept as typed). */
function foldUnit(unit: string): string | null {
  const base = [...unit][0] ?? '';
  const hasMarks = unit.length > base.length;
  // Apostrophes first: ʼ and ʻ are modifier letters (\p{Lm}) for Unicode.
  if (APOSTROPHES.has(base)) return hasMarks ? null : "'";
  if (isLetter(base)) return foldLetter(base);
  if (hasMarks || isMark(base)) return null;
  if (isSpace(base)) return ' ';
  if (DASHES.has(base)) return '-';
  return null;
}

const codePoints = (unit: string) =>
  [...unit].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

/** Quoted name of a refused character: itself, its code point when invisible, both for a letter with no A–Z form. */
function describe(unit: string): string {
  if (/^\p{L}/u.test(unit)) return `« ${unit} » (lettre sans équivalent A–Z, ${codePoints(unit)})`;
  return /^[\p{N}\p{P}\p{S}]\p{M}*$/u.test(unit) ? `« ${unit} »` : `« ${codePoints(unit)} »`;
}

interface Shape {
  code: string;
  test: (kind: TraitKind, v: string) => boolean;
  message: (kind: TraitKind) => string;
}

const isFirstNameKind = (kind: TraitKind) => !NAME_KINDS.has(kind);

const SHAPES: readonly Shape[] = [
  {
    code: 'leading_space',
    test: (_k, v) => v.startsWith(' '),
    message: (k) => `${FIELD_SUBJECT[k]} ne peut pas commencer par une espace`,
  },
  {
    code: 'leading_hyphen',
    test: (_k, v) => v.startsWith('-'),
    message: (k) => `${FIELD_SUBJECT[k]} ne peut pas commencer par un tiret « - »`,
  },
  {
    code: 'double_space',
    test: (_k, v) => v.includes('  '),
    message: (k) => `Deux espaces de suite ne sont pas autorisées ${IN_FIELD[k]}`,
  },
  {
    code: 'double_apostrophe',
    test: (_k, v) => v.includes("''"),
    message: (k) => `Deux apostrophes de suite « '' » ne sont pas autorisées ${IN_FIELD[k]}`,
  },
  {
    code: 'space_near_punctuation',
    test: (_k, v) => /[ ]['-]|['-][ ]/.test(v),
    message: (k) => `Une espace ne peut pas être accolée à une apostrophe ou à un tiret ${IN_FIELD[k]}`,
  },
  {
    code: 'triple_hyphen',
    test: (_k, v) => v.includes('---'),
    message: (k) => `Plus de deux tirets de suite « --- » ne sont pas autorisés ${IN_FIELD[k]}`,
  },
  {
    code: 'double_hyphen',
    test: (k, v) => isFirstNameKind(k) && v.includes('--') && !v.includes('---'),
    message: (k) => `Le double tiret « -- » n'est autorisé que dans un nom, pas ${IN_FIELD[k]}`,
  },
  {
    code: 'trailing_punctuation',
    test: (k, v) => isFirstNameKind(k) && /['-]$/.test(v),
    message: (k) => `${FIELD_SUBJECT[k]} ne peut pas se terminer par un tiret ou une apostrophe`,
  },
  {
    code: 'no_letter',
    test: (_k, v) => v !== '' && !/[A-Z]/.test(v),
    message: (k) => `${FIELD_SUBJECT[k]} doit contenir au moins une lettre`,
  },
];

function pushShapeIssues(issues: FieldIssue[], kind: TraitKind, value: string): void {
  for (const s of SHAPES) if (s.test(kind, value)) issues.push({ field: kind, code: s.code, message: s.message(kind) });
}

/** True when `value` shows one of the forbidden shapes of domain.md §2 for this trait. */
export function hasForbiddenShape(kind: TraitKind, value: string): boolean {
  return SHAPES.some((s) => s.test(kind, value));
}

/**
 * foldUnit of every ASCII character, computed once from foldUnit itself. An ASCII string has no
 * combining mark, so each character is its own unit: a CSV import folds millions of plain names through
 * this table instead of Unicode regexes and NFKD (same result, tested against the general path).
 */
const ASCII_FOLD: readonly (string | null)[] = Array.from({ length: 128 }, (_, code) => foldUnit(String.fromCharCode(code)));

/** Accented letters repeat across names: their fold (NFKD, Unicode regexes) is computed once each. */
const unitFolds = new Map<string, string | null>();
const MAX_UNIT_FOLDS = 4096;
function foldUnitMemo(unit: string): string | null {
  let out = unitFolds.get(unit);
  if (out === undefined) {
    out = foldUnit(unit);
    if (unitFolds.size >= MAX_UNIT_FOLDS) unitFolds.clear();
    unitFolds.set(unit, out);
  }
  return out;
}

/** Lower-case a–z: folded by toUpperCase alone. */
const isAsciiLower = (code: number) => code >= 97 && code <= 122;

/**
 * Folded form of an all-ASCII string, or undefined when `raw` holds a non-ASCII character. The usual
 * value (already A–Z, or only lower case) is returned as is or upper-cased, without a character-by-
 * character rebuild.
 */
function foldAscii(raw: string, refused: string[]): string | undefined {
  let lower = false;
  let other = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code > 127) return undefined;
    if (ASCII_FOLD[code] === raw[i]) continue;
    if (isAsciiLower(code)) lower = true;
    else other = true;
  }
  if (!other) return lower ? raw.toUpperCase() : raw;
  let folded = '';
  for (let i = 0; i < raw.length; i++) {
    const out = ASCII_FOLD[raw.charCodeAt(i)]!;
    if (out === null) {
      const unit = raw[i]!;
      folded += unit;
      if (!refused.includes(unit)) refused.push(unit);
    } else folded += out;
  }
  return folded;
}

/** The general fold, unit by unit (exported for the test that keeps the ASCII table equal to it). */
export function foldUnits(raw: string): { folded: string; refused: string[] } {
  let folded = '';
  const refused: string[] = [];
  for (const unit of splitUnits(raw)) {
    const out = foldUnitMemo(unit);
    if (out === null) {
      folded += unit;
      if (!refused.includes(unit)) refused.push(unit);
    } else folded += out;
  }
  return { folded, refused };
}

/** Folds a typed trait to its stored form and lists what prevents storing it. */
export function normalizeTrait(kind: TraitKind, raw: string): { value: string; issues: FieldIssue[] } {
  let refused: string[] = [];
  let folded = foldAscii(raw, refused);
  if (folded === undefined) ({ folded, refused } = foldUnits(raw));
  const value = folded.replace(/ {2,}/g, ' ').replace(/^ +| +$/g, '');

  if (value === '') {
    const issues: FieldIssue[] = REQUIRED_KINDS.has(kind)
      ? [{ field: kind, code: 'required', message: `${FIELD_SUBJECT[kind]} est obligatoire` }]
      : [];
    return { value, issues };
  }

  const issues: FieldIssue[] = refused.map((unit) => ({
      field: kind,
      code: 'invalid_character',
      message: `Le caractère ${describe(unit)} n'est pas autorisé ${IN_FIELD[kind]}`,
    }));
  // Code points never outnumber UTF-16 units: only a long value needs counting.
  const length = value.length > MAX_TRAIT_LENGTH ? [...value].length : value.length;
  if (length > MAX_TRAIT_LENGTH) {
    issues.push({
      field: kind,
      code: 'too_long',
      message: `${FIELD_SUBJECT[kind]} dépasse ${MAX_TRAIT_LENGTH} caractères (${length})`,
    });
  }
  pushShapeIssues(issues, kind, value);
  return { value, issues };
}
