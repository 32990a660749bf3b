import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCandidates, FIELD_TIER, matchesInitials, PHONETIC_RANK, rankOf, termTier, type RankedCandidate } from './rank.js';

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

describe('termTier and rankOf', () => {
  const who = (birthName: string, birthFirstNames: string, usedName: string | null = null, usedFirstName: string | null = null) => ({
    birthName, birthFirstNames, usedName, usedFirstName,
  });
  it.each<[string, ReturnType<typeof who>, keyof typeof FIELD_TIER]>([
    ['MAR', who('MAR', 'JEAN'), 'birthName'],
    ['MARTIN', who('MARTIN--DUPONT', 'JEAN'), 'birthName'],
    ['DARTAGNAN', who("D'ARTAGNAN", 'JEAN'), 'birthName'],
    ['FONTAINE', who('DE LA FONTAINE', 'JEAN'), 'birthName'],
    ['MAR', who('MARTIN', 'JEAN'), 'birthNameStart'],
    ['MAR', who('DUPONT', 'MARIE', 'MARCHAND'), 'usedNameStart'],
    ['MARCHAND', who('DUPONT', 'MARIE', 'MARCHAND'), 'usedName'],
    ['MARIE', who('DUPONT', 'ANNE MARIE'), 'firstName'],
    ['JEANPIERRE', who('DUPONT', 'JEAN-PIERRE'), 'firstName'],
    ['MAR', who('DUPONT', 'ANNE MARIE'), 'firstNameStart'],
    ['MAR', who('DUPONT', 'ANNE', null, 'MARIE'), 'firstNameStart'],
    ['TOMAS', who('DUPONT', 'THOMAS'), 'none'],
  ])('%s in %j → %s', (term, c, tier) => {
    expect(termTier(term, c)).toBe(FIELD_TIER[tier]);
  });

  it('orders exact birth name > birth-name start > used name > first names > phonetic', () => {
    const ordered = [
      rankOf('exact', ['MAR'], who('MAR', 'PAUL')),
      rankOf('prefixe', ['MAR'], who('MARTIN', 'PAUL')),
      rankOf('exact', ['MARCHAND'], who('DUPONT', 'PAUL', 'MARCHAND')),
      rankOf('prefixe', ['MAR'], who('DUPONT', 'PAUL', 'MARCHAND')),
      rankOf('exact', ['MARIE'], who('DUPONT', 'MARIE')),
      rankOf('prefixe', ['MAR'], who('DUPONT', 'MARIE')),
      rankOf('phonetique', ['MAR'], who('MAR', 'PAUL')),
    ];
    expect(ordered).toEqual([...ordered].sort((a, b) => a - b));
    expect(new Set(ordered).size).toBe(ordered.length);
    expect(rankOf('phonetique', ['TOMAS'], who('DUPONT', 'THOMAS'))).toBeGreaterThanOrEqual(PHONETIC_RANK);
  });

  it('with two names, ranks the birth name + first name pair first', () => {
    const pair = rankOf('exact', ['MARTIN', 'PAUL'], who('MARTIN', 'PAUL'));
    const firstNamesOnly = rankOf('exact', ['MARTIN', 'PAUL'], who('DUPONT', 'PAUL MARTIN'));
    const usedAndFirst = rankOf('exact', ['MARTIN', 'PAUL'], who('DUPONT', 'PAUL', 'MARTIN'));
    expect(pair).toBeLessThan(usedAndFirst);
    expect(usedAndFirst).toBeLessThan(firstNamesOnly);
  });
});
