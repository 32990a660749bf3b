// Repository of verification_requests: a NIA identity queued for re-verification by an event on it (opening at
// the desk, edit, merge into it). One row per identity (the first pending request stands); the row goes when a verification of
// the identity reaches an outcome.
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';

export type RequestReason = 'ouverture' | 'modification' | 'fusion';

/** Queues the identity unless a request is already pending; true when a row was added. */
export function requestVerification(db: Db, r: { identityId: number; reason: RequestReason; at: string; by: string }): boolean {
  return (
    stmt(db, 'INSERT INTO verification_requests (identity_id, reason, requested_at, requested_by) VALUES (?, ?, ?, ?) ON CONFLICT (identity_id) DO NOTHING').run(
      r.identityId,
      r.reason,
      r.at,
      r.by,
    ).changes === 1
  );
}

/** Clears a request the verification answered: only one made before the run froze its list (a later event stands). */
export function clearRequest(db: Db, identityId: number, madeUpTo: string): void {
  stmt(db, 'DELETE FROM verification_requests WHERE identity_id = ? AND requested_at <= ?').run(identityId, madeUpTo);
}

export function pendingRequest(db: Db, identityId: number): { reason: string; requestedAt: string; requestedBy: string } | null {
  return (
    stmt<[number], { reason: string; requestedAt: string; requestedBy: string }>(
      db,
      'SELECT reason, requested_at AS requestedAt, requested_by AS requestedBy FROM verification_requests WHERE identity_id = ?',
    ).get(identityId) ?? null
  );
}

/** The survivor an identity was merged into, or null (identities.merged_into). */
export function mergedInto(db: Db, identityId: number): number | null {
  return stmt<[number], number | null>(db, 'SELECT merged_into FROM identities WHERE id = ?').pluck().get(identityId) ?? null;
}
