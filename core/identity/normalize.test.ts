// Normalisation of name traits: folding table, refused characters, forbidden shapes, and the properties
// idempotence / clean output / no letter ever dropped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldUnits, hasForbiddenShape, MAX_TRAIT_LENGTH, normalizeTrait, type TraitKind } from './normalize.js';

const KINDS: TraitKind[] = ['birthName', 'birthFirstNames', 'firstBirthName', 'usedName', 'usedFirstName'];
const codes = (kind: TraitKind, raw: string) => normalizeTrait(kind, raw).issues.map((i) => i.code);

describe('normalizeTrait: folding', () => {
  it.each([
    ['birthName', 'Gaillard', 'GAILLARD'],
    ['birthFirstNames', 'Aurélie Anne', 'AURELIE ANNE'],
    ['birthName', '  dupont   durand ', 'DUPONT DURAND'],
    ['birthName', 'ÉÈÊËÀÂÄÎÏÔÖÙÛÜŸÇ', 'EEEEAAAIIOOUUUYC'],
    ['birthName', 'Œuvre Lætitia', 'OEUVRE LAETITIA'],
    ['birthName', 'Strauß', 'STRAUSS'],
    ['birthName', 'Øster Ångström Muñoz', 'OSTER ANGSTROM MUNOZ'],
    ['birthName', 'Łódź Đorđević', 'LODZ DORDEVIC'],
    ['birthName', 'd’Artagnan', "D'ARTAGNAN"],
    ['birthName', 'dʼArc', "D'ARC"],
    ['birthName', 'l‘Hôte', "L'HOTE"],
    ['birthName', 'o´Neil', "O'NEIL"],
    ['birthName', 'o`Neil', "O'NEIL"],
    ['birthName', 'Martin‐Durand', 'MARTIN-DURAND'],
    ['birthName', 'Martin‑Durand', 'MARTIN-DURAND'],
    ['birthName', 'Martin–Durand', 'MARTIN-DURAND'],
    ['birthName', 'Martin—Durand', 'MARTIN-DURAND'],
    ['birthName', 'Martin--Durand', 'MARTIN--DURAND'],
    ['birthName', 'Le\u00A0Gall', 'LE GALL'],
    ['birthName', 'Le\tGall', 'LE GALL'],
    ['birthName', 'Ｄupont', 'DUPONT'],
    ['birthName', 'e\u0301lodie', 'ELODIE'],
    ['birthFirstNames', 'Jean-Christophe Pierre', 'JEAN-CHRISTOPHE PIERRE'],
    ['usedName', '', ''],
    ['usedFirstName', '   ', ''],
    ['firstBirthName', '', ''],
  ] as const)('%s « %s » → « %s », no issue', (kind, raw, expected) => {
    expect(normalizeTrait(kind, raw)).toEqual({ value: expected, issues: [] });
  });
});

describe('normalizeTrait: refused characters are named, never dropped', () => {
  it.each([
    ['birthName', 'Pérez 2', 'PEREZ 2', "Le caractère « 2 » n'est pas autorisé dans le nom de naissance"],
    ['birthName', 'dupont_durand', 'DUPONT_DURAND', "Le caractère « _ » n'est pas autorisé dans le nom de naissance"],
    ['birthFirstNames', 'Anne!', 'ANNE!', "Le caractère « ! » n'est pas autorisé dans les prénoms de naissance"],
    ['firstBirthName', 'J.', 'J.', "Le caractère « . » n'est pas autorisé dans le premier prénom de naissance"],
    ['usedName', 'A/B', 'A/B', "Le caractère « / » n'est pas autorisé dans le nom utilisé"],
    ['usedFirstName', 'Anne,Marie', 'ANNE,MARIE', "Le caractère « , » n'est pas autorisé dans le prénom utilisé"],
    ['birthName', '\u200BMartin', '\u200BMARTIN', "Le caractère « U+200B » n'est pas autorisé dans le nom de naissance"],
    ['birthName', 'Αlpha', 'ΑLPHA', "Le caractère « Α » (lettre sans équivalent A–Z, U+0391) n'est pas autorisé dans le nom de naissance"],
    ['birthName', 'Dupont ™', 'DUPONT ™', "Le caractère « ™ » n'est pas autorisé dans le nom de naissance"],
  ] as const)('%s « %s »', (kind, raw, value, message) => {
    const result = normalizeTrait(kind, raw);
    expect(result.value).toBe(value);
    expect(result.issues).toContainEqual({ field: kind, code: 'invalid_character', message });
  });

  it('reports each distinct refused character once, in order', () => {
    const messages = normalizeTrait('birthName', 'a1b2c1_').issues.map((i) => i.message);
    expect(messages).toEqual([
      "Le caractère « 1 » n'est pas autorisé dans le nom de naissance",
      "Le caractère « 2 » n'est pas autorisé dans le nom de naissance",
      "Le caractère « _ » n'est pas autorisé dans le nom de naissance",
    ]);
  });

  it('refuses a lone combining mark instead of silently dropping it', () => {
    const result = normalizeTrait('birthName', 'A \u0301B');
    expect(result.value).toBe('A \u0301B');
    expect(result.issues.map((i) => i.message)).toEqual(["Le caractère « U+0301 » n'est pas autorisé dans le nom de naissance"]);
  });
});

