// Suspended secondary indexes: re-created exactly as stored, restored by a rollback, refused outside a transaction.
import { describe, expect, it } from 'vitest';
import { BULK_DEFERRABLE_INDEXES, withDeferredIndexes, worthDeferringIndexes } from './bulk-indexes.js';
import { addIdentity, memoryDb } from './test-helpers.js';

const indexSql = (db: ReturnType<typeof memoryDb>) =>
  db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name`).all();

describe('withDeferredIndexes', () => {
  it('drops the named indexes during the load and re-creates them identically', () => {
    const db = memoryDb();
    const before = indexSql(db);
    db.transaction(() =>
      withDeferredIndexes(db, [...BULK_DEFERRABLE_INDEXES, 'no_such_index'], () => {
        const names = (indexSql(db) as { name: string }[]).map((i) => i.name);
        expect(names).not.toContain('identities_birth_name');
        expect(names).toContain('ins_one_active');
        addIdentity(db, { ipp: 'X1', birthName: 'DUPONT', birthFirstNames: 'JEAN', birthDate: '1980-01-01' });
      }),
    )();
    expect(indexSql(db)).toEqual(before);
    expect(db.prepare(`SELECT count(*) FROM identities INDEXED BY identities_birth_name WHERE birth_name = 'DUPONT'`).pluck().get()).toBe(1);
  });

  it('is rolled back with the rows on failure, and refuses to run outside a transaction', () => {
    const db = memoryDb();
    const before = indexSql(db);
    expect(() =>
      db.transaction(() =>
        withDeferredIndexes(db, BULK_DEFERRABLE_INDEXES, () => {
          addIdentity(db, { ipp: 'X1', birthName: 'DUPONT', birthFirstNames: 'JEAN', birthDate: '1980-01-01' });
          throw new Error('coupure');
        }),
      )(),
    ).toThrow('coupure');
    expect(indexSql(db)).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM identities').pluck().get()).toBe(0);
    expect(() => withDeferredIndexes(db, BULK_DEFERRABLE_INDEXES, () => 1)).toThrow(/transaction/);
  });

  it('is worth it only for a load as large as the base and at least 50,000 rows', () => {
    expect(worthDeferringIndexes(1_000_000, 0)).toBe(true);
    expect(worthDeferringIndexes(60_000, 50_000)).toBe(true);
    expect(worthDeferringIndexes(60_000, 100_000)).toBe(false);
    expect(worthDeferringIndexes(10_000, 0)).toBe(false);
  });
});
