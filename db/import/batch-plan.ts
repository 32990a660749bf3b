// Batch plan of an import: one transaction per batch (a crash loses that batch only; import_runs
// resumes after the last committed one). A large file (≥ BULK_INDEX_MIN_ROWS rows left) is written in
// batches as large as the base (at least BULK_INDEX_MIN_ROWS, at most MAX_GROWN_BATCH): each commit
// rewrites every index page its rows touched, and 20,000 random keys touch nearly every page of a
// million-row index, so a batch of the base's size pays that once per doubling instead of every 20,000
// rows. A batch at least as large as the base also suspends the secondary indexes inside its own
// transaction (db/search/bulk-indexes.ts): one sort instead of a random page update per row, and a
// crash rolls the drop back with the rows. The rows left after a batch join it when they could not
// suspend the indexes on their own (fewer than the base would then hold): a million rows into an
// empty base go 50k, 50k, 100k, 200k, 600k, every batch with its indexes suspended.
import { BULK_INDEX_MIN_ROWS, worthDeferringIndexes } from '../search/bulk-indexes.js';

/** Rows per transaction otherwise: one fsync per batch stays cheap, and a crash loses one batch at most. */
export const DEFAULT_BATCH_ROWS = 20_000;
/**
 * Largest grown batch: bounds what a crash can lose (about a minute of work) and what one transaction
 * holds in the bulk load's page cache (1 GiB, db/seed/bulk-pragmas.ts: a million imported rows with
 * their journal entries take about 0.9 GB).
 */
export const MAX_GROWN_BATCH = 1_000_000;

export interface Batch {
  /** Row index (0-based, in the file's data rows) the batch ends before. */
  to: number;
  deferIndexes: boolean;
}

/** The batch starting at row `from`, with `identities` rows in the base now. */
export function nextBatch(from: number, totalRows: number, identities: number, batchRows = DEFAULT_BATCH_ROWS): Batch {
  const left = totalRows - from;
  let size = left >= BULK_INDEX_MIN_ROWS
    ? Math.max(batchRows, Math.min(MAX_GROWN_BATCH, Math.max(BULK_INDEX_MIN_ROWS, identities)))
    : batchRows;
  // Maintained row by row, a smaller remainder would cost more than re-sorting the indexes once more.
  if (left >= BULK_INDEX_MIN_ROWS && left - size < identities + size && left <= MAX_GROWN_BATCH) size = left;
  const to = Math.min(totalRows, from + size);
  return { to, deferIndexes: worthDeferringIndexes(to - from, identities) };
}
