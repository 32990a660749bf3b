import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockingKeys } from '../../core/duplicates/blocking.js';
import { DUPLICATE_THRESHOLD, scorePair } from '../../core/duplicates/score.js';
import { comparable, type DuplicateTraits } from '../../core/duplicates/traits.js';
import { accentsLost, applyVariant, dateTypo, makeVariant, typo, VARIANT_KINDS, type VariantTraits } from './duplicate-variants.js';
import { createRng } from './prng.js';

const person: VariantTraits = {
  birthName: 'LEFEVRE',
  birthFirstNames: 'JEAN-PIERRE MARIE',
  firstBirthName: 'JEAN-PIERRE',
  sex: 'M',
  birthDate: '1980-03-12',
  usedName: 'GUERIN',
};
const asTraits = (t: VariantTraits): DuplicateTraits => ({ ...t, birthplaceCog: '75112', insMatricule: null, homonym: false });

describe('duplicate variants', () => {
  it('loses the accents a legacy export drops', () => {
    expect(accentsLost('LEFEVRE')).toBe('LEFVRE');
    expect(accentsLost('HELENE MARIE')).toBe('HLNE MARIE');
    expect(accentsLost('MARTIN')).toBeNull();
  });

  it('makes one keyboard slip, never on the first letter', () => {
    const rng = createRng('t');
    for (let i = 0; i < 200; i++) {
      const t = typo(rng, 'BERNARD');
      expect(t).not.toBeNull();
      expect(t).not.toBe('BERNARD');
      expect(t?.[0]).toBe('B');
    }
  });

  it('mistypes a date into another valid past date', () => {
    const rng = createRng('d');
    for (let i = 0; i < 200; i++) {
      const d = dateTypo(rng, '1980-03-12', '2026-11-01');
      expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d).not.toBe('1980-03-12');
      expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
    }
  });

  it.each(VARIANT_KINDS)('a single %s variant is compared by the scan and proposed', (kind) => {
    const rng = createRng(kind);
    const v = applyVariant(rng, kind, person, '2026-11-01');
    expect(v).not.toBeNull();
    const a = comparable(asTraits(person));
    const b = comparable(asTraits(v as VariantTraits));
    expect(blockingKeys(a).some((k) => blockingKeys(b).includes(k))).toBe(true);
    expect(scorePair(a, b).score).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
  });

  it('is deterministic for a seed, and changes something', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const one = makeVariant(createRng(seed), person, '2026-11-01');
        const two = makeVariant(createRng(seed), person, '2026-11-01');
        expect(one).toEqual(two);
        expect(one?.traits).not.toEqual(person);
      }),
    );
  });
});
