// Secondary B-tree indexes suspended during a large bulk load (seed, CSV import): dropped inside the
// caller's transaction and re-created from their own stored SQL before it commits. Maintaining an
// index row by row in random key order (birth date, names, matricule) costs a page search per row;
// CREATE INDEX sorts once. A crash or an error rolls the drop back with the rows: nothing is lost, and
// a re-created UNIQUE index still refuses duplicates (the transaction then fails as a whole).
import type { Db } from '../connection.js';

/**
 * Indexes a bulk load never reads while it writes (so dropping them cannot turn a lookup into a scan).
 * Not the IPP unique index (checked per row), nor ins_one_active and identity_attributes_* (read by
 * setActiveIns and the attribute-cache trigger for every row).
 */
export const BULK_DEFERRABLE_INDEXES = [
  'identities_birth',
  'identities_status',
  'identities_insi_verified',
  'identities_birth_name',
  'ins_identity',
  'ins_matricule',
  'document_checks_identity',
  // Periodic INSi re-verification queue (0005): random (date, status) order, as costly as identities_birth.
  'identities_insi_due',
] as const;

/** Rows below which suspending indexes is not worth a full re-sort of the table. */
export const BULK_INDEX_MIN_ROWS = 50_000;

/** True when a load of `incoming` rows into a table of `existing` rows should suspend its indexes. */
export function worthDeferringIndexes(incoming: number, existing: number): boolean {
  return incoming >= BULK_INDEX_MIN_ROWS && incoming >= existing;
}

/** Runs `fn` with the named indexes (those that exist) dropped; re-creates them afterwards. */
export function withDeferredIndexes<T>(db: Db, names: readonly string[], fn: () => T): T {
  if (!db.inTransaction) throw new Error('withDeferredIndexes doit être appelé dans une transaction.');
  const wanted = new Set(names);
  const indexes = (db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL`).all() as {
    name: string;
    sql: string;
  }[]).filter((i) => wanted.has(i.name));
  for (const i of indexes) db.exec(`DROP INDEX "${i.name}"`);
  // No finally: after a failure the caller's transaction rolls back, which restores the indexes.
  const result = fn();
  for (const i of indexes) db.exec(i.sql);
  return result;
}
