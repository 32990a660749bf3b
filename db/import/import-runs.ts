// Repository of import runs: one row per imported file (by SHA-256), with the next row to write, so an
// interrupted import resumes after its last committed batch and a finished one is not imported twice.
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';

export interface ImportRun {
  id: number;
  fileSha256: string;
  fileName: string;
  totalRows: number;
  nextRow: number;
  startedAt: string;
  finishedAt: string | null;
}

interface Row {
  id: number;
  file_sha256: string;
  file_name: string;
  total_rows: number;
  next_row: number;
  started_at: string;
  finished_at: string | null;
}

const toRun = (r: Row): ImportRun => ({
  id: r.id,
  fileSha256: r.file_sha256,
  fileName: r.file_name,
  totalRows: r.total_rows,
  nextRow: r.next_row,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
});

export function findImportRun(db: Db, fileSha256: string): ImportRun | null {
  const r = stmt<[string], Row>(db, 'SELECT * FROM import_runs WHERE file_sha256 = ? ORDER BY id DESC LIMIT 1').get(fileSha256);
  return r ? toRun(r) : null;
}

export function startImportRun(db: Db, run: { fileSha256: string; fileName: string; totalRows: number; startedAt: string; operator: string; workstation: string }): ImportRun {
  const r = stmt<unknown[], Row>(
    db,
    `INSERT INTO import_runs (file_sha256, file_name, total_rows, next_row, started_at, operator, workstation)
     VALUES (?, ?, ?, 0, ?, ?, ?) RETURNING *`,
  ).get(run.fileSha256, run.fileName, run.totalRows, run.startedAt, run.operator, run.workstation) as Row;
  return toRun(r);
}

export function advanceImportRun(db: Db, id: number, nextRow: number): void {
  stmt(db, 'UPDATE import_runs SET next_row = ? WHERE id = ?').run(nextRow, id);
}

export function finishImportRun(db: Db, id: number, at: string): void {
  stmt(db, 'UPDATE import_runs SET finished_at = ? WHERE id = ?').run(at, id);
}
