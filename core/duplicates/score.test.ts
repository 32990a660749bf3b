import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateSimilarity, datesMayMatch, DUPLICATE_THRESHOLD, scorePair } from './score.js';
import { editDistance } from './similarity.js';
import { comparable, type DuplicateTraits } from './traits.js';

const base: DuplicateTraits = {
  birthName: 'LEFEVRE',
  birthFirstNames: 'JEAN-PIERRE',
  usedName: null,
  sex: 'M',
  birthDate: '1980-03-12',
  birthplaceCog: '75112',
  insMatricule: null,
  homonym: false,
};
const score = (a: Partial<DuplicateTraits>, b: Partial<DuplicateTraits>) =>
  scorePair(comparable({ ...base, ...a }), comparable({ ...base, ...b }));

describe('scorePair on realistic French pairs', () => {
  it.each<[string, Partial<DuplicateTraits>, Partial<DuplicateTraits>, 'duplicate' | 'not', string[]]>([
    ['same traits', {}, {}, 'duplicate', ['same_traits']],
    ['accents lost by a legacy export (LEFÈVRE → LEFVRE)', {}, { birthName: 'LEFVRE' }, 'duplicate', ['accents']],
    ['LEFÈVRE typed LEFEVRE is the same stored name', { birthName: 'Lefèvre' }, { birthName: 'LEFEVRE' }, 'duplicate', ['same_traits']],
    ['LEFEBVRE / LEFEVRE', {}, { birthName: 'LEFEBVRE' }, 'duplicate', ['typo']],
    ['keyboard slip (MARTIN / MARTUN)', { birthName: 'MARTIN' }, { birthName: 'MARTUN' }, 'duplicate', ['typo']],
    ['same sound (GAUTHIER / GAUTIER)', { birthName: 'GAUTHIER' }, { birthName: 'GOTIER' }, 'duplicate', ['phonetic']],
    [
      'MARTIN épouse DUBOIS entered as DUBOIS',
      { birthName: 'MARTIN', usedName: 'DUBOIS', sex: 'F', birthFirstNames: 'MARIE' },
      { birthName: 'DUBOIS', sex: 'F', birthFirstNames: 'MARIE' },
      'duplicate',
      ['used_name_as_birth_name'],
    ],
    ['JEAN-PIERRE vs JEAN PIERRE MARIE', {}, { birthFirstNames: 'JEAN PIERRE MARIE' }, 'duplicate', ['first_names_subset']],
    ['JEAN-PIERRE vs JEAN PIERRE', {}, { birthFirstNames: 'JEAN PIERRE' }, 'duplicate', []],
    ['12/03 vs 03/12', {}, { birthDate: '1980-12-03' }, 'duplicate', ['day_month_swapped']],
    ['one digit of the year mistyped', {}, { birthDate: '1981-03-12' }, 'duplicate', ['date_typo']],
    ['two digits of the day exchanged', {}, { birthDate: '1980-03-21' }, 'duplicate', ['date_typo']],
    ['typo and swapped date', {}, { birthName: 'LEFEVER', birthDate: '1980-12-03' }, 'duplicate', ['typo', 'day_month_swapped']],
    ['first-name typo (HELENE / HELNE)', { birthFirstNames: 'HELENE', sex: 'F' }, { birthFirstNames: 'HELNE', sex: 'F' }, 'duplicate', ['first_name_typo']],
    ['unknown birthplace on one side', {}, { birthplaceCog: '99999' }, 'duplicate', []],
    ['Paris for Paris 12e', {}, { birthplaceCog: '75056' }, 'duplicate', []],
    ['twins: same date, same sex, other first names', { birthFirstNames: 'LUCAS' }, { birthFirstNames: 'HUGO' }, 'not', []],
    ['twins with close first names', { birthFirstNames: 'THEO' }, { birthFirstNames: 'LEO' }, 'not', []],
    ['another date altogether', {}, { birthDate: '1957-06-30' }, 'not', []],
    ['another person of the same name (other first name, other date)', {}, { birthFirstNames: 'PAUL', birthDate: '1980-04-19' }, 'not', []],
    ['true homonyms born in another town', {}, { birthplaceCog: '13205' }, 'not', ['birthplace_differs']],
    ['two different INS: two persons', { insMatricule: '180037511205842' }, { insMatricule: '180037511210977' }, 'not', []],
    ['declared homonyms', { homonym: true }, { homonym: true }, 'not', []],
    ['first names subset and a mistyped date: too weak', { birthFirstNames: 'MARIE', sex: 'F' }, { birthFirstNames: 'MARIE CLAIRE', sex: 'F', birthDate: '1980-03-13' }, 'not', []],
  ])('%s', (_, a, b, verdict, reasons) => {
    const s = score(a, b);
    if (verdict === 'duplicate') expect(s.score).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
    else expect(s.score).toBeLessThan(DUPLICATE_THRESHOLD);
    for (const r of reasons) expect(s.reasons).toContain(r);
  });

  it('reports the same active INS on both records, whatever the traits', () => {
    const s = score({ insMatricule: '180037511205842' }, { insMatricule: '180037511205842', birthFirstNames: 'PAUL', birthDate: '1950-01-01' });
    expect(s.reasons).toContain('same_ins');
  });
});

