// Import tests: the `import --dry-run --json` contract on the reference example, real writes with their
// journal, refusal of a file imported twice, and resumption after a crash between batches.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CogReference } from '../../core/cog/model.js';
import type { Db } from '../connection.js';
import { appendJournal, createJournalAppender, verifyJournal } from '../journal/index.js';
import { loadCogReference } from '../reference/cog-load.js';
import { runImport, type ImportOptions } from './run-import.js';
import { dbWithCog } from './test-support.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const csv = readFileSync(path.join(here, 'fixtures/import-example.csv'), 'utf8');
const expected = JSON.parse(readFileSync(path.join(here, 'fixtures/import-example.expected.json'), 'utf8'));

let cog: CogReference;
const freshDb = dbWithCog;
beforeAll(() => {
  const db = freshDb();
  cog = loadCogReference(db);
});

const options = (over: Partial<ImportOptions> = {}): ImportOptions => ({
  dryRun: false,
  fileName: 'import-example.csv',
  cog,
  now: () => '2026-11-23T08:00:00.000Z',
  today: '2026-11-23',
  operator: 'import-cli',
  workstation: 'POSTE-TEST',
  ...over,
});
const count = (db: Db, sql: string) => (db.prepare(sql).get() as { n: number }).n;

describe('import --dry-run contract', () => {
  it('matches the reference example row by row and field by field', () => {
    const db = freshDb();
    const outcome = runImport(db, csv, options({ dryRun: true }));
    expect(outcome.summary).toEqual(expected.summary);
    expect(outcome.rows).toHaveLength(expected.rows.length);
    outcome.rows.forEach((row, i) => {
      const want = expected.rows[i];
      expect(row.row).toBe(want.row);
      expect(row.ok).toBe(want.ok);
      expect(row.identity).toEqual(want.identity);
      expect(row.errors.map((e) => e.field)).toEqual(want.errors.map((e: { field: string }) => e.field));
      expect(row.warnings.map((w) => w.field)).toEqual(want.warnings.map((w: { field: string }) => w.field));
    });
    expect(outcome.rows[2]!.errors[0]!.message).toContain('2');
    expect(outcome.rows[3]!.warnings[0]!.message).toContain('20020');
    expect(outcome.rows[4]!.errors[0]!.message).toMatch(/30 février/);
    expect(count(db, 'SELECT count(*) n FROM identities')).toBe(0);
  });
});

describe('import', () => {
  it('writes the valid rows with their journal entries and INS, and refuses the same file twice', () => {
    const db = freshDb();
    const outcome = runImport(db, csv, options());
    expect(outcome.written).toBe(3);
    expect(count(db, "SELECT count(*) n FROM identities WHERE traits_source = 'import' AND status = 'provisoire'")).toBe(3);
    expect(count(db, "SELECT count(*) n FROM journal WHERE action = 'identity.import'")).toBe(3);
    expect(count(db, "SELECT count(*) n FROM ins WHERE matricule = '160012B02077713' AND source = 'import'")).toBe(1);
    expect(verifyJournal(db).ok).toBe(true);
    const again = runImport(db, csv, options());
    expect(again).toMatchObject({ alreadyImported: true, written: 0 });
    expect(count(db, 'SELECT count(*) n FROM identities')).toBe(3);
  });

  it('resumes after a crash between batches without importing anyone twice', () => {
    const db = freshDb();
    expect(() =>
      runImport(db, csv, options({ batchSize: 2, onProgress: (done) => { if (done === 2) throw new Error('coupure'); } })),
    ).toThrow('coupure');
    expect(count(db, 'SELECT count(*) n FROM identities')).toBe(2);
    const resumed = runImport(db, csv, options({ batchSize: 2 }));
    expect(resumed).toMatchObject({ resumedFrom: 2, written: 1 });
    expect(count(db, 'SELECT count(*) n FROM identities')).toBe(3);
    expect(count(db, "SELECT count(*) n FROM journal WHERE action = 'identity.import'")).toBe(3);
  });

  it('rejects a row whose IPP already exists in the base, and a file without the required columns', () => {
    const db = freshDb();
    runImport(db, csv, options());
    const other = csv.replace('E02;Nguyen', 'E02;Nguyenne');
    const outcome = runImport(db, other, options({ dryRun: true }));
    expect(outcome.rows[0]).toMatchObject({ ok: false, errors: [{ field: 'ipp', code: 'ipp_exists' }] });
    expect(() => runImport(db, 'ipp;nom_naissance\nA;B\n', options())).toThrow(/obligatoire/);
  });
});

describe('import journal (bulk appender)', () => {
  it('chains its entries after existing ones, across batches, and verifyJournal passes', () => {
    const db = freshDb();
    const entry = (id: number) => ({
      at: '2026-11-23T07:00:00.000Z', operator: 'x', workstation: 'w', action: 'identity.import' as const,
      entity: 'identity' as const, entityId: id, reason: null, changes: [],
    });
    appendJournal(db, entry(0));
    runImport(db, csv, options({ batchSize: 2 }));
    appendJournal(db, entry(99));
    const seqs = db.prepare('SELECT seq FROM journal ORDER BY seq').pluck().all();
    expect(seqs).toEqual([1, 2, 3, 4, 5]);
    expect(verifyJournal(db)).toMatchObject({ ok: true, entries: 5 });
  });

  it('writes the same rows as appendJournal would', () => {
    const a = freshDb();
    const b = freshDb();
    const e = (n: number) => ({
      at: `2026-11-23T07:00:0${n}.000Z`, operator: 'x', workstation: 'w', action: 'identity.import' as const,
      entity: 'identity' as const, entityId: n, reason: null, changes: [{ field: 'birthName', before: null, after: `N${n}` }], data: { line: n },
    });
    for (const n of [1, 2, 3]) appendJournal(a, e(n));
    b.transaction(() => {
      const append = createJournalAppender(b);
      for (const n of [1, 2, 3]) append(e(n));
    })();
    const rows = (db: Db) => db.prepare('SELECT * FROM journal ORDER BY seq').all();
    expect(rows(b)).toEqual(rows(a));
    expect(() => createJournalAppender(b)).toThrow(/transaction/);
  });
});

describe('import — generated IPPs', () => {
  it('never gives a row without IPP an IPP that a later row of the file carries', () => {
    const db = freshDb();
    const file = [
      'ipp;nom_naissance;prenoms_naissance;premier_prenom_naissance;sexe;date_naissance;lieu_naissance',
      ';Martin;Jean;Jean;M;12/03/1980;75056',
      ';Durand;Marie;Marie;F;01/02/1975;75056',
      'P0000001;Petit;Luc;Luc;M;05/06/1990;75056',
    ].join('\n');
    const outcome = runImport(db, file, options({ fileName: 'ipp.csv' }));
    expect(outcome.summary).toEqual({ total: 3, ok: 3, rejected: 0 });
    expect(db.prepare('SELECT ipp, birth_name FROM identities ORDER BY id').all()).toEqual([
      { ipp: 'P0000002', birth_name: 'MARTIN' },
      { ipp: 'P0000003', birth_name: 'DURAND' },
      { ipp: 'P0000001', birth_name: 'PETIT' },
    ]);
  });
});
