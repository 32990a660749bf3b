// Bulk loads (seed, CSV import): suspends (drops) the per-row search-index trigger and indexes the new rows in
// one INSERT…SELECT per table at the end, inside the caller's transaction. A trigger's statement
// savepoint makes FTS5 flush a segment per row; one statement lets it batch them (about 5× faster for
// a million rows). The search text is the triggers' own SQL; the phonetic text comes from its JS twin
// (index-text.ts, kept equal by tests), memoised per word: 75 nested replace() per row cost 2× more.
import type { Db } from '../connection.js';
import { phoneticTextOf, searchTextSql } from './index-text.js';

const PHONETIC_FN = 'idv_bulk_phonetic_text';
const withFunction = new WeakSet<Db>();

/** Registers the JS phonetic text as a SQL function on this connection, for bulk statements only. */
function registerPhoneticFunction(db: Db): void {
  if (withFunction.has(db)) return;
  db.function(PHONETIC_FN, { deterministic: true }, (birthName, birthFirstNames, usedName, usedFirstName, birthDate) =>
    phoneticTextOf({
      birthName: birthName as string,
      birthFirstNames: birthFirstNames as string,
      usedName: usedName as string | null,
      usedFirstName: usedFirstName as string | null,
      birthDate: birthDate as string,
    }),
  );
  withFunction.add(db);
}

export interface DeferredIndexOptions {
  /**
   * Table `(id INTEGER PRIMARY KEY, terms TEXT, keys TEXT)` where the loader wrote each new identity's
   * search and phonetic texts (indexTextsOf) — computed in another thread by the seed — instead of
   * computing them here, in SQL or with a JS call per row.
   */
  texts?: string;
}

/**
 * Runs `fn` — which must only INSERT identities (appended ids) — then indexes every identity whose id
 * is above the largest id seen before (and not yet indexed through `catchUp`). Call it inside a
 * transaction: other connections never see the suspension, and a failure rolls everything back together.
 */
export function withDeferredSearchIndex<T>(db: Db, fn: (catchUp: CatchUp) => T, opts: DeferredIndexOptions = {}): T {
  if (!db.inTransaction) throw new Error('withDeferredSearchIndex doit être appelé dans une transaction.');
  const before = (db.prepare('SELECT coalesce(max(id), 0) FROM identities').pluck().get() as number) ?? 0;
  let indexed = before;
  const catchUp: CatchUp = (throughId) => {
    indexIdentitiesAfter(db, indexed, opts.texts, throughId);
    indexed = throughId;
  };
  // The per-row trigger is dropped, not just silenced by its search_index_deferred guard: evaluating
  // the guard and building NEW for every row was 15–25 % of a bulk INSERT into identities. Re-created
  // from its stored SQL; inside the caller's transaction, a rollback restores it as well.
  const storedTrigger = () =>
    db.prepare(`SELECT sql FROM main.sqlite_schema WHERE type = 'trigger' AND name = ?`).pluck().get(INSERT_TRIGGER) as string | undefined;
  const trigger = storedTrigger();
  if (trigger === undefined) throw new Error(`Déclencheur ${INSERT_TRIGGER} introuvable : base non migrée ?`);
  db.exec(`DROP TRIGGER main.${INSERT_TRIGGER}`);
  let result: T;
  try {
    result = fn(catchUp);
  } finally {
    // After some errors SQLite rolls back by itself, the DROP with it: only what is missing is re-created.
    if (db.inTransaction && storedTrigger() === undefined) db.exec(trigger);
  }
  indexIdentitiesAfter(db, indexed, opts.texts);
  return result;
}

/** The trigger that indexes each identity inserted (migration 0002). */
const INSERT_TRIGGER = 'identity_search_insert';

/**
 * Indexes the identities written so far, up to `throughId` (their rows and texts must be written):
 * a loader calls it when it would otherwise wait (the seed, for its generator thread). Each call
 * writes one more segment per table, merged by optimizeSearchIndex.
 */
export type CatchUp = (throughId: number) => void;

/** FTS5's own default for the in-memory terms of a write (1 MiB): restored after a bulk statement. */
const DEFAULT_HASH_SIZE = 1024 * 1024;
/**
 * In-memory terms a bulk statement keeps before flushing a segment. With the 1 MiB default a
 * million-row load flushes hundreds of small segments that automerge keeps rewriting; with this
 * much it writes a few large ones (about 40 % faster for the prefix-indexed table).
 */
const BULK_HASH_SIZE = 512 * 1024 * 1024;

/** Runs `fn` with a large FTS5 write buffer on `table` (a setting stored in its _config table). */
function withLargeWriteBuffer<T>(db: Db, table: 'identity_search' | 'identity_phonetic', fn: () => T): T {
  // An integer literal: FTS5 refuses the value bound as a JS number (a REAL).
  const setHashSize = (bytes: number) => db.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('hashsize', ${Math.trunc(bytes)})`);
  setHashSize(BULK_HASH_SIZE);
  try {
    return fn();
  } finally {
    setHashSize(DEFAULT_HASH_SIZE);
  }
}

/** Writes the search-index rows of every identity with an id above `afterId` (up to `throughId`); returns how many. */
export function indexIdentitiesAfter(db: Db, afterId: number, texts?: string, throughId = Number.MAX_SAFE_INTEGER): number {
  // SQL expressions instead of per-row JS: no row crosses into JS, and FTS5 gets one big statement.
  const searchSelect = texts
    ? `SELECT id, terms FROM ${texts} WHERE id > ? AND id <= ?`
    : `SELECT i.id, ${searchTextSql('i')} FROM identities i WHERE i.id > ? AND i.id <= ?`;
  const n = withLargeWriteBuffer(db, 'identity_search', () =>
    db.prepare(`INSERT INTO identity_search (rowid, terms) ${searchSelect}`).run(afterId, throughId).changes,
  );
  const phoneticSelect = texts
    ? `SELECT id, keys FROM ${texts} WHERE id > ? AND id <= ?`
    : `SELECT i.id, ${PHONETIC_FN}(i.birth_name, i.birth_first_names, i.used_name, i.used_first_name, i.birth_date)
       FROM identities i WHERE i.id > ? AND i.id <= ?`;
  if (!texts) registerPhoneticFunction(db);
  withLargeWriteBuffer(db, 'identity_phonetic', () =>
    db.prepare(`INSERT INTO identity_phonetic (rowid, keys) ${phoneticSelect}`).run(afterId, throughId),
  );
  return n;
}

/**
 * Merges each search index into one segment (about 1 s per million identities). Worth it after a bulk
 * load: queries that AND a rare term with a frequent one seek through fewer, larger lists.
 */
export function optimizeSearchIndex(db: Db): void {
  db.exec(`INSERT INTO identity_search (identity_search) VALUES ('optimize');
           INSERT INTO identity_phonetic (identity_phonetic) VALUES ('optimize');`);
}
