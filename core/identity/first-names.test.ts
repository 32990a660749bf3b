// First birth name vs the list: leading whole words, hyphen and apostrophe counting as a space.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultFirstBirthName, isFirstBirthNameCoherent } from './first-names.js';

describe('defaultFirstBirthName', () => {
  it.each([
    ['JEAN CHRISTOPHE PIERRE', 'JEAN'],
    ['JEAN-CHRISTOPHE PIERRE', 'JEAN-CHRISTOPHE'],
    ['ANNE', 'ANNE'],
    ['', ''],
  ])('%s → %s', (list, first) => expect(defaultFirstBirthName(list)).toBe(first));
});

describe('isFirstBirthNameCoherent', () => {
  const LIST = 'JEAN CHRISTOPHE PIERRE';
  it.each([
    [LIST, 'JEAN', true],
    [LIST, 'JEAN CHRISTOPHE', true],
    [LIST, 'JEAN-CHRISTOPHE', true],
    [LIST, 'JEAN-CHRISTOPHE-PIERRE', true],
    [LIST, 'JEAN CHRISTOPHE PIERRE', true],
    [LIST, 'CHRISTOPHE', false],
    [LIST, 'PIERRE', false],
    [LIST, 'JEA', false],
    [LIST, 'JEAN CHRIS', false],
    [LIST, 'JEAN PIERRE', false],
    [LIST, 'JEAN CHRISTOPHE PIERRE PAUL', false],
    [LIST, '', false],
    ['JEAN-CHRISTOPHE PIERRE', 'JEAN CHRISTOPHE', true],
    ['JEAN-CHRISTOPHE PIERRE', 'JEAN', true],
    ["N'GOLO PAUL", "N'GOLO", true],
    ["N'GOLO PAUL", 'N GOLO', true],
    ["N'GOLO PAUL", 'NGOLO', false],
    ['', 'JEAN', false],
  ])('list « %s », first « %s » → %s', (list, first, expected) => {
    expect(isFirstBirthNameCoherent(list, first)).toBe(expected);
  });

  const word = fc.stringMatching(/^[A-Z]{1,8}$/);
  const separator = fc.constantFrom(' ', '-', "'");

  it('any leading word-prefix of a list is coherent, whatever joins its words', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.nat(), fc.array(separator, { minLength: 6, maxLength: 6 }), (words, n, seps) => {
        const list = words.join(' ');
        const count = 1 + (n % words.length);
        const first = words.slice(0, count).reduce((acc, w, i) => (i === 0 ? w : acc + (seps[i] ?? ' ') + w));
        expect(isFirstBirthNameCoherent(list, first)).toBe(true);
        expect(defaultFirstBirthName(list)).toBe(words[0]);
        expect(isFirstBirthNameCoherent(list, defaultFirstBirthName(list))).toBe(true);
      }),
    );
  });

  it('a first name that is not a leading part (a later word, or a truncated word) is refused', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 6 }), (words) => {
        const list = words.join(' ');
        fc.pre(words[1] !== words[0]);
        expect(isFirstBirthNameCoherent(list, words[1] ?? '')).toBe(false);
        const first = words[0] ?? '';
        if (first.length > 1) expect(isFirstBirthNameCoherent(list, first.slice(0, -1))).toBe(false);
      }),
    );
  });
});
