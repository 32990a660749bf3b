// Fills this connection's SQLite page cache with what a patient search reads: the lists of the FTS5
// indexes, the B-tree indexes it probes (birth name, homonyms, IPP, active INS, matricule) and the rows
// it shows. Without it, the first searches after opening a large base pay a page read per B-tree level
// for most rows they touch (1M identities, first 200 queries per kind: birth-name prefix p50 1.4–2.3 ms
// cold, 1.1 warm); the cache then fills by itself. The OS cache warm-up (db/page-cache.ts) makes those
// reads cheap; this one makes them hits.
// Walked in key order, a slice at a time: the app runs one slice per event-loop turn, so desk requests
// and keystroke searches are served in between; the benchmark runs them all before measuring.
import type { Db } from '../connection.js';

/** Entries read per slice (≈ 5–20 ms on the 2-core reference machine). */
const SLICE = 20_000;

/**
 * One structure to walk: `sql` returns the keys of the next slice, in order, after the bound key.
 * Most useful first: the cache may be smaller than everything listed.
 */
const WALKS: readonly { name: string; start: string | number; sql: string }[] = [
  { name: 'identity_search', start: 0, sql: 'SELECT id FROM identity_search_data WHERE id > ? AND length(block) >= 0 ORDER BY id LIMIT ?' },
  { name: 'identity_phonetic', start: 0, sql: 'SELECT id FROM identity_phonetic_data WHERE id > ? AND length(block) >= 0 ORDER BY id LIMIT ?' },
  {
    name: 'identities_birth_name',
    start: '',
    sql: 'SELECT birth_name FROM identities INDEXED BY identities_birth_name WHERE birth_name > ? ORDER BY birth_name LIMIT ?',
  },
  {
    name: 'identities_birth',
    start: '',
    sql: 'SELECT birth_date FROM identities INDEXED BY identities_birth WHERE birth_date > ? ORDER BY birth_date LIMIT ?',
  },
  {
    name: 'ins_one_active',
    start: 0,
    sql: 'SELECT identity_id FROM ins INDEXED BY ins_one_active WHERE active = 1 AND identity_id > ? ORDER BY identity_id LIMIT ?',
  },
  { name: 'identities', start: 0, sql: 'SELECT id FROM identities NOT INDEXED WHERE id > ? AND length(ipp) > 0 ORDER BY id LIMIT ?' },
  { name: 'ins', start: 0, sql: 'SELECT id FROM ins NOT INDEXED WHERE id > ? AND length(matricule) > 0 ORDER BY id LIMIT ?' },
  { name: 'identities_ipp', start: '', sql: 'SELECT ipp FROM identities WHERE ipp > ? ORDER BY ipp LIMIT ?' },
  { name: 'ins_matricule', start: '', sql: 'SELECT matricule FROM ins INDEXED BY ins_matricule WHERE matricule > ? ORDER BY matricule LIMIT ?' },
];

/** The warm-up as slices: each call of next() reads one slice; done when every structure was read. */
export function* searchCacheSlices(db: Db, slice = SLICE): Generator<string, void> {
  for (const walk of WALKS) {
    const next = db.prepare<[string | number, number], string | number>(walk.sql).pluck();
    let after = walk.start;
    for (;;) {
      const keys = next.all(after, slice);
      const last = keys[keys.length - 1];
      if (last === undefined) break;
      after = last;
      yield walk.name;
      if (keys.length < slice) break;
    }
  }
}

/** Reads everything at once (benchmark, CLI). Returns the slices read. */
export function warmSearchCache(db: Db): number {
  let slices = 0;
  for (const _ of searchCacheSlices(db)) slices += 1;
  return slices;
}

/** One slice per event-loop turn until done or stopped (backend start). */
export function warmSearchCacheInBackground(
  db: Db,
  opts: { onError?: (error: unknown) => void; onDone?: () => void } = {},
): { stop(): void } {
  const slices = searchCacheSlices(db);
  let stopped = false;
  const step = () => {
    if (stopped || !db.open) return;
    try {
      if (slices.next().done) opts.onDone?.();
      else setTimeout(step, 0);
    } catch (error) {
      opts.onError?.(error);
    }
  };
  setTimeout(step, 0);
  return {
    stop: () => {
      stopped = true;
    },
  };
}
