// The validation worker gives exactly what validating in this thread gives: same row results (so the
// same `--json` bytes), same rows written with the same journal hashes, same import run; a refused file
// and a failing worker end the import with a French error.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CogReference } from '../../core/cog/model.js';
import type { Db } from '../connection.js';
import { verifyJournal } from '../journal/index.js';
import { loadCogReference } from '../reference/cog-load.js';
import { ImportFileError } from './csv-records.js';
import { runImport, type ImportOptions } from './run-import.js';
import { dbWithCog } from './test-support.js';
import { DRY_RUN_WORKER_MIN_ROWS, startImportValidation, WORKER_MIN_ROWS, type ImportValidation } from './validated-rows.js';

const HEADER = 'ipp;nom_naissance;prenoms_naissance;premier_prenom_naissance;sexe;date_naissance;lieu_naissance;nom_utilise;prenom_utilise;matricule_ins';

/** A letters-only name for i (names may not hold digits). */
const letters = (i: number) => {
  let s = '';
  for (let n = i; s.length < 4 || n > 0; n = Math.floor(n / 26)) s += String.fromCharCode(65 + (n % 26));
  return s;
};

/**
 * More rows than the worker threshold, not a whole number of worker chunks, with what a lab file
 * holds: lower case and accents, incomplete dates, unknown and outdated birthplaces, duplicate IPPs,
 * wrong dates and names, used names, one INS; every `blankIppEvery`th row without IPP.
 */
function labFile(rows: number, blankIppEvery = 0): string {
  const lines = [HEADER];
  for (let i = 1; i <= rows; i++) {
    let name = letters(i);
    let firsts = `${letters(i * 7)} ANNE`;
    if (i % 7 === 0) [name, firsts] = [name.toLowerCase().replace(/e/g, 'é'), firsts.toLowerCase().replace(/e/g, 'é')];
    const date = i % 53 === 0 ? '30/02/2001' : i % 13 === 0 ? '00/00/1980' : i % 11 === 0 ? `19${String(i % 90).padStart(2, '0')}-03-04` : `${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/${1930 + (i % 90)}`;
    const place = i % 61 === 0 ? '12345' : i % 89 === 0 ? '2B020' : i % 3 === 0 ? '99243' : '63220';
    // Duplicates of the row before, and of a row far before (across the part a dry run validates here).
    const ipp = blankIppEvery && i % blankIppEvery === 0 ? '' : i % 97 === 0 ? `E${i - 1}` : i % 101 === 0 ? `E${i % 9_000}` : `E${i}`;
    const used = i % 4 === 0 ? letters(i + 3) : i % 43 === 0 ? name : '';
    const ins = i === 2 ? '160012B02077713' : '';
    lines.push([ipp, i % 37 === 0 ? `${name} 2` : name, firsts, i % 5 === 0 ? '' : letters(i * 7), i % 17 === 0 ? 'homme' : i % 2 ? 'F' : 'M', date, place, used, '', ins].join(';'));
  }
  return `${lines.join('\n')}\n`;
}

let cog: CogReference;
const freshDb = dbWithCog;
beforeAll(() => {
  cog = loadCogReference(freshDb());
});

