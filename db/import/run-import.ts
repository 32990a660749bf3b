// Imports a lab's existing patient base from CSV: validates every row with the identity rules, then
// (unless dry-run) writes the valid ones in batches, one transaction per batch, each identity with its
// journal entry; resumable after a crash (import_runs), never half-imports a row. Bulk settings: large
// batches (fewer fsyncs; grown, with indexes suspended, while the base is small next to the file:
// batch-plan.ts), rows written many per INSERT with the journal chained in memory (batch-writer.ts),
// the search index built once per batch, a big page cache. Pipeline and figures: README.md.
import { createHash } from 'node:crypto';
import type { CogReference } from '../../core/cog/model.js';
import { checkBirthplace } from '../../core/cog/check.js';
import type { BirthplaceChecker } from '../../core/identity/types.js';
import type { Db } from '../connection.js';
import { ippExists } from '../repos/identities.js';
import { withBulkPragmas } from '../seed/bulk-pragmas.js';
import { withDeferredSearchIndex } from '../search/bulk.js';
import { BULK_DEFERRABLE_INDEXES, withDeferredIndexes } from '../search/bulk-indexes.js';
import { nextBatch } from './batch-plan.js';
import { createImportBatchWriter } from './batch-writer.js';
import { readImportCsv } from './csv-records.js';
import { advanceImportRun, findImportRun, finishImportRun, startImportRun } from './import-runs.js';
import { summarize, validateImportRecords, type ImportRowResult } from './validate-records.js';

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
}

export interface ImportOutcome {
  rows: ImportRowResult[];
  summary: { total: number; ok: number; rejected: number };
  written: number;
  resumedFrom: number;
  alreadyImported: boolean;
}

// The flag birthDateCorrected already says it; the contract's row shows no warning for it.
const HIDDEN_WARNINGS = new Set(['corrected']);

/**
 * A file names the same birthplaces on the same dates again and again (a town's maternity): each
 * (code, date) is checked once. Bounded, so an odd file cannot grow it without limit.
 */
function memoBirthplaceCheck(check: BirthplaceChecker): BirthplaceChecker {
  const known = new Map<string, ReturnType<BirthplaceChecker>>();
  return (code, date) => {
    const key = `${code}|${date ?? ''}`;
    let result = known.get(key);
    if (result === undefined) {
      result = check(code, date);
      if (known.size >= 200_000) known.clear();
      known.set(key, result);
    }
    return result;
  };
}

function rejectExistingIpp(row: ImportRowResult): void {
  row.ok = false;
  row.identity = null;
  row.errors.push({ field: 'ipp', code: 'ipp_exists', message: `L'IPP est déjà attribué dans la base : ligne non importée` });
}

export function runImport(db: Db, text: string, opts: ImportOptions): ImportOutcome {
  const records = readImportCsv(text);
  const rows = validateImportRecords(records, {
    todayIso: opts.today,
    checkBirthplace: memoBirthplaceCheck((code, date) => checkBirthplace(opts.cog, code, date)),
  });
  for (const row of rows) {
    if (row.warnings.some((w) => HIDDEN_WARNINGS.has(w.code))) row.warnings = row.warnings.filter((w) => !HIDDEN_WARNINGS.has(w.code));
  }
  const sha = createHash('sha256').update(text).digest('hex');
  const previous = findImportRun(db, sha);
  const outcome = (written: number, resumedFrom: number, alreadyImported: boolean): ImportOutcome => ({
    rows,
    summary: summarize(rows),
    written,
    resumedFrom,
    alreadyImported,
  });
  if (previous?.finishedAt) return outcome(0, 0, true);

  const resumeAt = previous?.nextRow ?? 0;
  // Rows committed by an interrupted run are in the base already: their IPP is expected to exist.
  // An empty base (no identity, no IPP alias) has none to look up.
  if (db.prepare('SELECT EXISTS (SELECT 1 FROM identities) OR EXISTS (SELECT 1 FROM ipp_aliases)').pluck().get()) {
    for (let r = resumeAt; r < rows.length; r++) {
      const row = rows[r]!;
      if (row.ok && row.identity?.ipp && ippExists(db, row.identity.ipp)) rejectExistingIpp(row);
    }
  }
  if (opts.dryRun) return outcome(0, resumeAt, false);

  const run = previous ?? startImportRun(db, { fileSha256: sha, fileName: opts.fileName, totalRows: rows.length, startedAt: opts.now(), operator: opts.operator, workstation: opts.workstation });
  // A row without an IPP gets a generated one; it must not take an IPP that a later row of the file carries.
  const fileIpps = new Set<string>();
  for (const row of rows) if (row.ok && row.identity?.ipp) fileIpps.add(row.identity.ipp);
  let written = 0;
  const writeBatch = db.transaction((from: number, to: number, deferIndexes: boolean) =>
    withDeferredIndexes(db, deferIndexes ? BULK_DEFERRABLE_INDEXES : [], () =>
      withDeferredSearchIndex(db, () => {
        const writer = createImportBatchWriter(db, { at: opts.now(), operator: opts.operator, workstation: opts.workstation, fileName: opts.fileName, fileIpps });
        for (let r = from; r < to; r++) {
          const row = rows[r]!;
          if (!row.ok || !row.identity) continue;
          writer.write(row.identity, row.row);
          written += 1;
        }
        writer.flush();
        advanceImportRun(db, run.id, to);
      }),
    ),
  );
  const existing = db.prepare('SELECT count(*) FROM identities').pluck().get() as number;
  withBulkPragmas(db, () => {
    for (let from = resumeAt; from < rows.length; ) {
      const { to, deferIndexes } = nextBatch(from, rows.length, existing + written, opts.batchSize);
      writeBatch.immediate(from, to, deferIndexes);
      opts.onProgress?.(to, rows.length);
      from = to;
    }
  });
  finishImportRun(db, run.id, opts.now());
  return outcome(written, resumeAt, false);
}
