import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../connection.js';
import { seedIdentities } from '../seed/seed.js';
import { memoryDb } from './test-helpers.js';
import { searchCacheSlices, warmSearchCache, warmSearchCacheInBackground } from './warm-cache.js';

describe('search cache warm-up', () => {
  let db: Db;
  let identities: number;
  let ins: number;
  beforeAll(() => {
    db = memoryDb();
    seedIdentities(db, { count: 300, seed: 'warm', now: new Date('2026-01-15T10:00:00Z') });
    identities = db.prepare('SELECT count(*) FROM identities').pluck().get() as number;
    ins = db.prepare('SELECT count(*) FROM ins').pluck().get() as number;
  });
  afterAll(() => db.close());

  it('walks every structure a search reads, slice by slice, to its end', () => {
    const counts = new Map<string, number>();
    for (const name of searchCacheSlices(db, 50)) counts.set(name, (counts.get(name) ?? 0) + 1);
    expect([...counts.keys()]).toEqual([
      'identity_search', 'identity_phonetic', 'identities_birth_name', 'identities_birth', 'ins_one_active',
      'identities', 'ins', 'identities_ipp', 'ins_matricule',
    ]);
    // Keyed by id or by a unique key: a slice of 50 entries each, the last one shorter or full.
    expect(counts.get('identities')).toBe(Math.ceil(identities / 50));
    expect(counts.get('identities_ipp')).toBe(Math.ceil(identities / 50));
    expect(counts.get('ins')).toBe(Math.ceil(ins / 50));
    expect(ins).toBeGreaterThan(50);
  });

  it('runs at once for the benchmark, and in the background one slice per turn until done', async () => {
    // One slice per structure: each holds fewer entries than a slice.
    expect(warmSearchCache(db)).toBe(9);
    const errors: unknown[] = [];
    await new Promise<void>((resolve) => warmSearchCacheInBackground(db, { onError: (e) => errors.push(e), onDone: resolve }));
    expect(errors).toEqual([]);
    let done = false;
    warmSearchCacheInBackground(db, { onDone: () => (done = true) }).stop();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
  });

  it('does nothing on an empty base and stops quietly once the base is closed', async () => {
    const empty = memoryDb();
    // Only the two FTS5 structure records exist.
    expect(warmSearchCache(empty)).toBe(2);
    const errors: unknown[] = [];
    warmSearchCacheInBackground(empty, { onError: (e) => errors.push(e) });
    empty.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(errors).toEqual([]);
  });
});
