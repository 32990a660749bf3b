// A file large enough for the grown, index-suspending batches (batch-plan.ts): a failure inside such a
// batch rolls back its rows and the dropped indexes together; the resumed import completes the base.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection.js';
import { verifyJournal } from '../journal/index.js';
import { installCogReference } from '../reference/cog-install.js';
import { loadCogReference } from '../reference/cog-load.js';
import { BULK_DEFERRABLE_INDEXES } from '../search/bulk-indexes.js';
import { runImport, type ImportOptions } from './run-import.js';

const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/cog');
const ROWS = 60_000;

/** A letters-only name for row i (names may not hold digits). */
const letters = (i: number) => {
  let s = '';
  for (let n = i; s.length < 4 || n > 0; n = Math.floor(n / 26)) s += String.fromCharCode(65 + (n % 26));
  return s;
};

const csv = [
  'ipp;nom_naissance;prenoms_naissance;sexe;date_naissance;lieu_naissance',
  ...Array.from({ length: ROWS }, (_, i) => `P${i};${letters(i)};JEAN ${letters(i * 7)};${i % 2 ? 'F' : 'M'};${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/${1940 + (i % 80)};99999`),
].join('\n');

describe('large import (grown batches, indexes suspended)', () => {
  it('rolls a failing batch back with its indexes, then resumes to the full base', () => {
    const db = openDatabase(':memory:');
    installCogReference(db, assets);
    const cog = loadCogReference(db);
    const indexNames = () => db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name").pluck().all();
    const before = indexNames();
    expect(before).toEqual(expect.arrayContaining(['identities_birth', 'identities_birth_name']));
    let calls = 0;
    const options = (now: () => string): ImportOptions => ({
      dryRun: false, fileName: 'grand.csv', cog, now, today: '2026-11-23', operator: 'import-cli', workstation: 'POSTE-TEST',
    });
    // now() is read by startImportRun, then by each batch after its indexes were dropped.
    let suspended = false;
    const failing = () => {
      calls += 1;
      if (calls === 2) {
        suspended = !indexNames().includes('identities_birth');
        throw new Error('coupure');
      }
      return '2026-11-23T08:00:00.000Z';
    };
    expect(() => runImport(db, csv, options(failing))).toThrow('coupure');
    expect(suspended).toBe(true);
    expect(db.prepare('SELECT count(*) FROM identities').pluck().get()).toBe(0);
    expect(indexNames()).toEqual(before);

    const outcome = runImport(db, csv, options(() => '2026-11-23T08:00:00.000Z'));
    expect(outcome).toMatchObject({ written: ROWS, resumedFrom: 0, summary: { total: ROWS, ok: ROWS, rejected: 0 } });
    expect(indexNames()).toEqual(before);
    for (const name of BULK_DEFERRABLE_INDEXES.filter((n) => before.includes(n))) expect(indexNames()).toContain(name);
    expect(db.prepare("SELECT count(*) FROM identity_search WHERE identity_search MATCH 'JEAN'").pluck().get()).toBe(ROWS);
    expect(verifyJournal(db)).toMatchObject({ ok: true, entries: ROWS });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
