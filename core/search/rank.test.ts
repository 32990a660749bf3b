import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCandidates, matchesInitials, type RankedCandidate } from './rank.js';

const c = (id: number, rank: number, birthName: string, birthFirstNames = 'JEAN', birthDate = '1980-01-01'): RankedCandidate => ({
  id, rank, birthName, birthFirstNames, birthDate,
});

describe('compareCandidates', () => {
  it('orders by match rank, then birth name, first names, birth date, id', () => {
    const sorted = [c(1, 2, 'AARON'), c(2, 1, 'ZOLA'), c(3, 0, 'MARTIN', 'PAUL'), c(4, 0, 'MARTIN', 'ANNE'), c(5, 1, 'BLANC'), c(6, 0, 'MARTIN', 'ANNE', '1970-01-01')]
      .sort(compareCandidates)
      .map((x) => x.id);
    expect(sorted).toEqual([6, 4, 3, 5, 2, 1]);
  });

  it('is a total order consistent with the rank', () => {
    const arb = fc.record({
      id: fc.nat(),
      rank: fc.integer({ min: 0, max: 2 }),
      birthName: fc.stringMatching(/^[A-Z]{1,4}$/),
      birthFirstNames: fc.stringMatching(/^[A-Z]{1,3}$/),
      birthDate: fc.constantFrom('1980-01-01', '1990-05-05'),
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 30 }), (items) => {
        const sorted = [...items].sort(compareCandidates);
        return sorted.every((x, i) => i === 0 || (sorted[i - 1] as RankedCandidate).rank <= x.rank);
      }),
    );
  });
});

describe('matchesInitials', () => {
  it.each<[string[], (string | null)[], boolean]>([
    [[], ['DUPONT'], true],
    [['D'], ['DUPONT', null, 'JEAN'], true],
    [['J'], ['DUPONT', null, 'JEAN'], true],
    [['A'], ["D'ARTAGNAN", null, 'LOUIS'], true],
    [['P'], ['DUPONT', null, 'JEAN-PIERRE'], true],
    [['X'], ['DUPONT', 'MARTIN', 'JEAN'], false],
    [['D', 'X'], ['DUPONT', null, 'JEAN'], false],
  ])('%j in %j → %s', (initials, names, expected) => {
    expect(matchesInitials(initials, names)).toBe(expected);
  });
});
