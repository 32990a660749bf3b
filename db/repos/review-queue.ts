// Repository of review_queue: identities waiting for an identity-vigilance referent (e.g. a failed INS
// verification), with the reason and the facts as JSON. Items are closed, never deleted.
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';

export type ReviewKind = 'insi_verify_failed';

/** A review_queue row as SQLite returns it. */
export interface ReviewRow {
  id: number;
  identity_id: number;
  kind: ReviewKind;
  reason: string;
  data_json: string | null;
  created_at: string;
  created_by: string;
  status: 'open' | 'closed';
  closed_at: string | null;
  closed_by: string | null;
  resolution: string | null;
}

export interface ReviewItem {
  id: number;
  identityId: number;
  kind: ReviewKind;
  reason: string;
  data: unknown;
  createdAt: string;
  createdBy: string;
  status: 'open' | 'closed';
  closedAt: string | null;
  closedBy: string | null;
  resolution: string | null;
}

export const reviewToDomain = (r: ReviewRow): ReviewItem => ({
  id: r.id,
  identityId: r.identity_id,
  kind: r.kind,
  reason: r.reason,
  data: r.data_json === null ? null : (JSON.parse(r.data_json) as unknown),
  createdAt: r.created_at,
  createdBy: r.created_by,
  status: r.status,
  closedAt: r.closed_at,
  closedBy: r.closed_by,
  resolution: r.resolution,
});

export function enqueueReview(db: Db, item: { identityId: number; kind: ReviewKind; reason: string; data?: unknown; at: string; operator: string }): number {
  const info = stmt(
    db,
    'INSERT INTO review_queue (identity_id, kind, reason, data_json, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(item.identityId, item.kind, item.reason, item.data === undefined ? null : JSON.stringify(item.data), item.at, item.operator);
  return Number(info.lastInsertRowid);
}

/** Open items, oldest first. */
export function openReviews(db: Db, limit = 200): ReviewItem[] {
  return stmt<[number], ReviewRow>(db, "SELECT * FROM review_queue WHERE status = 'open' ORDER BY created_at, id LIMIT ?").all(limit).map(reviewToDomain);
}

export function reviewsForIdentity(db: Db, identityId: number): ReviewItem[] {
  return stmt<[number], ReviewRow>(db, 'SELECT * FROM review_queue WHERE identity_id = ? ORDER BY id').all(identityId).map(reviewToDomain);
}

/** Closes an open item; false when it was not open. */
export function closeReview(db: Db, id: number, c: { at: string; operator: string; resolution: string }): boolean {
  return (
    stmt(db, "UPDATE review_queue SET status = 'closed', closed_at = ?, closed_by = ?, resolution = ? WHERE id = ? AND status = 'open'").run(
      c.at,
      c.operator,
      c.resolution,
      id,
    ).changes === 1
  );
}
