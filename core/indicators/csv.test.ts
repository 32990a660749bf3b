import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, parseCsv, toCsv } from './csv.js';

describe('CSV for French spreadsheets', () => {
  it.each([
    ['texte', 'texte'],
    ['Zoé d’Artagnan', 'Zoé d’Artagnan'],
    ['a;b', '"a;b"'],
    ['il a dit "non"', '"il a dit ""non"""'],
    ['ligne 1\nligne 2', '"ligne 1\nligne 2"'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [42, '42'],
    [0.375, '0,375'],
    [Number.NaN, ''],
  ] as const)('cell %j → %j', (v, out) => {
    expect(csvCell(v)).toBe(out);
  });

  it('starts with the BOM, separates with ; and ends lines with CRLF', () => {
    expect(toCsv(['Statut', 'Nombre'], [['qualifiée', 12], ['provisoire', 3]])).toBe(`${CSV_BOM}Statut;Nombre\r\nqualifiée;12\r\nprovisoire;3\r\n`);
  });

  it('round-trips any text cells', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { maxLength: 6 }), (header, rows) => {
        const h = header.length > 0 ? header : ['x'];
        const width = h.length;
        const body = rows.map((r) => Array.from({ length: width }, (_, i) => r[i % r.length]!));
        const parsed = parseCsv(toCsv(h, body));
        // A lone empty cell makes an empty line: the parser cannot tell it from nothing.
        if (width === 1 && [h, ...body].some((r) => r[0] === '')) return;
        expect(parsed).toEqual([h, ...body]);
      }),
    );
  });
});