describe('normalizeTrait: required, length, forbidden shapes', () => {
  it.each([
    ['birthName', '', 'Le nom de naissance est obligatoire'],
    ['birthFirstNames', '  ', 'La liste des prénoms de naissance est obligatoire'],
  ] as const)('%s empty → required', (kind, raw, message) => {
    expect(normalizeTrait(kind, raw)).toEqual({ value: '', issues: [{ field: kind, code: 'required', message }] });
  });

  it(`limits every trait to ${MAX_TRAIT_LENGTH} characters`, () => {
    for (const kind of KINDS) {
      expect(codes(kind, 'A'.repeat(MAX_TRAIT_LENGTH))).toEqual([]);
      expect(codes(kind, 'A'.repeat(MAX_TRAIT_LENGTH + 1))).toEqual(['too_long']);
    }
  });

  it.each([
    ['birthName', '-DUPONT', ['leading_hyphen']],
    ['birthName', ' - DUPONT', ['leading_hyphen', 'space_near_punctuation']],
    ['birthName', "D''ARC", ['double_apostrophe']],
    ['birthName', "D' ARC", ['space_near_punctuation']],
    ['birthName', "D 'ARC", ['space_near_punctuation']],
    ['birthName', 'MARTIN -DURAND', ['space_near_punctuation']],
    ['birthName', 'MARTIN- DURAND', ['space_near_punctuation']],
    ['birthName', 'MARTIN--DURAND', []],
    ['usedName', 'MARTIN--DURAND', []],
    ['birthName', 'MARTIN---DURAND', ['triple_hyphen']],
    ['birthFirstNames', 'JEAN--PAUL', ['double_hyphen']],
    ['firstBirthName', 'JEAN--PAUL', ['double_hyphen']],
    ['usedFirstName', 'JEAN--PAUL', ['double_hyphen']],
    ['birthFirstNames', 'JEAN---PAUL', ['triple_hyphen']],
    ['birthFirstNames', 'ANNE-', ['trailing_punctuation']],
    ['firstBirthName', "ANNE'", ['trailing_punctuation']],
    ['usedFirstName', 'ANNE-', ['trailing_punctuation']],
    ['birthName', 'DUPONT-', []],
    ['birthName', "'T HOOFT", []],
    ['birthName', "'", ['no_letter']],
    ['birthFirstNames', '-', ['leading_hyphen', 'trailing_punctuation', 'no_letter']],
  ] as const)('%s « %s » → %j', (kind, raw, expected) => {
    expect(codes(kind, raw)).toEqual(expected);
  });

  it('every shape issue carries a French message about the field', () => {
    expect(normalizeTrait('birthFirstNames', 'JEAN--PAUL').issues[0]?.message).toBe(
      "Le double tiret « -- » n'est autorisé que dans un nom, pas dans les prénoms de naissance",
    );
    expect(normalizeTrait('birthName', '-DUPONT').issues[0]?.message).toBe(
      'Le nom de naissance ne peut pas commencer par un tiret « - »',
    );
  });
});

describe('hasForbiddenShape', () => {
  it.each([
    ['birthName', ' DUPONT', true],
    ['birthName', 'DU  PONT', true],
    ['birthName', 'DU--PONT', false],
    ['birthFirstNames', 'JEAN--PAUL', true],
    ['birthName', 'DU---PONT', true],
    ['firstBirthName', 'JEAN-', true],
    ['birthName', "O'NEIL", false],
    ['birthFirstNames', 'JEAN PAUL', false],
  ] as const)('%s « %s » → %s', (kind, value, expected) => {
    expect(hasForbiddenShape(kind, value)).toBe(expected);
  });
});

