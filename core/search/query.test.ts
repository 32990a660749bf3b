import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearchQuery, type SearchTerm } from './query.js';

const name = (value: string): SearchTerm => ({ kind: 'name', value });
const day = (value: string, raw: string): SearchTerm => ({ kind: 'date', value, precision: 'day', raw });

describe('parseSearchQuery', () => {
  it.each<[string, SearchTerm[]]>([
    ['dupont', [name('DUPONT')]],
    ['Lefèvre', [name('LEFEVRE')]],
    ["d'artagnan", [name('DARTAGNAN')]],
    ['D’ARTAGNAN', [name('DARTAGNAN')]],
    ['jean-pierre', [name('JEANPIERRE')]],
    ['jean pierre', [name('JEAN'), name('PIERRE')]],
    ['martin--dupont', [name('MARTINDUPONT')]],
    ['dupont jean', [name('DUPONT'), name('JEAN')]],
    ['d', [{ kind: 'initial', value: 'D' }]],
    ['12/03/1980', [day('19800312', '12/03/1980')]],
    ['12-03-1980', [day('19800312', '12-03-1980')]],
    ['12.03.1980', [day('19800312', '12.03.1980')]],
    ['1/3/1980', [day('19800301', '1/3/1980')]],
    ['12031980', [day('19800312', '12031980')]],
    ['19800312', [day('19800312', '19800312')]],
    ['1980-03-12', [day('19800312', '1980-03-12')]],
    ['12 03 1980', [day('19800312', '12 03 1980')]],
    ['1980', [{ kind: 'date', value: '1980', precision: 'year', raw: '1980' }]],
    ['03/1980', [{ kind: 'date', value: '198003', precision: 'month', raw: '03/1980' }]],
    ['031980', [{ kind: 'date', value: '198003', precision: 'month', raw: '031980' }]],
    ['31/02/1980', [day('19800231', '31/02/1980')]],
    ['180032B02040123', [{ kind: 'ins', value: '180032B02040123', complete: true }]],
    ['1 80 03 2B 020 401 23', [{ kind: 'ins', value: '180032B02040123', complete: true }]],
    ['1 80 03 75 112 004 12', [{ kind: 'ins', value: '180037511200412', complete: true }]],
    ['1800375112004', [{ kind: 'ins', value: '1800375112004', complete: false }]],
    ['1 80 03', [{ kind: 'ins', value: '18003', complete: false }]],
    ['S0000123', [{ kind: 'ipp', value: 'S0000123' }]],
    ['s00001', [{ kind: 'ipp', value: 'S00001' }]],
    ['P12', [{ kind: 'ipp', value: 'P12' }]],
    ['12/03/1980 lef', [day('19800312', '12/03/1980'), name('LEF')]],
    ['dupont jean 1980', [name('DUPONT'), name('JEAN'), { kind: 'date', value: '1980', precision: 'year', raw: '1980' }]],
    ['  dupont,  jean ; ', [name('DUPONT'), name('JEAN')]],
    ['', []],
  ])('%j', (query, terms) => {
    expect(parseSearchQuery(query).terms).toEqual(terms);
  });

  it('ignores a date still being typed', () => {
    expect(parseSearchQuery('12/03/19 lef')).toEqual({ terms: [name('LEF')], ignored: ['12/03/19'] });
    expect(parseSearchQuery('12/03').ignored).toEqual(['12/03']);
  });

  it('reads every typed form of a date the same way', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), fc.nat(5), (d, form) => {
        const [y, m, dd] = d.toISOString().slice(0, 10).split('-') as [string, string, string];
        const typed = [`${dd}/${m}/${y}`, `${dd}${m}${y}`, `${y}-${m}-${dd}`, `${dd}.${m}.${y}`, `${dd}-${m}-${y}`, `${dd} ${m} ${y}`][form] as string;
        const terms = parseSearchQuery(typed).terms;
        return terms.length === 1 && terms[0]?.kind === 'date' && terms[0].value === `${y}${m}${dd}`;
      }),
    );
  });

  it('never throws and only yields well-formed terms', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (q) => {
        for (const t of parseSearchQuery(q).terms) {
          if (t.kind === 'name' && !/^[A-Z]{2,}$/.test(t.value)) return false;
          if (t.kind === 'initial' && !/^[A-Z]$/.test(t.value)) return false;
          if (t.kind === 'date' && !/^\d{4}(\d{2}(\d{2})?)?$/.test(t.value)) return false;
        }
        return true;
      }),
    );
  });
});

describe('parseSearchQuery — a date being typed next to names', () => {
  it.each<[string, SearchTerm[], string[]]>([
    ['mar 19', [name('MAR')], ['19']],
    ['19 mar', [name('MAR')], ['19']],
    ['dupont jean 198', [name('DUPONT'), name('JEAN')], ['198']],
    ['lefevre 1203198', [name('LEFEVRE')], ['1203198']],
    ['12/03/19 lef', [name('LEF')], ['12/03/19']],
    ['mar 1980', [name('MAR'), { kind: 'date', value: '1980', precision: 'year', raw: '1980' }], []],
    ['19', [{ kind: 'ipp', value: '19' }], []],
    ['1234567', [{ kind: 'ipp', value: '1234567' }], []],
    ['mar P12', [name('MAR'), { kind: 'ipp', value: 'P12' }], []],
    ['mar 12345678', [name('MAR'), { kind: 'ipp', value: '12345678' }], []],
  ])('%j', (query, terms, ignored) => {
    expect(parseSearchQuery(query)).toEqual({ terms, ignored });
  });
});
