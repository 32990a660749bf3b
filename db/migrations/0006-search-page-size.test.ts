import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { searchIdentities } from '../search/search.js';
import { addIdentity } from '../search/test-helpers.js';
import { SEARCH_PAGE_SIZE } from './0006-search-page-size.js';
import { migrateTo } from './runner.js';

const pageSize = (db: Database.Database, table: string) =>
  db.prepare(`SELECT v FROM ${table}_config WHERE k = 'pgsz'`).pluck().get();

describe('migration 0006-search-page-size', () => {
  it('rewrites both search tables with smaller pages and keeps every identity findable', () => {
    const db = new Database(':memory:');
    migrateTo(db, 5);
    addIdentity(db, { ipp: 'P1', birthName: 'LEFEVRE', birthFirstNames: 'JEAN-PIERRE', birthDate: '1980-03-12', usedName: "D'ARTAGNAN" });
    addIdentity(db, { ipp: 'P2', birthName: 'DUPONT', birthFirstNames: 'MARIE', birthDate: '1975-01-02' });
    const before = ['lefevre jean', 'dartagnan', '12/03/1980', 'lefebvre', 'dupont marie', 'dupond'].map((q) => searchIdentities(db, q).rows);
    migrateTo(db, 6);
    expect(pageSize(db, 'identity_search')).toBe(SEARCH_PAGE_SIZE);
    expect(pageSize(db, 'identity_phonetic')).toBe(SEARCH_PAGE_SIZE);
    const after = ['lefevre jean', 'dartagnan', '12/03/1980', 'lefebvre', 'dupont marie', 'dupond'].map((q) => searchIdentities(db, q).rows);
    expect(after).toEqual(before);
    expect(after.every((rows) => rows.length === 1)).toBe(true);
    // The triggers still index new identities, with the stored page size.
    addIdentity(db, { ipp: 'P3', birthName: 'MARTIN', birthFirstNames: 'LUC', birthDate: '1990-05-05' });
    expect(searchIdentities(db, 'martin luc').rows.map((r) => r.ipp)).toEqual(['P3']);
    for (const table of ['identity_search', 'identity_phonetic']) {
      expect(() => db.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 0)`)).not.toThrow();
    }
    db.close();
  });
});
