import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, migrateTo } from '../migrations/runner.js';
import { searchIdentities } from './search.js';
import { addIdentity } from './test-helpers.js';

describe('migration 0002 (search index)', () => {
  it('indexes the identities that existed before it', () => {
    const db = new Database(':memory:');
    migrateTo(db, 1);
    addIdentity(db, { ipp: 'M1', birthName: 'LEFEVRE', birthFirstNames: 'JEAN-PIERRE', birthDate: '1980-03-12', usedName: "D'ARTAGNAN" });
    migrate(db);
    for (const q of ['lefevre', 'jeanpierre', 'dartagnan', '12/03/1980', 'lefebvre']) {
      expect(searchIdentities(db, q).rows.map((r) => r.ipp)).toEqual(['M1']);
    }
    db.close();
  });

  it('creates the index tables, triggers and the birth-name index', () => {
    const db = new Database(':memory:');
    migrate(db);
    const names = db.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'identity_search%' OR name LIKE 'identity_phonetic%' OR name IN ('identities_birth_name', 'search_index_deferred') ORDER BY name`).pluck().all();
    expect(names).toEqual(expect.arrayContaining([
      'identities_birth_name', 'identity_phonetic', 'identity_search', 'identity_search_delete', 'identity_search_insert',
      'identity_search_update', 'search_index_deferred',
    ]));
    db.close();
  });
});
