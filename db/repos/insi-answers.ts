// Repository of insi_answers: one row per INSi search (or verification), keyed by a random call id, holding
// the answer as JSON until the agent decides. A decision is recorded once (accepted or refused), atomically.
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';

export type InsiAnswerMode = 'traits' | 'vitale' | 'verify';
export type InsiDecision = 'accepted' | 'refused';

interface Row {
  call_id: string;
  mode: InsiAnswerMode;
  identity_id: number | null;
  identity_version: number | null;
  outcome: string;
  endpoint: string;
  environment: string;
  answer_json: string;
  operator: string;
  workstation: string;
  created_at: string;
  decided_at: string | null;
  decided_by: string | null;
  decision: InsiDecision | null;
  result_identity_id: number | null;
}

export interface InsiAnswerRecord<T = unknown> {
  callId: string;
  mode: InsiAnswerMode;
  identityId: number | null;
  identityVersion: number | null;
  outcome: string;
  endpoint: string;
  environment: string;
  answer: T;
  operator: string;
  workstation: string;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decision: InsiDecision | null;
  resultIdentityId: number | null;
}

export type NewInsiAnswer<T> = Omit<InsiAnswerRecord<T>, 'decidedAt' | 'decidedBy' | 'decision' | 'resultIdentityId'>;

const toDomain = <T>(r: Row): InsiAnswerRecord<T> => ({
  callId: r.call_id,
  mode: r.mode,
  identityId: r.identity_id,
  identityVersion: r.identity_version,
  outcome: r.outcome,
  endpoint: r.endpoint,
  environment: r.environment,
  answer: JSON.parse(r.answer_json) as T,
  operator: r.operator,
  workstation: r.workstation,
  createdAt: r.created_at,
  decidedAt: r.decided_at,
  decidedBy: r.decided_by,
  decision: r.decision,
  resultIdentityId: r.result_identity_id,
});

export function insertInsiAnswer<T>(db: Db, a: NewInsiAnswer<T>): void {
  stmt(
    db,
    `INSERT INTO insi_answers (call_id, mode, identity_id, identity_version, outcome, endpoint, environment, answer_json,
       operator, workstation, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.callId, a.mode, a.identityId, a.identityVersion, a.outcome, a.endpoint, a.environment, JSON.stringify(a.answer), a.operator, a.workstation, a.createdAt);
}

export function getInsiAnswer<T>(db: Db, callId: string): InsiAnswerRecord<T> | null {
  const r = stmt<[string], Row>(db, 'SELECT * FROM insi_answers WHERE call_id = ?').get(callId);
  return r ? toDomain<T>(r) : null;
}

/**
 * Records the decision if none was taken yet; returns false when another decision got there first
 * (the answer can be accepted or refused only once).
 */
export function decideInsiAnswer(
  db: Db,
  callId: string,
  d: { decision: InsiDecision; at: string; operator: string; resultIdentityId: number | null },
): boolean {
  const info = stmt(
    db,
    `UPDATE insi_answers SET decision = ?, decided_at = ?, decided_by = ?, result_identity_id = ?
     WHERE call_id = ? AND decision IS NULL`,
  ).run(d.decision, d.at, d.operator, d.resultIdentityId, callId);
  return info.changes === 1;
}