const TODAY = '2026-11-23';
const options = (over: Partial<ImportOptions>): ImportOptions => ({
  dryRun: false, fileName: 'labo.csv', cog, now: () => '2026-11-23T08:00:00.000Z', today: TODAY,
  operator: 'import-cli', workstation: 'POSTE-TEST', ...over,
});
/** Options of an import validated in the worker thread, started as the CLI starts it. */
const inWorker = (text: string, over: Partial<ImportOptions> = {}): ImportOptions => {
  const opts = options(over);
  return { ...opts, validation: startImportValidation(text, { today: opts.today, dryRun: opts.dryRun, fileName: opts.fileName, inWorker: true }) };
};
const tables = (db: Db) => ['identities', 'ins', 'journal', 'import_runs'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());
/** Terms of each search index with the number of identities holding them. */
const vocabulary = (db: Db) =>
  ['identity_search', 'identity_phonetic'].map((table) => {
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_${table} USING fts5vocab(main, ${table}, 'row')`);
    return db.prepare(`SELECT term, doc FROM temp.v_${table} ORDER BY term`).all();
  });

describe('validation in a worker thread', () => {
  const rows = WORKER_MIN_ROWS + 1_234;

  it('yields the same rows, in the same order, as validation in this thread (alone, or sharing the file)', () => {
    // Large enough for a dry run's worker, which shares the file with this thread.
    const text = labFile(DRY_RUN_WORKER_MIN_ROWS + 1_234);
    const drain = (validation: ImportValidation) => {
      try {
        const source = validation.rows(cog);
        return { total: source.total, withoutIpp: source.withoutIpp, rows: Array.from({ length: source.total }, () => source.next()) };
      } finally {
        validation.close();
      }
    };
    const start = { today: TODAY, fileName: 'labo.csv', dryRun: false };
    const local = drain(startImportValidation(text, { ...start, inWorker: false }));
    const worker = drain(startImportValidation(text, { ...start, inWorker: true }));
    // A dry run validates the first part of the file in this thread.
    const shared = drain(startImportValidation(text, { ...start, inWorker: true, dryRun: true }));
    expect(JSON.stringify(worker)).toBe(JSON.stringify(local));
    expect(JSON.stringify(shared)).toBe(JSON.stringify(local));
    expect(local.rows.filter((r) => !r.ok).length).toBeGreaterThan(500);
    expect(local.rows.filter((r) => r.warnings.length > 0).length).toBeGreaterThan(500);
  });

  it.each([
    ['every row with an IPP (written as validated)', 0],
    ['some rows without IPP (all validated first)', 1_000],
  ])('writes the same base and reports the same rows: %s', (_, blankIppEvery) => {
    const text = labFile(rows, blankIppEvery);
    // Both bases already hold the first 150 IPPs of the file: those rows are rejected as they come.
    const baseWithSome = () => {
      const db = freshDb();
      runImport(db, labFile(150), options({ fileName: 'avant.csv' }));
      return db;
    };
    const inThread = baseWithSome();
    const threaded = baseWithSome();
    const expected = runImport(inThread, text, options({ batchSize: 7_000 }));
    const outcome = runImport(threaded, text, inWorker(text, { batchSize: 7_000 }));
    expect(JSON.stringify(outcome)).toBe(JSON.stringify(expected));
    expect(tables(threaded)).toEqual(tables(inThread));
    // Index texts computed by the worker here, by the batch writer there.
    expect(vocabulary(threaded)).toEqual(vocabulary(inThread));
    expect(expected.rows.filter((r) => r.errors.some((e) => e.code === 'ipp_exists')).length).toBeGreaterThan(100);
    expect(verifyJournal(threaded)).toMatchObject({ ok: true });
    // The text report keeps only the rows it prints.
    const issues = runImport(baseWithSome(), text, inWorker(text, { keepRows: 'issues', dryRun: true }));
    expect(issues.rows).toEqual(expected.rows.filter((r) => r.errors.length > 0 || r.warnings.length > 0));
    expect(issues.summary).toEqual(expected.summary);
  });

  it('after a crash between batches, the resumed import writes what an uninterrupted one does', () => {
    const text = labFile(rows);
    const expected = freshDb();
    runImport(expected, text, options({ batchSize: 7_000 }));
    const db = freshDb();
    const crashing = inWorker(text, { batchSize: 7_000, onProgress: (done) => { if (done === 7_000) throw new Error('coupure'); } });
    expect(() => runImport(db, text, crashing)).toThrow('coupure');
    expect(db.prepare('SELECT count(*) FROM import_runs WHERE next_row = 7000').pluck().get()).toBe(1);
    const resumed = runImport(db, text, inWorker(text, { batchSize: 7_000 }));
    expect(resumed.resumedFrom).toBe(7_000);
    expect(tables(db)).toEqual(tables(expected));
  });

  it('refuses a bad header the same way, and stops the import with a French error when the worker fails', () => {
    const badHeader = `ipp;nom\n${'A;B\n'.repeat(WORKER_MIN_ROWS)}`;
    expect(() => runImport(freshDb(), badHeader, inWorker(badHeader))).toThrow(ImportFileError);
    expect(() => runImport(freshDb(), badHeader, inWorker(badHeader))).toThrow(/Colonne inconnue/);
    // A reference the rules cannot read makes the worker throw on its first row.
    const broken = { ...cog, periodsByCode: null } as unknown as CogReference;
    const db = freshDb();
    const text = labFile(rows);
    expect(() => runImport(db, text, inWorker(text, { cog: broken }))).toThrow(
      /le contrôle des lignes du fichier s'est interrompu \(thread de validation\) : TypeError/,
    );
    expect(db.prepare('SELECT count(*) FROM identities').pluck().get()).toBe(0);
  });
});
