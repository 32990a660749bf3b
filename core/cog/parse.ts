// Turns the INSEE COG CSV records (already split into header-keyed objects) into places, events and labels.
// Throws on a record that lacks a required column: a truncated or reshaped file must not load silently.
import { foldName } from './fold.js';
import type { CogEvent, CogLabel, CogPlace } from './model.js';

export type CsvRecord = Readonly<Record<string, string | undefined>>;

function field(record: CsvRecord, column: string): string {
  const value = record[column];
  if (value === undefined) throw new Error(`Colonne ${column} absente de l'enregistrement COG`);
  return value.trim();
}

function required(record: CsvRecord, column: string): string {
  const value = field(record, column);
  if (value === '') throw new Error(`Colonne ${column} vide dans l'enregistrement COG`);
  return value;
}

const orNull = (value: string): string | null => (value === '' ? null : value);

/** Département of a commune code: 3 characters overseas (971–989), else 2 ('2A', '75'). */
export function departementOf(code: string): string {
  return code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2);
}

/** Territory prefix of an overseas commune code: 91–96 (Algeria, Morocco, Tunisia before independence), else 3 chars. */
function territoryOf(code: string): string {
  return /^9[1-6]/.test(code) ? code.slice(0, 2) : code.slice(0, 3);
}

function place(code: string, kind: CogPlace['kind'], name: string, validFrom: string, validTo: string | null, context: string | null): CogPlace {
  return { code, kind, name, nameKey: foldName(name), validFrom, validTo, context };
}

/** v_commune_depuis_1943: COM and ARM periods. */
export function parseCommuneRecord(record: CsvRecord): CogPlace {
  const code = required(record, 'COM');
  const kind = required(record, 'TYPECOM') === 'ARM' ? 'arrondissement' : 'commune';
  return place(code, kind, required(record, 'LIBELLE'), required(record, 'DATE_DEBUT'), orNull(field(record, 'DATE_FIN')), departementOf(code));
}

/** v_commune_outremer_depuis_1943: former Algeria/Morocco/Tunisia, Mayotte before 2011, overseas collectivities. */
export function parseOutremerRecord(record: CsvRecord): CogPlace {
  const code = required(record, 'COM_COMER');
  return place(code, 'commune-outremer', required(record, 'LIBELLE'), required(record, 'DATE_DEBUT'), orNull(field(record, 'DATE_FIN')), territoryOf(code));
}

/** v_pays_et_territoire_depuis_1943: 99XXX countries and territories with their periods. */
export function parseCountryRecord(record: CsvRecord): CogPlace {
  return place(required(record, 'COG'), 'pays', required(record, 'LIBCOG'), required(record, 'DATE_DEBUT'), orNull(field(record, 'DATE_FIN')), orNull(field(record, 'CRPAY')));
}

/** v_mvt_commune: one before → after pair. A side may be empty ('' type and code): creation from nothing, deletion. */
export function parseEventRecord(record: CsvRecord): CogEvent {
  const mod = Number(required(record, 'MOD'));
  if (!Number.isInteger(mod)) throw new Error(`MOD invalide dans v_mvt_commune : ${field(record, 'MOD')}`);
  const event: CogEvent = {
    mod,
    date: required(record, 'DATE_EFF'),
    beforeType: field(record, 'TYPECOM_AV'),
    beforeCode: field(record, 'COM_AV'),
    beforeName: field(record, 'LIBELLE_AV'),
    afterType: field(record, 'TYPECOM_AP'),
    afterCode: field(record, 'COM_AP'),
    afterName: field(record, 'LIBELLE_AP'),
  };
  if (event.beforeCode === '' && event.afterCode === '') throw new Error(`Évènement COG sans commune (MOD ${mod}, ${event.date})`);
  return event;
}

/** v_departement_2026. */
export function parseDepartementRecord(record: CsvRecord): CogLabel {
  return { category: 'departement', code: required(record, 'DEP'), name: required(record, 'LIBELLE'), target: null };
}

/** v_tom_depuis_1943 and v_comer_2026: names of the territories overseas communes belong to (95 Maroc, 987 Polynésie française…). */
export function parseTerritoryRecord(record: CsvRecord): CogLabel {
  return { category: 'territoire', code: required(record, 'COMER'), name: required(record, 'LIBELLE'), target: null };
}

/** v_codes_extension_2026: RNIPP extension codes (NIR only, not COG) → the COG code they stand for. */
export function parseExtensionRecord(record: CsvRecord): CogLabel {
  return { category: 'extension', code: required(record, 'CODE_EXT'), name: required(record, 'LIBGEO'), target: required(record, 'CODE_GEO') };
}
