import { describe, expect, it } from 'vitest';
import { blockingKeys } from './blocking.js';
import { comparable, swappedDayMonth, type DuplicateTraits } from './traits.js';

const person: DuplicateTraits = {
  birthName: 'MARTIN',
  birthFirstNames: 'MARIE CLAIRE',
  usedName: 'DUBOIS',
  sex: 'F',
  birthDate: '1980-03-12',
  birthplaceCog: '75112',
  insMatricule: null,
  homonym: false,
};
const keys = (t: Partial<DuplicateTraits>) => new Set(blockingKeys(comparable({ ...person, ...t })));
const share = (a: Partial<DuplicateTraits>, b: Partial<DuplicateTraits>) => [...keys(a)].some((k) => keys(b).has(k));

describe('blockingKeys', () => {
  it('joins a name part and a date part in every key', () => {
    for (const k of keys({})) expect(k).toMatch(/^(D\d{4}-\d{2}-\d{2}F|Y\d{4}[NF]|M\d{2}-\d{2}[NF])./);
  });

  it.each<[string, Partial<DuplicateTraits>, Partial<DuplicateTraits>, boolean]>([
    ['a typo in the birth name', {}, { birthName: 'MARTUN' }, true],
    ['the used name typed as the birth name', {}, { birthName: 'DUBOIS', usedName: null }, true],
    ['first names missing', {}, { birthFirstNames: 'MARIE' }, true],
    ['day and month swapped', {}, { birthDate: '1980-12-03' }, true],
    ['a digit of the year mistyped', {}, { birthDate: '1989-03-12' }, true],
    ['a digit of the day mistyped with a name typo', {}, { birthDate: '1980-03-13', birthName: 'MARTUN' }, true],
    ['someone else altogether', {}, { birthName: 'BERNARD', usedName: null, birthFirstNames: 'LUCIE', birthDate: '1975-07-30' }, false],
  ])('%s → compared: %s', (_, a, b, expected) => {
    expect(share(a, b)).toBe(expected);
  });
});

describe('swappedDayMonth', () => {
  it.each([
    ['1980-03-12', '1980-12-03'],
    ['1980-03-03', null],
    ['1980-03-13', null],
    ['1981-02-29', null],
    ['1980-04-31', null],
    ['1980-02-12', '1980-12-02'],
  ])('%s → %s', (date, swapped) => {
    expect(swappedDayMonth(date)).toBe(swapped);
  });
});
