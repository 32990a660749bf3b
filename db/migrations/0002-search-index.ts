// Schema 2: the patient search index. Two contentless FTS5 tables (rowid = identities.id) kept by
// triggers on identities: identity_search (name words, joined names, birth-date tokens) and
// identity_phonetic (phonetic keys, dates), built in pure SQL (db/search/index-text.ts); plus a
// birth-name index for ordered one-letter searches and the switch bulk loads use to index in one pass.
import type { Db } from '../connection.js';
import { INDEXED_PREFIXES, phoneticTextSql, searchTextSql } from '../search/index-text.js';
import type { Migration } from './types.js';

const insertBoth = (row: string) => `
  INSERT INTO identity_search (rowid, terms) VALUES (${row}.id, ${searchTextSql(row)});
  INSERT INTO identity_phonetic (rowid, keys) VALUES (${row}.id, ${phoneticTextSql(row)});`;

const deleteBoth = (row: string) => `
  DELETE FROM identity_search WHERE rowid = ${row}.id;
  DELETE FROM identity_phonetic WHERE rowid = ${row}.id;`;

// detail=none: only rowids per token (no positions), the smallest index; we never query phrases.
// Prefix lists for 2–6 letters: an AND with a rare term then skips through them instead of FTS5
// merging every matching term's list (which costs tens of ms for MARIE* on a million identities).
const SQL = `
CREATE VIRTUAL TABLE identity_search USING fts5(
  terms, content = '', contentless_delete = 1, detail = none, tokenize = 'ascii',
  prefix = '${INDEXED_PREFIXES.join(' ')}'
);
CREATE VIRTUAL TABLE identity_phonetic USING fts5(
  keys, content = '', contentless_delete = 1, detail = none, tokenize = 'ascii'
);
CREATE INDEX identities_birth_name ON identities (birth_name, birth_first_names);
-- One row while a bulk load (db/search/bulk.ts) indexes its rows itself, inside its transaction.
CREATE TABLE search_index_deferred (one INTEGER PRIMARY KEY CHECK (one = 1)) STRICT;

CREATE TRIGGER identity_search_insert AFTER INSERT ON identities
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN ${insertBoth('NEW')}
END;
CREATE TRIGGER identity_search_update
AFTER UPDATE OF id, birth_name, birth_first_names, birth_date, used_name, used_first_name ON identities BEGIN
  ${deleteBoth('OLD')} ${insertBoth('NEW')}
END;
CREATE TRIGGER identity_search_delete AFTER DELETE ON identities BEGIN ${deleteBoth('OLD')}
END;

INSERT INTO identity_search (rowid, terms) SELECT i.id, ${searchTextSql('i')} FROM identities i;
INSERT INTO identity_phonetic (rowid, keys) SELECT i.id, ${phoneticTextSql('i')} FROM identities i;
`;

const migration: Migration = {
  version: 2,
  name: 'search-index',
  up(db: Db) {
    db.exec(SQL);
  },
};

export default migration;
