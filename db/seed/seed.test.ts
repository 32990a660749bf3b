import { describe, expect, it } from 'vitest';
import { memoryDb } from '../search/test-helpers.js';
import { searchIdentities } from '../search/search.js';
import { seedIdentities } from './seed.js';

const NOW = new Date('2026-01-15T10:00:00Z');
/** Every term of an FTS5 table with its document count. */
const vocab = (db: ReturnType<typeof memoryDb>, table: string) => {
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_${table} USING fts5vocab(main, ${table}, 'row')`);
  return db.prepare(`SELECT term, doc FROM temp.v_${table} ORDER BY term`).all();
};
const snapshot = (db: ReturnType<typeof memoryDb>) =>
  db.prepare('SELECT ipp, birth_name, birth_first_names, birth_date, birthplace_cog, status, attributes FROM identities ORDER BY id').all();

describe('seedIdentities', () => {
  it('writes identities, INS, attributes and document checks consistently', () => {
    const db = memoryDb();
    const r = seedIdentities(db, { count: 2000, seed: 's', now: NOW, batchSize: 300 });
    expect(r.inserted).toBe(2000);
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    expect(count('SELECT count(*) FROM identities')).toBe(2000);
    expect(count(`SELECT count(*) FROM identities i WHERE (status IN ('recuperee','qualifiee')) <> EXISTS (SELECT 1 FROM ins n WHERE n.identity_id = i.id AND n.active = 1)`)).toBe(0);
    expect(count(`SELECT count(*) FROM identities i WHERE (status IN ('validee','qualifiee')) <> EXISTS (SELECT 1 FROM document_checks d WHERE d.identity_id = i.id)`)).toBe(0);
    // identities.attributes is the cache the 0001 triggers keep from identity_attributes.
    expect(count(`SELECT count(*) FROM identities WHERE attributes <> ''`)).toBe(count('SELECT count(DISTINCT identity_id) FROM identity_attributes'));
    expect(count('SELECT count(*) FROM identity_search')).toBeGreaterThan(0);
    expect(count(`SELECT count(*) FROM search_index_deferred`)).toBe(0);
    db.close();
  });

  it('is deterministic: same seed and clock, same base', () => {
    const a = memoryDb();
    const b = memoryDb();
    seedIdentities(a, { count: 700, seed: 'same', now: NOW, batchSize: 250 });
    seedIdentities(b, { count: 700, seed: 'same', now: NOW });
    expect(snapshot(a)).toEqual(snapshot(b));
    a.close();
    b.close();
  });

  it('indexes what it writes, and a second seed continues the IPPs', () => {
    const db = memoryDb();
    seedIdentities(db, { count: 300, seed: 'one', now: NOW });
    seedIdentities(db, { count: 300, seed: 'two', now: NOW });
    const ipps = db.prepare('SELECT ipp FROM identities ORDER BY id').pluck().all() as string[];
    expect(new Set(ipps).size).toBe(600);
    expect(ipps[300]).toBe('S0000301');
    const someone = db.prepare('SELECT id, birth_name, birth_date FROM identities WHERE id = 450').get() as { id: number; birth_name: string; birth_date: string };
    const [y, m, d] = someone.birth_date.split('-');
    expect(searchIdentities(db, `${d}/${m}/${y} ${someone.birth_name}`).rows.map((r) => r.id)).toContain(someone.id);
    db.close();
  });

  it('generating in a worker thread writes the same base and the same search index', () => {
    const local = memoryDb();
    const threaded = memoryDb();
    // 20,000: the smallest seed that starts the worker.
    seedIdentities(local, { count: 20_000, seed: 'thread', now: NOW });
    seedIdentities(threaded, { count: 20_000, seed: 'thread', now: NOW, generateInWorker: true });
    expect(snapshot(threaded)).toEqual(snapshot(local));
    for (const table of ['identity_search', 'identity_phonetic']) expect(vocab(threaded, table)).toEqual(vocab(local, table));
    local.close();
    threaded.close();
  });

  it('a large threaded load that indexes while the generator is behind writes the same search index', () => {
    const local = memoryDb();
    const threaded = memoryDb();
    // 50,000: the smallest load written as one transaction, where the catch-ups happen.
    seedIdentities(local, { count: 50_000, seed: 'catch-up', now: NOW });
    seedIdentities(threaded, { count: 50_000, seed: 'catch-up', now: NOW, generateInWorker: true, searchCatchUpRows: 2_000 });
    expect(snapshot(threaded)).toEqual(snapshot(local));
    for (const table of ['identity_search', 'identity_phonetic']) {
      expect(vocab(threaded, table)).toEqual(vocab(local, table));
      expect(threaded.prepare(`SELECT count(*) FROM ${table}_docsize`).pluck().get()).toBe(50_000);
    }
    local.close();
    threaded.close();
  });

  it('calls the journal hook once per identity, inside the transaction', () => {
    const db = memoryDb();
    const seen: number[] = [];
    const complete: boolean[] = [];
    seedIdentities(db, {
      count: 400,
      seed: 'j',
      now: NOW,
      journal: (conn, id) => {
        expect(conn.inTransaction).toBe(true);
        seen.push(id);
        // The hook sees the identity whole: its row, its attribute cache, its INS when INSi+.
        const row = conn
          .prepare(
            `SELECT status, attributes, (SELECT group_concat(attribute, ' ' ORDER BY attribute) FROM identity_attributes WHERE identity_id = i.id) AS rows_attributes,
               EXISTS (SELECT 1 FROM ins WHERE identity_id = i.id) AS has_ins FROM identities i WHERE id = ?`,
          )
          .get(id) as { status: string; attributes: string; rows_attributes: string | null; has_ins: number };
        complete.push(row.attributes === (row.rows_attributes ?? '') && (row.status === 'recuperee' || row.status === 'qualifiee') === (row.has_ins === 1));
      },
    });
    expect(seen).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));
    expect(complete.every(Boolean)).toBe(true);
    db.close();
  });
});
