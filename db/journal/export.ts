// Export of the journal or the access journal for an audit: the filtered entries, oldest first, as CSV
// (`;`, UTF-8 BOM) or JSON lines, each with its stored fields, prev_hash and hash in hex, so an auditor can
// recompute every hash: SHA-256 of JSON.stringify([...fields in chain order, prev_hash hex]) (chain.ts).
// Rows are streamed to `write`; the caller bounds the size when the export goes through the interface.
import { csvLine, CSV_BOM } from '../../core/indicators/csv.js';
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';
import { journalLabel } from './actions.js';
import { filteredSelect, ACCESS_LABELS, type JournalFilters } from './query.js';

export type ExportFormat = 'csv' | 'jsonl';

/** Columns in hash-chain order (see append.ts journalFields / accessFields), then the label and the hashes. */
export const EXPORT_COLUMNS = {
  journal: ['seq', 'at', 'operator', 'workstation', 'action', 'entity', 'entity_id', 'reason', 'payload'],
  access: ['seq', 'at', 'operator', 'workstation', 'identity_id', 'action'],
} as const;

export interface ExportSummary {
  entries: number;
  firstSeq: number | null;
  lastSeq: number | null;
}

type Row = Record<string, string | number | null> & { seq: number; action: string; prev_hash: Buffer; hash: Buffer };

/** Writes the export; `write` may throw to stop it (size limit), nothing is changed either way. */
export function exportJournal(db: Db, f: JournalFilters, format: ExportFormat, write: (chunk: string) => void): ExportSummary {
  const columns = EXPORT_COLUMNS[f.journal];
  const table = f.journal === 'journal' ? 'journal' : 'access_journal';
  const query = filteredSelect(db, f, `SELECT ${columns.join(', ')}, prev_hash, hash FROM ${table}`);
  const rows = stmt<unknown[], Row>(db, `${query.sql} ORDER BY seq`).iterate(...query.params);
  if (format === 'csv') write(CSV_BOM + csvLine([...columns, 'libelle', 'prev_hash', 'hash']));
  const summary: ExportSummary = { entries: 0, firstSeq: null, lastSeq: null };
  for (const r of rows) {
    const label = f.journal === 'journal' ? journalLabel(r.action) : (ACCESS_LABELS[r.action] ?? r.action);
    const prev = r.prev_hash.toString('hex');
    const hash = r.hash.toString('hex');
    if (format === 'csv') write(csvLine([...columns.map((c) => r[c]), label, prev, hash]));
    else write(`${JSON.stringify({ ...Object.fromEntries(columns.map((c) => [c, r[c]])), label, prev_hash: prev, hash })}\n`);
    summary.entries += 1;
    summary.firstSeq ??= r.seq;
    summary.lastSeq = r.seq;
  }
  return summary;
}
