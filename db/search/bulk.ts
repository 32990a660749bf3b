// Bulk loads (seed, CSV import): suspends the per-row search-index trigger and indexes the new rows in
// one pass at the end, inside the caller's transaction. A trigger's statement savepoint makes FTS5
// flush a segment per row; direct inserts let it batch them (about 5× faster for a million rows).
import type { Db } from '../connection.js';
import { indexTextsOf, type IndexedTraits } from './index-text.js';

/**
 * Runs `fn` — which must only INSERT identities (appended ids) — then indexes every identity whose id
 * is above the largest id seen before. Call it inside a transaction: other connections never see the
 * suspension, and a failure rolls everything back together.
 */
export function withDeferredSearchIndex<T>(db: Db, fn: () => T): T {
  if (!db.inTransaction) throw new Error('withDeferredSearchIndex doit être appelé dans une transaction.');
  const before = (db.prepare('SELECT coalesce(max(id), 0) FROM identities').pluck().get() as number) ?? 0;
  db.prepare('INSERT OR IGNORE INTO search_index_deferred (one) VALUES (1)').run();
  let result: T;
  try {
    result = fn();
  } finally {
    db.prepare('DELETE FROM search_index_deferred').run();
  }
  indexIdentitiesAfter(db, before);
  return result;
}

/** Writes the search-index rows of every identity with an id above `afterId`. */
export function indexIdentitiesAfter(db: Db, afterId: number): number {
  // better-sqlite3 forbids writing while a read is open: read in chunks.
  const chunk = db.prepare<[number, number], IndexedTraits & { id: number }>(
    `SELECT id, birth_name AS birthName, birth_first_names AS birthFirstNames, used_name AS usedName,
       used_first_name AS usedFirstName, birth_date AS birthDate FROM identities WHERE id > ? ORDER BY id LIMIT ?`,
  );
  const insert = db.prepare('INSERT INTO identity_search (rowid, terms) VALUES (?, ?)');
  const insertPhonetic = db.prepare('INSERT INTO identity_phonetic (rowid, keys) VALUES (?, ?)');
  let last = afterId;
  let n = 0;
  for (;;) {
    const rows = chunk.all(last, 5000);
    for (const r of rows) {
      const [text, phonetic] = indexTextsOf(r);
      insert.run(r.id, text);
      insertPhonetic.run(r.id, phonetic);
    }
    n += rows.length;
    const tail = rows[rows.length - 1];
    if (!tail) return n;
    last = tail.id;
  }
}

/**
 * Merges each search index into one segment (about 1 s per million identities). Worth it after a bulk
 * load: queries that AND a rare term with a frequent one seek through fewer, larger lists.
 */
export function optimizeSearchIndex(db: Db): void {
  db.exec(`INSERT INTO identity_search (identity_search) VALUES ('optimize');
           INSERT INTO identity_phonetic (identity_phonetic) VALUES ('optimize');`);
}
