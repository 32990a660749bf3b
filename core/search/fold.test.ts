import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldSearchText, joinedName, nameWords } from './fold.js';

describe('foldSearchText', () => {
  it.each([
    ['lefèvre', 'LEFEVRE'],
    ['LEFÈVRE', 'LEFEVRE'],
    ['Œillet', 'OEILLET'],
    ['Lætitia', 'LAETITIA'],
    ['Straße', 'STRASSE'],
    ['d’Artagnan', "D'ARTAGNAN"],
    ['Jean‐Pierre', 'JEAN-PIERRE'],
    ['Noël Çağlar', 'NOEL CAGLAR'],
    ['12/03/1980', '12/03/1980'],
  ])('%s → %s', (raw, folded) => {
    expect(foldSearchText(raw)).toBe(folded);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => foldSearchText(foldSearchText(s)) === foldSearchText(s)));
  });

  it('ignores case and accents', () => {
    const accented: Record<string, string> = { E: 'éèêë', A: 'àâä', I: 'îï', O: 'ôö', U: 'ùûü', C: 'ç' };
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{1,12}$/), fc.nat(), (word, salt) => {
        const dressed = [...word]
          .map((ch, i) => {
            const variants = accented[ch];
            const v = variants ? variants[(salt + i) % variants.length] ?? ch : ch;
            return (salt + i) % 2 === 0 ? v.toLowerCase() : v.toUpperCase();
          })
          .join('');
        return foldSearchText(dressed) === word;
      }),
    );
  });
});

describe('joinedName / nameWords', () => {
  it.each([
    ["D'ARTAGNAN", 'DARTAGNAN', ['D', 'ARTAGNAN']],
    ['JEAN-PIERRE', 'JEANPIERRE', ['JEAN', 'PIERRE']],
    ['MARTIN--DUPONT', 'MARTINDUPONT', ['MARTIN', 'DUPONT']],
    ['DE LA FONTAINE', 'DELAFONTAINE', ['DE', 'LA', 'FONTAINE']],
  ])('%s', (name, joined, words) => {
    expect(joinedName(name)).toBe(joined);
    expect(nameWords(name)).toEqual(words);
  });

  it('makes hyphens, apostrophes and spaces equivalent', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Z]{1,8}$/), { minLength: 1, maxLength: 4 }), fc.nat(), (parts, salt) => {
        const seps = [' ', '-', "'", '--'];
        const name = parts.map((p, i) => (i === 0 ? p : (seps[(salt + i) % seps.length] ?? ' ') + p)).join('');
        return joinedName(name) === parts.join('') && nameWords(name).join(' ') === parts.join(' ');
      }),
    );
  });
});