const letters = fc.stringMatching(/^[A-Z]{2,12}$/);
const traitsArb: fc.Arbitrary<DuplicateTraits> = fc.record({
  birthName: fc.oneof(letters, fc.tuple(letters, letters).map(([x, y]) => `${x} ${y}`)),
  birthFirstNames: fc.array(letters, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
  usedName: fc.option(letters, { nil: null }),
  sex: fc.constantFrom('M' as const, 'F' as const, 'I' as const),
  birthDate: fc.date({ min: new Date('1900-01-01'), max: new Date('2026-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  birthplaceCog: fc.constantFrom('75112', '75056', '13205', '99999', '99350', '2A004'),
  insMatricule: fc.option(fc.constantFrom('180037511205842', '280037511205811'), { nil: null }),
  homonym: fc.boolean(),
});

describe('scorePair properties', () => {
  it('is symmetric, in [0, 1], with the same reasons', () => {
    fc.assert(
      fc.property(traitsArb, traitsArb, (x, y) => {
        const ab = scorePair(comparable(x), comparable(y));
        const ba = scorePair(comparable(y), comparable(x));
        expect(ab.score).toBe(ba.score);
        expect([...ab.reasons].sort()).toEqual([...ba.reasons].sort());
        expect(ab.score).toBeGreaterThanOrEqual(0);
        expect(ab.score).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('scores identical records 1 (unless declared homonyms)', () => {
    fc.assert(
      fc.property(traitsArb, (x) => {
        const s = scorePair(comparable({ ...x, homonym: false }), comparable({ ...x, homonym: false }));
        expect(s.score).toBe(1);
      }),
    );
  });

  it('never proposes two records born years apart (more than one keystroke)', () => {
    fc.assert(
      fc.property(traitsArb, fc.integer({ min: 11, max: 60 }), (x, years) => {
        const later = `${Number(x.birthDate.slice(0, 4)) + years}${x.birthDate.slice(4)}`;
        fc.pre(editDistance(x.birthDate, later) >= 2);
        expect(scorePair(comparable(x), comparable({ ...x, birthDate: later })).score).toBeLessThan(DUPLICATE_THRESHOLD);
      }),
    );
  });

  it('only lowers the score when a difference is added', () => {
    fc.assert(
      fc.property(traitsArb, letters, (x, other) => {
        const y = { ...x, homonym: false };
        const same = scorePair(comparable(y), comparable(y)).score;
        const changed = scorePair(comparable(y), comparable({ ...y, birthFirstNames: `${other} ${y.birthFirstNames}` })).score;
        expect(changed).toBeLessThanOrEqual(same);
      }),
    );
  });
});

describe('datesMayMatch', () => {
  const parts = (iso: string) => [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10))] as const;
  const date = fc.date({ min: new Date('1900-01-01'), max: new Date('2026-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const mayMatch = (a: string, b: string) => {
    const [ya, ma] = parts(a);
    const [yb, mb] = parts(b);
    return datesMayMatch(ya, ma, yb, mb);
  };

  it('never rules out a pair that dateSimilarity accepts', () => {
    const nearby = fc.tuple(date, fc.integer({ min: 0, max: 9 }), fc.constantFrom(2, 3, 5, 6, 8, 9)).map(([d, digit, p]) => [d, d.slice(0, p) + digit + d.slice(p + 1)] as const);
    fc.assert(
      fc.property(fc.oneof(fc.tuple(date, date), nearby), ([a, b]) => {
        if (dateSimilarity(a, b)[0] > 0) expect(mayMatch(a, b)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['1980-03-12', '1980-12-03', true],
    ['1980-03-12', '1908-03-12', true],
    ['1980-03-12', '1980-03-21', true],
    ['1980-03-12', '1981-04-12', false],
    ['1980-03-12', '1980-04-13', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(mayMatch(a, b)).toBe(expected);
  });
});
