// Imports a lab's existing patient base from CSV: validates every row with the identity rules (a large
// file from the CLI in a worker thread, ahead of the writes: validated-rows.ts), then (unless dry-run)
// writes the valid ones in batches, one transaction per batch, each identity with its journal entry;
// resumable after a crash (import_runs), never half-imports a row. Bulk settings: large
// batches (fewer fsyncs; grown, with indexes suspended, while the base is small next to the file:
// batch-plan.ts), rows written many per INSERT with the journal chained in memory (batch-writer.ts),
// the search index built once per batch, a big page cache. Pipeline and figures: README.md.
import { createHash } from 'node:crypto';
import type { CogReference } from '../../core/cog/model.js';
import type { Db } from '../connection.js';
import { ippExists } from '../repos/identities.js';
import { withBulkPragmas } from '../seed/bulk-pragmas.js';
import { withDeferredSearchIndex } from '../search/bulk.js';
import { BULK_DEFERRABLE_INDEXES, withDeferredIndexes } from '../search/bulk-indexes.js';
import { nextBatch } from './batch-plan.js';
import { createImportBatchWriter } from './batch-writer.js';
import { advanceImportRun, findImportRun, finishImportRun, startImportRun } from './import-runs.js';
import { startImportValidation, type ImportValidation, type ValidatedRows } from './validated-rows.js';
import type { ImportRowResult } from './validate-records.js';

export interface ImportOptions {
  dryRun: boolean;
  fileName: string;
  cog: CogReference;
  now: () => string;
  today: string;
  operator: string;
  workstation: string;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /**
   * Rows kept in the outcome: every one (default; the `--json` report), or only those with an error
   * or a warning (the text report) — a large file then keeps almost nothing per row.
   */
  keepRows?: 'all' | 'issues';
  /**
   * The file's validation, started by the caller (the CLI starts its worker before opening the base);
   * by default it runs in this thread, started here.
   */
  validation?: ImportValidation;
}

export interface ImportOutcome {
  rows: ImportRowResult[];
  summary: { total: number; ok: number; rejected: number };
  written: number;
  resumedFrom: number;
  alreadyImported: boolean;
}

/** Search-index texts of the batch being written (in memory: temp_store is set by the bulk pragmas). */
const INDEX_TEXTS_TABLE = 'temp.import_index_texts';

function rejectExistingIpp(row: ImportRowResult): void {
  row.ok = false;
  row.identity = null;
  row.errors.push({ field: 'ipp', code: 'ipp_exists', message: `L'IPP est déjà attribué dans la base : ligne non importée` });
}

export function runImport(db: Db, text: string, opts: ImportOptions): ImportOutcome {
  const validation = opts.validation ?? startImportValidation(text, { today: opts.today, dryRun: opts.dryRun, fileName: opts.fileName, inWorker: false });
  try {
    // The worker's prepared writes name the file: they must be the import's own.
    const { start } = validation;
    if (start.today !== opts.today || start.dryRun !== opts.dryRun || start.fileName !== opts.fileName) {
      throw new Error("Import : la validation a été démarrée avec d'autres options que l'import.");
    }
    return importRows(db, text, validation.rows(opts.cog), opts);
  } finally {
    validation.close();
  }
}

/**
 * Rows are taken from the source in file order and written as they come (a worker validates ahead).
 * Each row is checked against the base just before it is written: the same result as checking them
 * all first, since the only IPPs this import has written by then are those of earlier rows, which a
 * later row cannot carry (it would be a duplicate in the file), and no generated one (see `fileIpps`).
 */
