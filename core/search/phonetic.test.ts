import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHONETIC_RULES, phoneticKey, phoneticKeys } from './phonetic.js';

describe('phoneticKey', () => {
  // Pairs spelled differently that sound the same in French.
  it.each([
    ['LEFEBVRE', 'LEFEVRE'],
    ['TOMAS', 'THOMAS'],
    ['DUPOND', 'DUPONT'],
    ['FILIPE', 'PHILIPPE'],
    ['KRISTOPHE', 'CHRISTOPHE'],
    ['MATHIEU', 'MATTHIEU'],
    ['GAUTIER', 'GAUTHIER'],
    ['GOTHIER', 'GAUTHIER'],
    ['ROUSSOT', 'ROUSSEAU'],
    ['FORE', 'FAURE'],
    ['GONZALES', 'GONZALEZ'],
    ['DECHAMP', 'DESCHAMPS'],
    ['BERNART', 'BERNARD'],
    ['NGUIEN', 'NGUYEN'],
    ['KATHERINE', 'CATHERINE'],
    ['SCHMIDT', 'SCHMITT'],
    ['CECILE', 'SESILE'],
    ['LAURANT', 'LAURENT'],
  ])('%s sounds like %s', (a, b) => {
    expect(phoneticKey(a)).toBe(phoneticKey(b));
    expect(phoneticKey(a)).not.toBe('');
  });

  it.each([
    ['MARTIN', 'MORIN'],
    ['PETIT', 'PETITJEAN'],
    ['BERNARD', 'BERTRAND'],
    ['DUBOIS', 'DUBOST'],
  ])('%s does not sound like %s', (a, b) => {
    expect(phoneticKey(a)).not.toBe(phoneticKey(b));
  });

  it.each([
    ['LEFEBVRE', 'LEFEVR'],
    ['THOMAS', 'TOMA'],
    ['CHRISTOPHE', 'KRISTOF'],
    ['H', ''],
  ])('%s → %s', (word, key) => {
    expect(phoneticKey(word)).toBe(key);
  });

  it('keeps space anchors consistent so whole strings and single words agree', () => {
    for (const [from, to] of PHONETIC_RULES) {
      expect(from.trim()).not.toContain(' ');
      expect(to.trim()).not.toContain(' ');
      if (from.startsWith(' ')) expect(to.startsWith(' ')).toBe(true);
      if (from.endsWith(' ')) expect(to.endsWith(' ')).toBe(true);
      expect(from.startsWith(' ') && from.endsWith(' ')).toBe(false);
    }
  });

  it('gives A–Z keys, stable under re-keying of its own input case', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z]{1,15}$/), (w) => {
        const k = phoneticKey(w);
        return /^[A-Z]*$/.test(k) && k === phoneticKey(w.toUpperCase()) && k === phoneticKey(w.toLowerCase());
      }),
    );
  });

  it('phoneticKeys gives the keys of every word of a name', () => {
    expect(phoneticKeys("D'ARTAGNAN JEAN-PIERRE")).toEqual([phoneticKey('D'), phoneticKey('ARTAGNAN'), phoneticKey('JEAN'), phoneticKey('PIERRE')].filter((k) => k !== ''));
  });
});
