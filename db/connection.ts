// Opens the identity database (better-sqlite3, Node or Electron ABI through `nativeBinding`):
// pragmas for durability and integrity, then migrations. Tests open ':memory:' through the same path.
import Database from 'better-sqlite3';
import { assertCurrentVersion, migrate } from './migrations/runner.js';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** Path of a better_sqlite3.node built for the running ABI (Electron ships its own next to Node's). */
  nativeBinding?: string;
}

/** Page cache bound per connection, in KiB (512 MiB). */
export const SEARCH_CACHE_KIB = 512 * 1024;

export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  const nativeBinding = opts.nativeBinding ?? process.env.IDV_SQLITE_BINDING;
  const readonly = opts.readonly ?? false;
  const db = new Database(file, {
    readonly,
    fileMustExist: readonly,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    if (!readonly && file !== ':memory:' && file !== '') db.pragma('journal_mode = WAL');
    // WAL defaults to synchronous=NORMAL in this build; identity data is worth the extra fsync.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // A bound, not an allocation: pages are cached as they are read. Room for what a search reads on a
    // base of a million identities (~370 MB, db/search/warm-cache.ts); SQLite's 2 MB default makes
    // every search there pay a page read per B-tree level.
    db.pragma(`cache_size = -${SEARCH_CACHE_KIB}`);
    if (readonly) {
      assertCurrentVersion(db);
    } else {
      migrate(db);
      db.pragma('optimize');
    }
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  // SQLite suggests running optimize right before closing a long-lived connection.
  if (!db.readonly) db.pragma('optimize');
  db.close();
}
