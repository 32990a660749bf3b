// DDL of the COG reference store. Reference data is not user data: these tables live beside the numbered
// migrations, are created here if absent, and are wiped and reloaded whenever the assets change.
import type Database from 'better-sqlite3';

export function ensureCogTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS ref_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
    CREATE TABLE IF NOT EXISTS ref_cog_place (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL CHECK (length(code) = 5),
      kind TEXT NOT NULL CHECK (kind IN ('commune', 'arrondissement', 'commune-outremer', 'pays')),
      name TEXT NOT NULL,
      name_key TEXT NOT NULL,
      valid_from TEXT NOT NULL,
      valid_to TEXT,
      context TEXT
    ) STRICT;
    CREATE INDEX IF NOT EXISTS ref_cog_place_code ON ref_cog_place (code, valid_from);
    CREATE TABLE IF NOT EXISTS ref_cog_event (
      id INTEGER PRIMARY KEY,
      mod INTEGER NOT NULL,
      date TEXT NOT NULL,
      before_type TEXT NOT NULL,
      before_code TEXT NOT NULL,
      before_name TEXT NOT NULL,
      after_type TEXT NOT NULL,
      after_code TEXT NOT NULL,
      after_name TEXT NOT NULL
    ) STRICT;
    CREATE TABLE IF NOT EXISTS ref_cog_label (
      category TEXT NOT NULL CHECK (category IN ('departement', 'territoire', 'extension')),
      code TEXT NOT NULL,
      name TEXT NOT NULL,
      target TEXT,
      PRIMARY KEY (category, code)
    ) STRICT;
  `);
}
