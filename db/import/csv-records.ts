// Reads an import CSV (UTF-8, BOM tolerated, `;` or `,` detected from the header) into records keyed by
// the contract's column names, each with its line number in the file (header = line 1), a record when
// asked for (a large file is validated in chunks, possibly in another thread).
import { parse } from 'csv-parse/sync';
import type { IdentityDraft } from '../../core/identity/types.js';

export const IMPORT_COLUMNS = [
  'ipp',
  'nom_naissance',
  'prenoms_naissance',
  'premier_prenom_naissance',
  'sexe',
  'date_naissance',
  'lieu_naissance',
  'nom_utilise',
  'prenom_utilise',
  'matricule_ins',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Without these a row cannot make an identity: the file is refused as a whole. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['nom_naissance', 'prenoms_naissance', 'sexe', 'date_naissance', 'lieu_naissance'];

export interface ImportRecord {
  line: number;
  draft: IdentityDraft;
}

export class ImportFileError extends Error {}

export function detectDelimiter(headerLine: string): ';' | ',' {
  const semicolons = headerLine.split(';').length;
  const commas = headerLine.split(',').length;
  return semicolons >= commas ? ';' : ',';
}

function headerIndex(header: string[]): Map<ImportColumn, number> {
  const index = new Map<ImportColumn, number>();
  header.forEach((raw, position) => {
    const name = raw.trim().toLowerCase() as ImportColumn;
    if (!(IMPORT_COLUMNS as readonly string[]).includes(name)) {
      throw new ImportFileError(`Colonne inconnue dans l'en-tête : « ${raw.trim()} ». Colonnes possibles : ${IMPORT_COLUMNS.join(', ')}.`);
    }
    if (index.has(name)) throw new ImportFileError(`La colonne « ${name} » apparaît deux fois dans l'en-tête.`);
    index.set(name, position);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0) throw new ImportFileError(`Colonne(s) obligatoire(s) absente(s) de l'en-tête : ${missing.join(', ')}.`);
  return index;
}

interface CsvRow {
  record: string[];
  /** Line the record starts on (header = 1). */
  line: number;
}

/**
 * Line ends of a file without any quote: '\n' or, when every line ends so, '\r\n'; null when the
 * file mixes them (csv-parse then decides, with its own line counting around a lone '\r').
 */
function plainLineEnd(content: string): '\n' | '\r\n' | null {
  let crs = 0;
  for (let i = content.indexOf('\r'); i !== -1; i = content.indexOf('\r', i + 1)) {
    if (content.charCodeAt(i + 1) !== 10) return null;
    crs += 1;
  }
  if (crs === 0) return '\n';
  let lfs = 0;
  for (let i = content.indexOf('\n'); i !== -1; i = content.indexOf('\n', i + 1)) lfs += 1;
  return lfs === crs ? '\r\n' : null;
}

/** The rows of a file, by index: split when asked for (a quote-free file), or all parsed at once. */
export interface CsvRows {
  readonly length: number;
  row(index: number): CsvRow;
  /** `row(index).record[position] ?? ''`, without splitting the whole row. */
  cell(index: number, position: number): string;
}

function parsedRows(rows: CsvRow[]): CsvRows {
  return { length: rows.length, row: (i) => rows[i]!, cell: (i, position) => rows[i]!.record[position] ?? '' };
}

/**
 * A file without quotes (the usual export of a lab system) is split by hand: same records and line
 * numbers as csv-parse with our options (tested against it), at a fraction of the cost. Only where
 * its lines start is kept; a line is split when its row is asked for, so a large file is never held
 * as millions of small strings. Anything else (quotes, mixed line ends, a second BOM) goes through
 * csv-parse.
 */
export function indexPlainCsv(content: string, delimiter: string): CsvRows | null {
  if (content.includes('"') || content.startsWith('\uFEFF')) return null;
  const eol = plainLineEnd(content);
  if (eol === null) return null;
  let lines = 1;
  for (let i = content.indexOf(eol); i !== -1; i = content.indexOf(eol, i + eol.length)) lines += 1;
  // Non-empty lines only (csv-parse skips the empty ones): where each starts and ends, its number.
  const starts = new Int32Array(lines);
  const ends = new Int32Array(lines);
  const numbers = new Int32Array(lines);
  let length = 0;
  for (let line = 1, start = 0; ; line++) {
    const next = content.indexOf(eol, start);
    const end = next === -1 ? content.length : next;
    if (end > start) {
      starts[length] = start;
      ends[length] = end;
      numbers[length] = line;
      length += 1;
    }
    if (next === -1) break;
    start = next + eol.length;
  }
  return {
    length,
    row: (i) => ({ record: content.slice(starts[i], ends[i]).split(delimiter), line: numbers[i]! }),
    cell(i, position) {
      const end = ends[i]!;
      let from = starts[i]!;
      for (let k = 0; k < position; k++) {
        const at = content.indexOf(delimiter, from);
        if (at === -1 || at >= end) return '';
        from = at + delimiter.length;
      }
      const at = content.indexOf(delimiter, from);
      return content.slice(from, at === -1 || at >= end ? end : at);
    },
  };
}

/** Every row of a quote-free file (indexPlainCsv), split; null for any other file. */
export function splitPlainCsv(content: string, delimiter: string): CsvRow[] | null {
  const rows = indexPlainCsv(content, delimiter);
  return rows && Array.from({ length: rows.length }, (_, i) => rows.row(i));
}

/** Every record with the line it starts on, through csv-parse. */
export function parseCsvRows(content: string, delimiter: string): CsvRow[] {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(content, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new ImportFileError(`Fichier CSV illisible : ${error instanceof Error ? error.message : String(error)}`);
  }
  // csv-parse reports the line a record ends on; a quoted field may span lines, so step back over them.
  const startLine = (record: string[], endLine: number) =>
    endLine - record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
  return rows.map(({ record, info }) => ({ record, line: startLine(record, info.lines) }));
}

/** The data rows of an import file, each made into a record when asked for (a large file is read in chunks). */
export interface ImportFile {
  /** Data rows (the header excluded). */
  readonly length: number;
  /** Data rows whose IPP cell is blank or absent: each of them will get a generated IPP. */
  readonly rowsWithoutIpp: number;
  /** The record of data row `index` (0-based). */
  record(index: number): ImportRecord;
}

export function openImportCsv(text: string): ImportFile {
  const content = text.replace(/^\uFEFF/, '');
  const firstLine = content.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.trim() === '') throw new ImportFileError("Le fichier est vide ou n'a pas d'en-tête.");
  const delimiter = detectDelimiter(firstLine);
  const rows = indexPlainCsv(content, delimiter) ?? parsedRows(parseCsvRows(content, delimiter));
  if (rows.length === 0) throw new ImportFileError("Le fichier est vide ou n'a pas d'en-tête.");
  const index = headerIndex(rows.row(0).record);
  // Column positions resolved once (-1: column absent from the file).
  const at = (column: ImportColumn) => index.get(column) ?? -1;
  const [ipp, birthName, birthFirstNames, firstBirthName, sex, birthDate, birthplace, usedName, usedFirstName, ins] = IMPORT_COLUMNS.map(at) as [
    number, number, number, number, number, number, number, number, number, number,
  ];
  let rowsWithoutIpp = 0;
  for (let r = 1; r < rows.length; r++) if (ipp === -1 || rows.cell(r, ipp).trim() === '') rowsWithoutIpp += 1;
  return {
    length: rows.length - 1,
    rowsWithoutIpp,
    record(i) {
      const { record, line } = rows.row(i + 1);
      const cell = (position: number): string | null => (position === -1 ? null : (record[position] ?? ''));
      return {
        line,
        draft: {
          ipp: cell(ipp),
          birthName: cell(birthName) ?? '',
          birthFirstNames: cell(birthFirstNames) ?? '',
          firstBirthName: cell(firstBirthName),
          sex: cell(sex) ?? '',
          birthDate: cell(birthDate) ?? '',
          birthplaceCog: cell(birthplace) ?? '',
          usedName: cell(usedName),
          usedFirstName: cell(usedFirstName),
          insMatricule: cell(ins),
        },
      };
    },
  };
}

export function readImportCsv(text: string): ImportRecord[] {
  const file = openImportCsv(text);
  return Array.from({ length: file.length }, (_, i) => file.record(i));
}