// Characters that exercise every branch: letters with and without decomposition, marks, spaces, punctuation.
const TRICKY = [...'aAzZéÉèçÇœŒæÆßøØåÅñÑłıþ', 'e\u0301', '\u0301', '\u0308', ' ', '  ', '\u00A0', '\t', "'", '’', 'ʼ', '‘', '´', '`',
  '-', '‐', '‑', '–', '—', '--', '0', '9', '_', '!', '/', '.', ',', 'Α', 'Я', '™', '\u200B', 'ﬁ', 'Ａ', '😀'];
const trickyString = fc.array(fc.constantFrom(...TRICKY), { maxLength: 30 }).map((parts) => parts.join(''));
const anyString = fc.oneof(trickyString, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 40 }));
const kind = fc.constantFrom(...KINDS);

describe('normalizeTrait: properties', () => {
  it('is idempotent, with the same issues on its own output', () => {
    fc.assert(
      fc.property(kind, anyString, (k, raw) => {
        const once = normalizeTrait(k, raw);
        const twice = normalizeTrait(k, once.value);
        expect(twice.value).toBe(once.value);
        expect(twice.issues).toEqual(once.issues);
      }),
      { numRuns: 2000 },
    );
  });

  it('an issue-free value uses only A–Z, space, apostrophe, hyphen and has no forbidden shape', () => {
    fc.assert(
      fc.property(kind, anyString, (k, raw) => {
        const { value, issues } = normalizeTrait(k, raw);
        fc.pre(issues.length === 0);
        expect(value).toMatch(/^[A-Z '-]*$/);
        expect(hasForbiddenShape(k, value)).toBe(false);
        expect(value.length).toBeLessThanOrEqual(MAX_TRAIT_LENGTH);
      }),
      { numRuns: 2000 },
    );
  });

  it('a value with a forbidden shape always comes with an issue', () => {
    fc.assert(
      fc.property(kind, anyString, (k, raw) => {
        const { value, issues } = normalizeTrait(k, raw);
        if (hasForbiddenShape(k, value)) expect(issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  // Independent oracle: how many A–Z letters each Latin letter must yield.
  const LETTERS: Array<[string, number]> = [
    ...[...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c): [string, number] => [c, 1]),
    ...[...'éèêëàâäîïôöùûüÿçÉÈÊËÀÂÄÎÏÔÖÙÛÜŸÇñÑåÅøØłŁıđĐ'].map((c): [string, number] => [c, 1]),
    ['œ', 2], ['Œ', 2], ['æ', 2], ['Æ', 2], ['ß', 2], ['þ', 2],
  ];
  it('never drops a letter: the A–Z count matches the expected expansion', () => {
    const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', '  ', ' \u00A0'), (words, sep) => {
        const raw = words.map((w) => w.map(([c]) => c).join('')).join(sep);
        const expected = words.flat().reduce((n, [, count]) => n + count, 0);
        const { value } = normalizeTrait('birthName', raw);
        expect(value.replace(/[^A-Z]/g, '').length).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('each refused-character issue names a character present in the input', () => {
    fc.assert(
      fc.property(kind, trickyString, (k, raw) => {
        for (const issue of normalizeTrait(k, raw).issues.filter((i) => i.code === 'invalid_character')) {
          const named = /« (.+?) »/.exec(issue.message)?.[1] ?? '';
          const asCodePoint = /^U\+([0-9A-F]{4,6})/.exec(named);
          const ch = asCodePoint ? String.fromCodePoint(parseInt(asCodePoint[1] ?? '', 16)) : named;
          expect(raw).toContain(ch);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('normalizeTrait: the ASCII fast path', () => {
  const ascii = fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 30 });
  it('takes plain names (letters of either case, space, apostrophe, hyphen) as the general path does', () => {
    const plain = fc.string({ unit: fc.constantFrom('a', 'z', 'A', 'Z', 'm', ' ', "'", '-'), maxLength: 30 });
    fc.assert(
      fc.property(plain, (raw) => {
        expect(normalizeTrait('birthFirstNames', raw).value).toBe(foldUnits(raw).folded.replace(/ {2,}/g, ' ').replace(/^ +| +$/g, ''));
      }),
    );
  });
  it('folds and refuses exactly like the general unit-by-unit path', () => {
    fc.assert(
      fc.property(ascii, (raw) => {
        const general = foldUnits(raw);
        const value = general.folded.replace(/ {2,}/g, ' ').replace(/^ +| +$/g, '');
        const { value: fast, issues } = normalizeTrait('birthName', raw);
        expect(fast).toBe(value);
        const refusedIssues = issues.filter((i) => i.code === 'invalid_character');
        expect(refusedIssues).toHaveLength(value === '' ? 0 : general.refused.length);
      }),
    );
  });
});
