// The hand split of quote-free files must give exactly csv-parse's records and line numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexPlainCsv, parseCsvRows, readImportCsv, splitPlainCsv } from './csv-records.js';

const piece = fc.constantFrom('a', 'É', ' ', ';', ',', '\n', '\r\n', '\r', 'x y', '\t', '');

describe('splitPlainCsv', () => {
  it.each([';', ','])('matches csv-parse on quote-free content (delimiter %j)', (delimiter) => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const content = pieces.join('');
        const fast = splitPlainCsv(content, delimiter);
        if (fast !== null) expect(fast).toEqual(parseCsvRows(content, delimiter));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([';', ','])('reads one cell of a row as splitting the row would (delimiter %j)', (delimiter) => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(4), (pieces, position) => {
        const rows = indexPlainCsv(pieces.join(''), delimiter);
        for (let i = 0; rows && i < rows.length; i++) expect(rows.cell(i, position)).toBe(rows.row(i).record[position] ?? '');
      }),
      { numRuns: 2000 },
    );
  });

  it('takes LF and CRLF files, leaves quotes, mixed line ends and a second BOM to csv-parse', () => {
    expect(splitPlainCsv('a;b\n1;2\n\n3;4', ';')).toEqual([
      { record: ['a', 'b'], line: 1 },
      { record: ['1', '2'], line: 2 },
      { record: ['3', '4'], line: 4 },
    ]);
    expect(splitPlainCsv('a;b\r\n1;2\r\n', ';')).toEqual([
      { record: ['a', 'b'], line: 1 },
      { record: ['1', '2'], line: 2 },
    ]);
    expect(splitPlainCsv('a;b\n"1";2\n', ';')).toBeNull();
    expect(splitPlainCsv('a;b\n1;2\r\n', ';')).toBeNull();
    expect(splitPlainCsv('a;b\r1;2\n', ';')).toBeNull();
    expect(splitPlainCsv('\uFEFFa;b\n', ';')).toBeNull();
  });

  it('gives the same import records for a file with and without quotes', () => {
    const plain = 'nom_naissance;prenoms_naissance;sexe;date_naissance;lieu_naissance\nDUPONT;JEAN;M;01/02/1980;75056\n\nMARTIN;ANNE;F;00/00/1950;99999\n';
    const quoted = plain.replace('DUPONT', '"DUPONT"');
    expect(readImportCsv(plain)).toEqual(readImportCsv(quoted));
    expect(readImportCsv(plain).map((r) => r.line)).toEqual([2, 4]);
  });
});
