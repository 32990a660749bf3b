// Schema 5: the identity-vigilance referents' work (issue 4): periodic INSi re-verification runs (crash-safe,
// one row per identity to verify), NIA events that make an identity due, duplicate/collision pairs and their
// decisions, and merges kept with a full snapshot so that an undo restores both records exactly.
import type { Db } from '../connection.js';
import type { Migration } from './types.js';

const SQL = `
-- An identity absorbed by a merge stays (its history and FKs live on) but leaves the search results.
ALTER TABLE identities ADD COLUMN merged_into INTEGER REFERENCES identities (id);
CREATE INDEX identities_merged_into ON identities (merged_into) WHERE merged_into IS NOT NULL;

-- A NIA matricule is re-verified at each new event on the identity (seed §3.2): the event queues it here.
CREATE TABLE verification_requests (
  identity_id INTEGER PRIMARY KEY REFERENCES identities (id),
  reason TEXT NOT NULL,
  requested_at TEXT NOT NULL,
  requested_by TEXT NOT NULL
) STRICT;

-- One batch of re-verifications; the due list is frozen into verification_items when it starts.
CREATE TABLE verification_runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  started_by TEXT NOT NULL,
  workstation TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('running', 'paused', 'cancelled', 'done')),
  rate_per_second REAL,
  due INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  finished_at TEXT
) STRICT;

-- Each item is claimed ('in_flight') in its own committed transaction before the INSi call and gets its
-- outcome in the same transaction as the identity change, so a killed run resumes without losing a result.
CREATE TABLE verification_items (
  run_id INTEGER NOT NULL REFERENCES verification_runs (id),
  identity_id INTEGER NOT NULL REFERENCES identities (id),
  state TEXT NOT NULL CHECK (state IN ('pending', 'in_flight', 'confirmed', 'failed', 'unavailable', 'skipped')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT,
  outcome_at TEXT,
  message TEXT,
  call_id TEXT,
  PRIMARY KEY (run_id, identity_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX verification_items_todo ON verification_items (run_id, state);

-- Candidate pairs (a_id < b_id). kind 'collision': same INS on two records (blocking).
-- A pair once decided (distinct, merged, homonyme) is never proposed again.
CREATE TABLE duplicate_pairs (
  id INTEGER PRIMARY KEY,
  a_id INTEGER NOT NULL REFERENCES identities (id),
  b_id INTEGER NOT NULL REFERENCES identities (id),
  kind TEXT NOT NULL CHECK (kind IN ('duplicate', 'collision')),
  score REAL NOT NULL,
  reasons_json TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'distinct', 'merged', 'homonyme')),
  found_at TEXT NOT NULL,
  found_by TEXT NOT NULL,
  decided_at TEXT,
  decided_by TEXT,
  decision_reason TEXT,
  CHECK (a_id < b_id),
  UNIQUE (a_id, b_id)
) STRICT;
CREATE INDEX duplicate_pairs_open ON duplicate_pairs (score DESC) WHERE status = 'open';
CREATE INDEX duplicate_pairs_b ON duplicate_pairs (b_id);

-- A merge: the survivor absorbs the other record. before_json holds every row the merge changed, as it was,
-- so that an undo writes them back byte for byte.
CREATE TABLE merges (
  id INTEGER PRIMARY KEY,
  survivor_id INTEGER NOT NULL REFERENCES identities (id),
  absorbed_id INTEGER NOT NULL REFERENCES identities (id),
  pair_id INTEGER REFERENCES duplicate_pairs (id),
  at TEXT NOT NULL,
  operator TEXT NOT NULL,
  workstation TEXT NOT NULL,
  reason TEXT NOT NULL,
  choices_json TEXT NOT NULL,
  before_json TEXT NOT NULL,
  after_json TEXT NOT NULL,
  undone_at TEXT,
  undone_by TEXT,
  undo_reason TEXT
) STRICT;
CREATE INDEX merges_survivor ON merges (survivor_id);
CREATE INDEX merges_absorbed ON merges (absorbed_id);

-- indicators (db/indicators/): the append-only journal folded into daily aggregates, so the dashboard reads a
-- few thousand rows instead of millions. The fold is incremental: meta 'indicators_folded_seq' is the last seq folded.
-- day is the lab's local date; outcome is the INSi call status or the verification verdict ('' otherwise).
CREATE TABLE indicator_activity (
  day TEXT NOT NULL,
  operator TEXT NOT NULL,
  workstation TEXT NOT NULL,
  action TEXT NOT NULL,
  outcome TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (day, operator, workstation, action, outcome)
) STRICT, WITHOUT ROWID;
-- Net daily change of a measure ('status:qualifiee', 'ins'…), to rebuild past counts from today's.
CREATE TABLE indicator_changes (
  day TEXT NOT NULL,
  measure TEXT NOT NULL,
  delta INTEGER NOT NULL,
  PRIMARY KEY (day, measure)
) STRICT, WITHOUT ROWID;
-- journal viewer filters (db/journal/query.ts), newest first by seq.
CREATE INDEX journal_operator ON journal (operator, seq);
CREATE INDEX journal_action ON journal (action, seq);
CREATE INDEX access_journal_operator ON access_journal (operator, seq);
-- The period filter: entries are looked up by seq range (appended in time order), and those journaled out of
-- that order (a past date: the demo's backdated identities; a workstation clock off) are found by their date.
CREATE INDEX journal_at ON journal (at, seq);
CREATE INDEX access_journal_at ON access_journal (at, seq);
-- Re-verifications due by age counted on the index alone (db/indicators/counts.ts), without a table lookup per row.
CREATE INDEX identities_insi_due ON identities (insi_verified_at, status) WHERE insi_verified_at IS NOT NULL AND merged_into IS NULL;

-- periodic re-verification (electron/backend/verification/): which process runs a run and its last sign of life
-- (a run whose runner died — stale heartbeat, or a dead process on this host — is resumed by the next start), and
-- the run's active time without pauses (throughput and ETA).
ALTER TABLE verification_runs ADD COLUMN runner TEXT;
ALTER TABLE verification_runs ADD COLUMN heartbeat_at TEXT;
ALTER TABLE verification_runs ADD COLUMN active_ms INTEGER NOT NULL DEFAULT 0;
CREATE INDEX verification_runs_unfinished ON verification_runs (id) WHERE state IN ('running', 'paused');
-- The runner that claimed an item: only it may record the item's outcome (a presumed-dead runner that wakes up cannot).
ALTER TABLE verification_items ADD COLUMN runner TEXT;
`;

const migration: Migration = {
  version: 5,
  name: 'referent-work',
  up(db: Db) {
    db.exec(SQL);
  },
};
export default migration;
