import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBirthplace, compareBirthplaces, describeBirthplace, suggestBirthplaces, type CogReference } from '../../core/cog/index.js';
import { COG_FILES, resolveAssetsDir } from './cog-files.js';
import { installCogReference } from './cog-install.js';
import { loadCogReference } from './cog-load.js';

const assets = resolveAssetsDir({});
// Data rows of the three place files and of the event file (SOURCES.md): 42,333 + 830 + 468 and 13,734.
const PLACES = 42_333 + 830 + 468;
const EVENTS = 13_734;

let db: Database.Database;
let ref: CogReference;
let firstVersion: string;

beforeAll(() => {
  db = new Database(':memory:');
  const result = installCogReference(db, assets);
  firstVersion = result.version;
  expect(result).toMatchObject({ places: PLACES, events: EVENTS, installed: true });
  ref = loadCogReference(db);
});

describe('installCogReference', () => {
  it('creates STRICT tables of its own', () => {
    const sql = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name LIKE 'ref_%' ORDER BY name").all() as { name: string; sql: string }[];
    expect(sql.map((t) => t.name)).toEqual(['ref_cog_event', 'ref_cog_label', 'ref_cog_place', 'ref_meta']);
    for (const t of sql) expect(t.sql).toMatch(/STRICT$/);
  });

  it('skips a reinstall of the same assets', () => {
    const again = installCogReference(db, assets);
    expect(again).toMatchObject({ version: firstVersion, places: PLACES, events: EVENTS, installed: false });
  });

  it('reloads when the assets changed, and reads CRLF files with a BOM', () => {
    const copy = mkdtempSync(join(tmpdir(), 'idv-cog-'));
    for (const file of Object.values(COG_FILES)) copyFileSync(join(assets, file), join(copy, file));
    const communes = readFileSync(join(assets, COG_FILES.communes), 'utf8');
    writeFileSync(join(copy, COG_FILES.communes), '\uFEFF' + communes.replaceAll('\n', '\r\n'));
    const other = new Database(':memory:');
    installCogReference(other, assets);
    const reloaded = installCogReference(other, copy);
    expect(reloaded.version).not.toBe(firstVersion);
    expect(reloaded).toMatchObject({ places: PLACES, events: EVENTS, installed: true });
    expect(checkBirthplace(loadCogReference(other), '2A004', '1990-01-01')).toEqual({ status: 'ok', label: 'Ajaccio (2A)' });
    other.close();
  });

  it('refuses to load before installation', () => {
    expect(() => loadCogReference(new Database(':memory:'))).toThrow(/non installé/);
  });
});

describe('the real COG 2026 reference', () => {
  it.each([
    ['63220', '1985-03-12', { status: 'ok', label: 'Mazoires (63)' }],
    ['03118', '1985-03-12', { status: 'ok', label: 'Gannat (03)' }],
    ['20020', '1960-01-01', { status: 'ok', label: 'Aregno (20)' }],
    ['2A004', '2024-01-01', { status: 'ok', label: 'Ajaccio (2A)' }],
    ['74011', '2016-12-31', { status: 'ok', label: 'Annecy-le-Vieux (74)' }],
    ['99109', '1995-01-01', { status: 'ok', label: 'Allemagne' }],
    ['99999', '1995-01-01', { status: 'ok', label: 'INCONNU' }],
    ['12345', null, { status: 'unknown_code', message: "Le code 12345 n'existe pas dans le Code officiel géographique" }],
  ])('check %s on %s', (code, date, expected) => {
    expect(checkBirthplace(ref, code, date)).toEqual(expected);
  });

  it.each([
    ['2B020', '1960-01-01', '20020', "Le code 2B020 (Aregno) n'était pas en vigueur le 01/01/1960 : le code de cette commune était alors 20020 (Aregno)"],
    ['74011', '2017-01-01', '74010', "Le code 74011 (Annecy-le-Vieux) n'était pas en vigueur le 01/01/2017 : le code de cette commune était alors 74010 (Annecy)"],
    ['92044', '1960-01-01', '75044', "Le code 92044 (Levallois-Perret) n'était pas en vigueur le 01/01/1960 : le code de cette commune était alors 75044 (Levallois-Perret)"],
  ])('check %s on %s proposes %s', (code, date, suggestedCode, message) => {
    expect(checkBirthplace(ref, code, date)).toEqual({ status: 'not_valid_at_date', label: expect.any(String), message, suggestedCode });
  });

  it('calls XYZ malformed', () => {
    expect(checkBirthplace(ref, 'XYZ', null).status).toBe('malformed');
  });

  it.each([
    ['gannat', null, '03118', 0],
    ['ajaccio', '1960-01-01', '20004', 0],
    ['ajaccio', '1990-01-01', '2A004', 0],
    ['st etienne', '1980-01-01', '42218', 0],
    ['saint-étienne', null, '42218', 0],
    ['allem', null, '99109', 9],
    ['99999', null, '99999', 0],
    ['inconnu', null, '99999', 0],
    ['2A004', null, '2A004', 0],
    ['paris 75', '1980-01-01', '75056', 0],
  ])('suggest %s (%s) has %s within the first %d+1', (query, date, code, maxIndex) => {
    const list = suggestBirthplaces(ref, query, date, 10).map((s) => s.code);
    expect(list.indexOf(code)).toBeGreaterThanOrEqual(0);
    expect(list.indexOf(code)).toBeLessThanOrEqual(maxIndex);
  });

  it("surfaces Annecy's merged communes for a birth before 2017", () => {
    const list = suggestBirthplaces(ref, 'annecy', '1990-01-01', 10);
    expect(list[0]).toMatchObject({ code: '74010', validAtBirth: true });
    expect(list.find((s) => s.code === '74093')).toMatchObject({ label: 'Cran-Gevrier', detail: "Haute-Savoie (74) ; ancienne commune, aujourd'hui Annecy" });
  });

  it('describes and compares across history', () => {
    expect(describeBirthplace(ref, '20004', '1960-01-01')).toEqual({ code: '20004', label: 'Ajaccio (20)', currentLabel: 'Ajaccio (2A)', kind: 'commune' });
    expect(compareBirthplaces(ref, '20020', '2B020', '1960-01-01').verdict).toBe('historique');
    expect(compareBirthplaces(ref, '74011', '74010', '1990-01-01').verdict).toBe('historique');
    expect(compareBirthplaces(ref, '63220', '03118', '1990-01-01').verdict).toBe('different');
  });
});
