// Reads an import CSV (UTF-8, BOM tolerated, `;` or `,` detected from the header) into records keyed by
// the contract's column names, each with its line number in the file (header = line 1).
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

export function readImportCsv(text: string): ImportRecord[] {
  const content = text.replace(/^\uFEFF/, '');
  const firstLine = content.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.trim() === '') throw new ImportFileError("Le fichier est vide ou n'a pas d'en-tête.");
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(content, {
      delimiter: detectDelimiter(firstLine),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new ImportFileError(`Fichier CSV illisible : ${error instanceof Error ? error.message : String(error)}`);
  }
  const [headerRow, ...dataRows] = rows;
  if (!headerRow) throw new ImportFileError("Le fichier est vide ou n'a pas d'en-tête.");
  const index = headerIndex(headerRow.record);
  const cell = (record: string[], column: ImportColumn): string | null => {
    const position = index.get(column);
    return position === undefined ? null : (record[position] ?? '');
  };
  // csv-parse reports the line a record ends on; a quoted field may span lines, so step back over them.
  const startLine = (record: string[], endLine: number) =>
    endLine - record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
  return dataRows.map(({ record, info }) => ({
    line: startLine(record, info.lines),
    draft: {
      ipp: cell(record, 'ipp'),
      birthName: cell(record, 'nom_naissance') ?? '',
      birthFirstNames: cell(record, 'prenoms_naissance') ?? '',
      firstBirthName: cell(record, 'premier_prenom_naissance'),
      sex: cell(record, 'sexe') ?? '',
      birthDate: cell(record, 'date_naissance') ?? '',
      birthplaceCog: cell(record, 'lieu_naissance') ?? '',
      usedName: cell(record, 'nom_utilise'),
      usedFirstName: cell(record, 'prenom_utilise'),
      insMatricule: cell(record, 'matricule_ins'),
    },
  }));
}
