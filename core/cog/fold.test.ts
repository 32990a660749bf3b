import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldName, foldQuery, stripArticle } from './fold.js';

describe('foldName', () => {
  it.each([
    ["L'Abergement-Clémenciat", 'L ABERGEMENT CLEMENCIAT'],
    ['Saint-Étienne', 'SAINT ETIENNE'],
    ['  saint   étienne ', 'SAINT ETIENNE'],
    ['Allemagne de l’Est', 'ALLEMAGNE DE L EST'],
    ['Œuilly', 'OEUILLY'],
    ['Paris 1er Arrondissement', 'PARIS 1ER ARRONDISSEMENT'],
    ['Aïn-Bessem (commune mixte)', 'AIN BESSEM COMMUNE MIXTE'],
  ])('%s → %s', (input, expected) => expect(foldName(input)).toBe(expected));

  it('is idempotent and yields only A–Z, digits and single inner spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const folded = foldName(s);
        expect(foldName(folded)).toBe(folded);
        expect(folded).toMatch(/^(?:[A-Z0-9]+(?: [A-Z0-9]+)*)?$/);
      }),
    );
  });
});

describe('foldQuery', () => {
  it.each([
    ['st etienne', ['SAINT', 'ETIENNE']],
    ['Ste-Marie', ['SAINTE', 'MARIE']],
    ["l'abergement", ['L', 'ABERGEMENT']],
    ['   ', []],
  ])('%s → %j', (input, expected) => expect(foldQuery(input)).toEqual(expected));
});

describe('stripArticle', () => {
  it.each([
    ['L ABERGEMENT CLEMENCIAT', 'ABERGEMENT CLEMENCIAT'],
    ['LES ANDELYS', 'ANDELYS'],
    ['LAVAL', 'LAVAL'],
    ['LE', 'LE'],
  ])('%s → %s', (input, expected) => expect(stripArticle(input)).toBe(expected));
});
