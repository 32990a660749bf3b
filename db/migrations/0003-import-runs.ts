// Schema 3: import runs, so a bulk CSV import resumes after its last committed batch and a file already
// imported is recognised by its SHA-256.
import type { Db } from '../connection.js';
import type { Migration } from './types.js';

const migration: Migration = {
  version: 3,
  name: 'import-runs',
  up(db: Db) {
    db.exec(`
CREATE TABLE import_runs (
  id INTEGER PRIMARY KEY,
  file_sha256 TEXT NOT NULL,
  file_name TEXT NOT NULL,
  total_rows INTEGER NOT NULL,
  next_row INTEGER NOT NULL DEFAULT 0,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  operator TEXT NOT NULL,
  workstation TEXT NOT NULL
) STRICT;
CREATE INDEX import_runs_by_file ON import_runs (file_sha256);
`);
  },
};
export default migration;
