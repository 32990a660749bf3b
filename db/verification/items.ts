// Repository of verification_items: the frozen due list of a run, one row per identity. An item is claimed
// (pending → in_flight, committed) before its INSi call, and gets its outcome in the transaction that records the
// identity change, so a killed runner leaves at most its in-flight items to redo and never loses an outcome.
import type { ItemCounts } from '../../core/verification/progress.js';
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';

export type ItemState = 'pending' | 'in_flight' | 'confirmed' | 'failed' | 'unavailable' | 'skipped';
export type ItemOutcome = Exclude<ItemState, 'pending' | 'in_flight'>;

export interface VerificationItem {
  runId: number;
  identityId: number;
  state: ItemState;
  attempts: number;
  nextAttemptAt: string | null;
  outcomeAt: string | null;
  message: string | null;
  callId: string | null;
}

/** Claims the next item ready at `now` (never tried, or its retry time has come); null when none is ready. */
export function claimNextItem(db: Db, runId: number, now: string, runner: string): VerificationItem | null {
  const r = stmt<[{ runId: number; now: string; runner: string }], VerificationItem>(
    db,
    `UPDATE verification_items SET state = 'in_flight', runner = @runner
     WHERE run_id = @runId AND identity_id = (
       SELECT identity_id FROM verification_items
       WHERE run_id = @runId AND state = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= @now)
       ORDER BY identity_id LIMIT 1)
     RETURNING run_id AS runId, identity_id AS identityId, state, attempts, next_attempt_at AS nextAttemptAt,
       outcome_at AS outcomeAt, message, call_id AS callId`,
  ).get({ runId, now, runner });
  return r ?? null;
}

/** Earliest retry time of the pending items, or null when none waits (nothing pending, or all ready). */
export function nextRetryAt(db: Db, runId: number): string | null {
  return stmt<[number], string | null>(db, "SELECT min(next_attempt_at) FROM verification_items WHERE run_id = ? AND state = 'pending'").pluck().get(runId) ?? null;
}

/** After a crash: the items a dead runner had claimed go back to pending (verified once more; see README). */
export function releaseInFlight(db: Db, runId: number): number {
  // (Also used on a clean stop: the calls still on the wire will not be recorded.)
  return stmt(db, "UPDATE verification_items SET state = 'pending', runner = NULL WHERE run_id = ? AND state = 'in_flight'").run(runId).changes;
}

/** Final outcome of a claimed item; false when it was not in flight (taken over by someone else). */
export function recordItemOutcome(db: Db, runId: number, identityId: number, runner: string, o: { state: ItemOutcome; at: string; message: string | null; callId: string | null; attempts?: number }): boolean {
  return (
    stmt(
      db,
      `UPDATE verification_items SET state = ?, outcome_at = ?, message = ?, call_id = ?, attempts = coalesce(?, attempts), next_attempt_at = NULL
       WHERE run_id = ? AND identity_id = ? AND state = 'in_flight' AND runner = ?`,
    ).run(o.state, o.at, o.message, o.callId, o.attempts ?? null, runId, identityId, runner).changes === 1
  );
}

/** INSi unavailable: back to pending for a later try. */
export function postponeItem(db: Db, runId: number, identityId: number, runner: string, p: { attempts: number; nextAttemptAt: string; message: string }): boolean {
  return (
    stmt(
      db,
      `UPDATE verification_items SET state = 'pending', runner = NULL, attempts = ?, next_attempt_at = ?, message = ?
       WHERE run_id = ? AND identity_id = ? AND state = 'in_flight' AND runner = ?`,
    ).run(p.attempts, p.nextAttemptAt, p.message, runId, identityId, runner).changes === 1
  );
}

export function itemCounts(db: Db, runId: number): ItemCounts {
  const rows = stmt<[number], { state: ItemState; n: number; retried: number }>(
    db,
    "SELECT state, count(*) AS n, sum(attempts > 0 AND state IN ('pending', 'unavailable')) AS retried FROM verification_items WHERE run_id = ? GROUP BY state",
  ).all(runId);
  const c: ItemCounts = { pending: 0, inFlight: 0, confirmed: 0, failed: 0, unavailable: 0, skipped: 0, retried: 0 };
  for (const r of rows) {
    c.retried += r.retried;
    if (r.state === 'in_flight') c.inFlight = r.n;
    else c[r.state] = r.n;
  }
  return c;
}

export function getItem(db: Db, runId: number, identityId: number): VerificationItem | null {
  return (
    stmt<[number, number], VerificationItem>(
      db,
      `SELECT run_id AS runId, identity_id AS identityId, state, attempts, next_attempt_at AS nextAttemptAt, outcome_at AS outcomeAt,
         message, call_id AS callId FROM verification_items WHERE run_id = ? AND identity_id = ?`,
    ).get(runId, identityId) ?? null
  );
}
