import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, bucketLabel, bucketOf, bucketsBetween, defaultPeriod, isoWeek, localDay, localDayStart, periodProblem } from './periods.js';

const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('ISO weeks and months', () => {
  it.each([
    ['2026-01-01', '2026-W01', '2025-12-29'],
    ['2025-12-29', '2026-W01', '2025-12-29'],
    ['2027-01-03', '2026-W53', '2026-12-28'],
    ['2021-01-03', '2020-W53', '2020-12-28'],
    ['2024-12-30', '2025-W01', '2024-12-30'],
    ['2026-11-23', '2026-W48', '2026-11-23'],
    ['2026-11-29', '2026-W48', '2026-11-23'],
  ])('%s is in week %s starting %s', (d, key, monday) => {
    expect(bucketOf(d, 'week')).toEqual({ key, first: monday, last: addDays(monday, 6) });
  });

  it.each([
    ['2024-02-10', '2024-02', '2024-02-01', '2024-02-29'],
    ['2026-02-28', '2026-02', '2026-02-01', '2026-02-28'],
    ['2026-12-31', '2026-12', '2026-12-01', '2026-12-31'],
  ])('%s is in month %s (%s … %s)', (d, key, first, last) => {
    expect(bucketOf(d, 'month')).toEqual({ key, first, last });
  });

  it('labels buckets in French', () => {
    expect(bucketLabel(bucketOf('2026-02-10', 'month'), 'month')).toBe('févr. 2026');
    expect(bucketLabel(bucketOf('2026-02-10', 'week'), 'week')).toBe('sem. 7 2026');
  });

  it('puts every day of a period in exactly one bucket, buckets contiguous and in order', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), fc.constantFrom('week' as const, 'month' as const), (from, len, g) => {
        const to = addDays(from, len);
        const buckets = bucketsBetween(from, to, g);
        expect(buckets[0]!.first <= from).toBe(true);
        expect(buckets.at(-1)!.last >= to).toBe(true);
        for (let i = 1; i < buckets.length; i++) expect(buckets[i]!.first).toBe(addDays(buckets[i - 1]!.last, 1));
        for (const d of [from, to, addDays(from, Math.floor(len / 2))]) {
          expect(buckets.filter((b) => b.first <= d && d <= b.last).map((b) => b.key)).toEqual([bucketOf(d, g).key]);
        }
        if (g === 'week') for (const b of buckets) expect(isoWeek(b.first).monday).toBe(b.first);
      }),
    );
  });
});

describe('local days', () => {
  it('a local day starts at localDayStart and the instant just before belongs to the previous day', () => {
    fc.assert(
      fc.property(day, (d) => {
        const start = localDayStart(d);
        expect(localDay(start)).toBe(d);
        expect(localDay(new Date(Date.parse(start) - 1).toISOString())).toBe(addDays(d, -1));
      }),
    );
  });
});

describe('periods', () => {
  it('defaults to the last 12 months or 13 weeks', () => {
    expect(defaultPeriod('2026-11-23', 'month')).toEqual({ from: '2025-12-01', to: '2026-11-23' });
    expect(bucketsBetween(defaultPeriod('2026-11-23', 'month').from, '2026-11-23', 'month')).toHaveLength(12);
    expect(bucketsBetween(defaultPeriod('2026-11-23', 'week').from, '2026-11-23', 'week')).toHaveLength(13);
  });

  it.each([
    ['2026-01-01', '2026-12-31', 'month', null],
    ['2026-02-30', '2026-03-01', 'month', 'Date de début invalide : « 2026-02-30 ».'],
    ['2026-03-01', '2026-02-01', 'week', 'La date de début doit précéder la date de fin.'],
    ['2000-01-01', '2026-01-01', 'week', /Période trop longue pour un affichage par semaine \(1358 semaines, 260 au plus\)/],
  ] as const)('%s → %s by %s', (from, to, g, expected) => {
    const p = periodProblem(from, to, g);
    if (expected === null || typeof expected === 'string') expect(p).toBe(expected);
    else expect(p).toMatch(expected);
  });
});
