// Schema 1: identities and their INS, document checks, attributes, IPP aliases, operators, meta,
// and the two append-only hash-chained journals. STRICT tables; indexes follow the read paths.
import type { Db } from '../connection.js';
import type { Migration } from './types.js';

const forbidChange = (table: string, what: 'UPDATE' | 'DELETE', message: string) => `
CREATE TRIGGER ${table}_no_${what.toLowerCase()} BEFORE ${what} ON ${table}
BEGIN SELECT RAISE(ABORT, '${message.replaceAll("'", "''")}'); END;`;

const activeAttributesOf = (identityExpr: string) => `
UPDATE identities SET attributes = coalesce((
  SELECT group_concat(attribute, ' ' ORDER BY attribute) FROM identity_attributes
  WHERE identity_id = ${identityExpr} AND removed_at IS NULL), '')
WHERE id = ${identityExpr};`;

const SQL = `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES
  ('created_at', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('next_ipp', '1');

CREATE TABLE operators (
  username TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('agent', 'referent')),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE identities (
  id INTEGER PRIMARY KEY,
  ipp TEXT NOT NULL UNIQUE,
  birth_name TEXT NOT NULL,
  birth_first_names TEXT NOT NULL,
  first_birth_name TEXT NOT NULL,
  sex TEXT NOT NULL CHECK (sex IN ('M', 'F', 'I')),
  birth_date TEXT NOT NULL,
  birth_date_corrected INTEGER NOT NULL DEFAULT 0 CHECK (birth_date_corrected IN (0, 1)),
  birthplace_cog TEXT NOT NULL,
  birthplace_from_insi INTEGER NOT NULL DEFAULT 0 CHECK (birthplace_from_insi IN (0, 1)),
  used_name TEXT,
  used_first_name TEXT,
  traits_source TEXT NOT NULL DEFAULT 'saisie' CHECK (traits_source IN ('saisie', 'import', 'insi')),
  insi_verified_at TEXT,
  status TEXT NOT NULL CHECK (status IN ('provisoire', 'recuperee', 'validee', 'qualifiee')),
  attributes TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
-- RNIV searches by birth date first, then the start of the birth name; also serves homonym counts.
CREATE INDEX identities_birth ON identities (birth_date, birth_name, first_birth_name);
CREATE INDEX identities_status ON identities (status);
-- Periodic INSi re-verification picks INSi+ identities by age of their last verification.
CREATE INDEX identities_insi_verified ON identities (insi_verified_at) WHERE insi_verified_at IS NOT NULL;

CREATE TABLE ins (
  id INTEGER PRIMARY KEY,
  identity_id INTEGER NOT NULL REFERENCES identities (id),
  matricule TEXT NOT NULL,
  oid TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('insi', 'import')),
  endpoint TEXT,
  history_json TEXT,
  obtained_at TEXT NOT NULL,
  invalidated_at TEXT,
  invalidated_reason TEXT,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX ins_one_active ON ins (identity_id) WHERE active = 1;
CREATE INDEX ins_identity ON ins (identity_id, obtained_at);
CREATE INDEX ins_matricule ON ins (matricule);

CREATE TABLE document_checks (
  id INTEGER PRIMARY KEY,
  identity_id INTEGER NOT NULL REFERENCES identities (id),
  device_type TEXT NOT NULL,
  valid_until TEXT NOT NULL,
  checked_at TEXT NOT NULL,
  operator TEXT NOT NULL,
  workstation TEXT NOT NULL,
  withdrawn_at TEXT,
  withdrawn_by TEXT,
  withdrawn_reason TEXT
) STRICT;
CREATE INDEX document_checks_identity ON document_checks (identity_id, checked_at);

CREATE TABLE identity_attributes (
  id INTEGER PRIMARY KEY,
  identity_id INTEGER NOT NULL REFERENCES identities (id),
  attribute TEXT NOT NULL CHECK (attribute IN ('douteuse', 'fictive', 'homonyme')),
  reason TEXT NOT NULL,
  set_at TEXT NOT NULL,
  set_by TEXT NOT NULL,
  removed_at TEXT,
  removed_by TEXT,
  removed_reason TEXT
) STRICT;
CREATE UNIQUE INDEX identity_attributes_active ON identity_attributes (identity_id, attribute) WHERE removed_at IS NULL;
CREATE INDEX identity_attributes_identity ON identity_attributes (identity_id, set_at);
-- identities.attributes is a cache of the active rows, kept by the database itself.
CREATE TRIGGER identity_attributes_cache_insert AFTER INSERT ON identity_attributes
BEGIN ${activeAttributesOf('NEW.identity_id')} END;
CREATE TRIGGER identity_attributes_cache_update AFTER UPDATE OF removed_at ON identity_attributes
BEGIN ${activeAttributesOf('NEW.identity_id')} END;

CREATE TABLE ipp_aliases (
  alias TEXT PRIMARY KEY,
  identity_id INTEGER NOT NULL REFERENCES identities (id),
  created_at TEXT NOT NULL,
  reason TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX ipp_aliases_identity ON ipp_aliases (identity_id);

CREATE TABLE journal (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  operator TEXT NOT NULL,
  workstation TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL CHECK (entity IN ('identity', 'operator', 'system')),
  entity_id INTEGER,
  reason TEXT,
  payload TEXT NOT NULL,
  prev_hash BLOB NOT NULL,
  hash BLOB NOT NULL
) STRICT;
CREATE INDEX journal_identity ON journal (entity_id) WHERE entity = 'identity';

CREATE TABLE access_journal (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  operator TEXT NOT NULL,
  workstation TEXT NOT NULL,
  identity_id INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('open', 'print', 'export')),
  prev_hash BLOB NOT NULL,
  hash BLOB NOT NULL
) STRICT;
CREATE INDEX access_journal_identity ON access_journal (identity_id);
${forbidChange('journal', 'UPDATE', 'Le journal est en ajout seul : une entrée ne peut pas être modifiée.')}
${forbidChange('journal', 'DELETE', 'Le journal est en ajout seul : une entrée ne peut pas être supprimée.')}
${forbidChange('access_journal', 'UPDATE', 'Le journal des accès est en ajout seul : une entrée ne peut pas être modifiée.')}
${forbidChange('access_journal', 'DELETE', 'Le journal des accès est en ajout seul : une entrée ne peut pas être supprimée.')}
${forbidChange('ins', 'DELETE', "L'historique des INS est conservé : une INS ne peut pas être supprimée.")}
${forbidChange('document_checks', 'DELETE', "L'historique des contrôles de pièce est conservé : retirez le contrôle au lieu de le supprimer.")}
${forbidChange('identity_attributes', 'DELETE', "L'historique des attributs est conservé : retirez l'attribut au lieu de le supprimer.")}
`;

const migration: Migration = {
  version: 1,
  name: 'init',
  up(db: Db) {
    db.exec(SQL);
  },
};
export default migration;
