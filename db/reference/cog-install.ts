// installCogReference: loads the INSEE COG assets into the reference tables in one transaction, skipped when
// ref_meta already holds the same assets version, reloaded from scratch when the files changed.
import type Database from 'better-sqlite3';
import {
  parseCommuneRecord,
  parseCountryRecord,
  parseDepartementRecord,
  parseEventRecord,
  parseExtensionRecord,
  parseOutremerRecord,
  parseTerritoryRecord,
} from '../../core/cog/parse.js';
import type { CogEvent, CogLabel, CogPlace } from '../../core/cog/model.js';
import { assetsVersion, COG_FILES, type CogFileKey, parseCsv, readCogFile } from './cog-files.js';
import { ensureCogTables } from './cog-tables.js';

export interface CogInstallResult {
  version: string;
  places: number;
  events: number;
  /** False when the same version was already installed. */
  installed: boolean;
  tookMs: number;
}

const VERSION_KEY = 'cog.version';

export function installedCogVersion(db: Database.Database): string | null {
  ensureCogTables(db);
  const row = db.prepare('SELECT value FROM ref_meta WHERE key = ?').get(VERSION_KEY) as { value: string } | undefined;
  return row?.value ?? null;
}

export function installCogReference(db: Database.Database, assetsDir: string): CogInstallResult {
  const started = performance.now();
  const files = new Map<string, Buffer>();
  for (const key of Object.keys(COG_FILES) as CogFileKey[]) files.set(COG_FILES[key], readCogFile(assetsDir, key));
  const version = assetsVersion(files);
  const content = (key: CogFileKey): Buffer => files.get(COG_FILES[key]) ?? Buffer.alloc(0);

  if (installedCogVersion(db) === version) {
    const count = (table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { version, places: count('ref_cog_place'), events: count('ref_cog_event'), installed: false, tookMs: performance.now() - started };
  }

  const places: CogPlace[] = [
    ...parseCsv(content('communes')).map(parseCommuneRecord),
    ...parseCsv(content('outremer')).map(parseOutremerRecord),
    ...parseCsv(content('countries')).map(parseCountryRecord),
  ];
  const events = parseCsv(content('events')).map(parseEventRecord);
  // Collectivities last: their 2026 names override the historical territory names of the same code.
  const labels: CogLabel[] = [
    ...parseCsv(content('departements')).map(parseDepartementRecord),
    ...parseCsv(content('territories')).map(parseTerritoryRecord),
    ...parseCsv(content('collectivities')).map(parseTerritoryRecord),
    ...parseCsv(content('extensions')).map(parseExtensionRecord),
  ];
  db.transaction(() => writeReference(db, version, places, events, labels))();
  return { version, places: places.length, events: events.length, installed: true, tookMs: performance.now() - started };
}

function writeReference(db: Database.Database, version: string, places: CogPlace[], events: CogEvent[], labels: CogLabel[]): void {
  db.exec('DELETE FROM ref_cog_place; DELETE FROM ref_cog_event; DELETE FROM ref_cog_label;');
  const insertPlace = db.prepare(
    'INSERT INTO ref_cog_place (code, kind, name, name_key, valid_from, valid_to, context) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const p of places) insertPlace.run(p.code, p.kind, p.name, p.nameKey, p.validFrom, p.validTo, p.context);
  const insertEvent = db.prepare(
    `INSERT INTO ref_cog_event (mod, date, before_type, before_code, before_name, after_type, after_code, after_name)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const e of events) insertEvent.run(e.mod, e.date, e.beforeType, e.beforeCode, e.beforeName, e.afterType, e.afterCode, e.afterName);
  const insertLabel = db.prepare('INSERT OR REPLACE INTO ref_cog_label (category, code, name, target) VALUES (?, ?, ?, ?)');
  for (const l of labels) insertLabel.run(l.category, l.code, l.name, l.target);
  db.prepare('INSERT OR REPLACE INTO ref_meta (key, value) VALUES (?, ?)').run(VERSION_KEY, version);
}
