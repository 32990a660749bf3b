// Birth dates: accepted shapes, RNIV completion of 00, calendar/future/1880 limits, search-box dates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, formatDateFr, parseBirthDate, parseQueryDate } from './birth-date.js';

const TODAY = '2026-05-14';

describe('parseBirthDate: accepted shapes', () => {
  it.each([
    ['12/03/1980', '1980-03-12'],
    ['12-03-1980', '1980-03-12'],
    ['12.03.1980', '1980-03-12'],
    ['12031980', '1980-03-12'],
    ['1980-03-12', '1980-03-12'],
    ['  12/03/1980 ', '1980-03-12'],
    ['1/3/1980', '1980-03-01'],
    ['29/02/2000', '2000-02-29'],
    ['29/02/2024', '2024-02-29'],
    ['01/01/1880', '1880-01-01'],
    ['14/05/2026', '2026-05-14'],
  ])('%s → %s', (raw, iso) => {
    expect(parseBirthDate(raw, TODAY)).toEqual({ ok: true, iso, corrected: false });
  });
});

describe('parseBirthDate: RNIV completion of unknown day/month', () => {
  it.each([
    ['00/03/1980', '1980-03-01'],
    ['15/00/1980', '1980-01-15'],
    ['31/00/1980', '1980-01-31'],
    ['00/00/1980', '1980-12-31'],
    ['00001980', '1980-12-31'],
    ['1980-00-00', '1980-12-31'],
    ['00.02.2001', '2001-02-01'],
  ])('%s → %s, corrected', (raw, iso) => {
    expect(parseBirthDate(raw, TODAY)).toEqual({ ok: true, iso, corrected: true });
  });
});

describe('parseBirthDate: refusals', () => {
  it.each([
    ['', 'required', 'La date de naissance est obligatoire'],
    ['30/02/2001', 'nonexistent_date', "Le 30 février 2001 n'existe pas"],
    ['29/02/1900', 'nonexistent_date', "Le 29 février 1900 n'existe pas"],
    ['31/04/1999', 'nonexistent_date', "Le 31 avril 1999 n'existe pas"],
    ['31/08/1999', null, null],
    ['12/13/1980', 'month_out_of_range', "Le mois 13 n'existe pas : saisissez un mois de 01 à 12 (00 s'il est inconnu)"],
    ['32/01/1980', 'day_out_of_range', "Le jour 32 n'existe pas : saisissez un jour de 01 à 31 (00 s'il est inconnu)"],
    ['12/03/2031', 'future', 'La date de naissance 12/03/2031 est dans le futur'],
    ['15/05/2026', 'future', 'La date de naissance 15/05/2026 est dans le futur'],
    ['00/00/2026', 'future', "La date de naissance corrigée 31/12/2026 (jour ou mois inconnu) serait dans le futur : saisissez le jour et le mois s'ils sont connus"],
    ['31/12/1879', 'too_old', 'La date de naissance 31/12/1879 est antérieure au 01/01/1880'],
    ['12/03/80', 'format', "La date de naissance « 12/03/80 » n'est pas reconnue : saisissez-la au format JJ/MM/AAAA (00 pour un jour ou un mois inconnu)"],
    ['12/03-1980', 'format', null],
    ['douze mars', 'format', null],
    ['1980/03/12', 'format', null],
  ])('%s → %s', (raw, code, message) => {
    const result = parseBirthDate(raw, TODAY);
    if (code === null) {
      expect(result.ok).toBe(true);
      return;
    }
    expect(result).toMatchObject({ ok: false, code });
    if (message !== null && !result.ok) expect(result.message).toBe(message);
  });

  it('names every month in French', () => {
    const names = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
    names.forEach((name, i) => {
      const month = String(i + 1).padStart(2, '0');
      const result = parseBirthDate(`31/${month}/2001`, TODAY);
      if (daysInMonth(2001, i + 1) === 31) expect(result.ok).toBe(true);
      else expect(result).toEqual({ ok: false, code: 'nonexistent_date', message: `Le 31 ${name} 2001 n'existe pas` });
    });
  });
});

describe('parseBirthDate: properties', () => {
  // Oracle: the platform calendar (UTC), independent of our day counting.
  const utcIso = (t: number) => new Date(t).toISOString().slice(0, 10);
  const day = fc.integer({ min: Date.UTC(1880, 0, 1), max: Date.UTC(2026, 4, 14) }).map((t) => utcIso(t));

  it('every real date between 1880 and today round-trips through JJ/MM/AAAA, JJMMAAAA and ISO', () => {
    fc.assert(
      fc.property(day, (iso) => {
        const fr = formatDateFr(iso);
        for (const typed of [fr, fr.replaceAll('/', ''), fr.replaceAll('/', '-'), iso]) {
          expect(parseBirthDate(typed, TODAY)).toEqual({ ok: true, iso, corrected: false });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('accepts a day/month pair exactly when the platform calendar has it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1880, max: 2025 }), (d, m, y) => {
        const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
        const typed = `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
        expect(parseBirthDate(typed, TODAY).ok).toBe(real);
      }),
      { numRuns: 1000 },
    );
  });

  it('never returns a date after today or before 1880', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/), (typed) => {
        const result = parseBirthDate(typed, TODAY);
        if (result.ok) {
          expect(result.iso <= TODAY).toBe(true);
          expect(result.iso >= '1880-01-01').toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('formatDateFr', () => {
  it.each([
    ['1980-03-12', '12/03/1980'],
    ['2001-12-31', '31/12/2001'],
    ['pas une date', 'pas une date'],
  ])('%s → %s', (iso, fr) => expect(formatDateFr(iso)).toBe(fr));
});

describe('parseQueryDate', () => {
  it.each([
    ['12/03/1980', { iso: '1980-03-12' }],
    ['12-03-1980', { iso: '1980-03-12' }],
    ['12.03.1980', { iso: '1980-03-12' }],
    ['12031980', { iso: '1980-03-12' }],
    ['19800312', { iso: '1980-03-12' }],
    ['1980-03-12', { iso: '1980-03-12' }],
    ['03/1980', { yearMonth: '1980-03' }],
    ['3/1980', { yearMonth: '1980-03' }],
    ['1980-03', { yearMonth: '1980-03' }],
    ['1980', { year: '1980' }],
    ['00/03/1980', { yearMonth: '1980-03' }],
    ['00/00/1980', { year: '1980' }],
    ['12/00/1980', { year: '1980' }],
    ['00/1980', { year: '1980' }],
    ['10102010', { iso: '2010-10-10' }],
    ['20101010', { iso: '2010-10-10' }],
  ])('%s → %j', (token, expected) => {
    expect(parseQueryDate(token)).toEqual(expected);
  });

  it.each(['dupont', '1234', '12345', '123456789', '30/02/2001', '13/1980', '12/13/1980', '99999999', '1980-13', '12/03/80', ''])(
    '%s → null',
    (token) => expect(parseQueryDate(token)).toBeNull(),
  );

  it('recognises every real date typed as JJ/MM/AAAA', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1880, 0, 1), max: Date.UTC(2099, 11, 31) }), (t) => {
        const iso = new Date(t).toISOString().slice(0, 10);
        expect(parseQueryDate(formatDateFr(iso))).toEqual({ iso });
      }),
    );
  });
});
