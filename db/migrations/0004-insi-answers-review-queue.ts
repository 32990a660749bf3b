// Schema 4: INSi answers kept server-side under a random call id until the agent accepts or refuses them
// (nothing is lost between the comparison and the decision), and the review queue where failed INS
// verifications wait for an identity-vigilance referent.
import type { Db } from '../connection.js';
import type { Migration } from './types.js';

const migration: Migration = {
  version: 4,
  name: 'insi-answers-review-queue',
  up(db: Db) {
    db.exec(`
CREATE TABLE insi_answers (
  call_id TEXT PRIMARY KEY,
  mode TEXT NOT NULL CHECK (mode IN ('traits', 'vitale', 'verify')),
  identity_id INTEGER REFERENCES identities (id),
  identity_version INTEGER,
  outcome TEXT NOT NULL,
  endpoint TEXT NOT NULL,
  environment TEXT NOT NULL,
  answer_json TEXT NOT NULL,
  operator TEXT NOT NULL,
  workstation TEXT NOT NULL,
  created_at TEXT NOT NULL,
  decided_at TEXT,
  decided_by TEXT,
  decision TEXT CHECK (decision IN ('accepted', 'refused')),
  result_identity_id INTEGER REFERENCES identities (id)
) STRICT;
CREATE INDEX insi_answers_by_identity ON insi_answers (identity_id) WHERE identity_id IS NOT NULL;

CREATE TABLE review_queue (
  id INTEGER PRIMARY KEY,
  identity_id INTEGER NOT NULL REFERENCES identities (id),
  kind TEXT NOT NULL,
  reason TEXT NOT NULL,
  data_json TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  closed_at TEXT,
  closed_by TEXT,
  resolution TEXT
) STRICT;
CREATE INDEX review_queue_open ON review_queue (created_at) WHERE status = 'open';
CREATE INDEX review_queue_by_identity ON review_queue (identity_id);
`);
  },
};
export default migration;