function importRows(db: Db, text: string, source: ValidatedRows, opts: ImportOptions): ImportOutcome {
  const sha = createHash('sha256').update(text).digest('hex');
  const previous = findImportRun(db, sha);
  const total = source.total;
  const rows: ImportRowResult[] = [];
  let ok = 0;
  const keep = (row: ImportRowResult) => {
    if (row.ok) ok += 1;
    if (opts.keepRows !== 'issues' || row.errors.length > 0 || row.warnings.length > 0) rows.push(row);
    return row;
  };
  const outcome = (written: number, resumedFrom: number, alreadyImported: boolean): ImportOutcome => ({
    rows,
    summary: { total, ok, rejected: total - ok },
    written,
    resumedFrom,
    alreadyImported,
  });
  if (previous?.finishedAt) {
    for (let r = 0; r < total; r++) keep(source.next());
    return outcome(0, 0, true);
  }

  const resumeAt = previous?.nextRow ?? 0;
  // Rows committed by an interrupted run are in the base already: their IPP is expected to exist.
  // An empty base (no identity, no IPP alias) has none to look up.
  const checkBase = db.prepare('SELECT EXISTS (SELECT 1 FROM identities) OR EXISTS (SELECT 1 FROM ipp_aliases)').pluck().get() !== 0;
  const admit = (r: number, row: ImportRowResult) => {
    if (checkBase && r >= resumeAt && row.ok && row.identity?.ipp && ippExists(db, row.identity.ipp)) rejectExistingIpp(row);
    return keep(row);
  };
  if (opts.dryRun) {
    for (let r = 0; r < total; r++) admit(r, source.next());
    return outcome(0, resumeAt, false);
  }

  const run = previous ?? startImportRun(db, { fileSha256: sha, fileName: opts.fileName, totalRows: total, startedAt: opts.now(), operator: opts.operator, workstation: opts.workstation });
  // A row without an IPP gets a generated one; it must not take an IPP that a later row of the file
  // carries: then every row is validated and checked before the first is written.
  let admitted: ImportRowResult[] | null = null;
  const fileIpps = new Set<string>();
  if (source.withoutIpp > 0) {
    admitted = [];
    for (let r = 0; r < total; r++) admitted.push(admit(r, source.next()));
    for (const row of admitted) if (row.ok && row.identity?.ipp) fileIpps.add(row.identity.ipp);
  } else {
    for (let r = 0; r < resumeAt; r++) admit(r, source.next());
  }
  const rowAt = (r: number) => (admitted ? admitted[r]! : admit(r, source.next()));
  // Rows validated ahead in the worker come with their write prepared; the writer prepares the others.
  const preparedOf = () => (admitted ? null : source.prepared);
  let written = 0;
  const indexed = { texts: INDEX_TEXTS_TABLE };
  const writeBatch = db.transaction((from: number, to: number, deferIndexes: boolean) => {
    withDeferredIndexes(db, deferIndexes ? BULK_DEFERRABLE_INDEXES : [], () =>
      withDeferredSearchIndex(db, () => {
        const writer = createImportBatchWriter(db, {
          at: opts.now(), operator: opts.operator, workstation: opts.workstation, fileName: opts.fileName, fileIpps, indexTextsTable: INDEX_TEXTS_TABLE,
        });
        for (let r = from; r < to; r++) {
          const row = rowAt(r);
          if (!row.ok || !row.identity) continue;
          writer.write(row.identity, row.row, preparedOf());
          written += 1;
        }
        writer.flush();
        advanceImportRun(db, run.id, to);
      }, indexed),
    );
    db.exec(`DELETE FROM ${INDEX_TEXTS_TABLE}`);
  });
  const existing = db.prepare('SELECT count(*) FROM identities').pluck().get() as number;
  try {
    withBulkPragmas(db, () => {
      // Created once the bulk pragmas are set: changing temp_store drops the temporary tables.
      db.exec(`CREATE TEMP TABLE IF NOT EXISTS ${INDEX_TEXTS_TABLE} (id INTEGER PRIMARY KEY, terms TEXT NOT NULL, keys TEXT NOT NULL)`);
      for (let from = resumeAt; from < total; ) {
        const { to, deferIndexes } = nextBatch(from, total, existing + written, opts.batchSize);
        writeBatch.immediate(from, to, deferIndexes);
        opts.onProgress?.(to, total);
        from = to;
      }
    });
  } finally {
    if (db.open) db.exec(`DROP TABLE IF EXISTS ${INDEX_TEXTS_TABLE}`);
  }
  finishImportRun(db, run.id, opts.now());
  return outcome(written, resumeAt, false);
}
