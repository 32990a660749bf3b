// Schema 2: the patient search index. A contentless FTS5 table (rowid = identities.id) kept by triggers
// on identities, holding name words, joined names, birth-date tokens and phonetic keys (pure SQL, see
// db/search/index-text.ts), plus a birth-name index for ordered one-letter searches.
import type { Db } from '../connection.js';
import { searchTextSql } from '../search/index-text.js';
import type { Migration } from './types.js';

// detail=none: only rowids per token (no positions), the smallest index; we never query phrases.
// prefix='2 3 4': the first letters people type are answered from precomputed prefix lists.
const SQL = `
CREATE VIRTUAL TABLE identity_search USING fts5(
  terms, content = '', contentless_delete = 1, detail = none, tokenize = 'ascii', prefix = '2 3 4'
);
CREATE INDEX identities_birth_name ON identities (birth_name, birth_first_names);
-- One row while a bulk load (db/search/bulk.ts) indexes its rows itself, inside its transaction.
CREATE TABLE search_index_deferred (one INTEGER PRIMARY KEY CHECK (one = 1)) STRICT;

CREATE TRIGGER identity_search_insert AFTER INSERT ON identities
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN
  INSERT INTO identity_search (rowid, terms) VALUES (NEW.id, ${searchTextSql('NEW')});
END;
CREATE TRIGGER identity_search_update
AFTER UPDATE OF id, birth_name, birth_first_names, birth_date, used_name, used_first_name ON identities BEGIN
  DELETE FROM identity_search WHERE rowid = OLD.id;
  INSERT INTO identity_search (rowid, terms) VALUES (NEW.id, ${searchTextSql('NEW')});
END;
CREATE TRIGGER identity_search_delete AFTER DELETE ON identities BEGIN
  DELETE FROM identity_search WHERE rowid = OLD.id;
END;

INSERT INTO identity_search (rowid, terms) SELECT i.id, ${searchTextSql('i')} FROM identities i;
`;

const migration: Migration = {
  version: 2,
  name: 'search-index',
  up(db: Db) {
    db.exec(SQL);
  },
};

export default migration;
