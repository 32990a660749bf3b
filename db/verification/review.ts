// Reads for the review queue of failed verifications: open items of kind insi_verify_failed (oldest first), one
// item by id, and the latest INSi answer of an identity made since the item was queued (the verification's own
// retrieval, or a fresh one the referent asked for).
import type { Db } from '../connection.js';
import type { InsiAnswerRecord } from '../repos/insi-answers.js';
import { getInsiAnswer } from '../repos/insi-answers.js';
import { reviewToDomain, type ReviewItem, type ReviewRow } from '../repos/review-queue.js';
import { stmt } from '../statements.js';

const KIND = 'insi_verify_failed';

export function openVerificationReviews(db: Db, limit: number, offset = 0): ReviewItem[] {
  return stmt<[string, number, number], ReviewRow>(db, "SELECT * FROM review_queue WHERE status = 'open' AND kind = ? ORDER BY created_at, id LIMIT ? OFFSET ?")
    .all(KIND, limit, offset)
    .map(reviewToDomain);
}

export function countOpenVerificationReviews(db: Db): number {
  return stmt<[string], number>(db, "SELECT count(*) FROM review_queue WHERE status = 'open' AND kind = ?").pluck().get(KIND)!;
}

export function getVerificationReview(db: Db, id: number): ReviewItem | null {
  const r = stmt<[number, string], ReviewRow>(db, 'SELECT * FROM review_queue WHERE id = ? AND kind = ?').get(id, KIND);
  return r ? reviewToDomain(r) : null;
}

/** The newest answer about the identity since `since` (inclusive), decided or not. */
export function latestAnswerSince<T>(db: Db, identityId: number, since: string): InsiAnswerRecord<T> | null {
  const callId = stmt<[number, string], string>(
    db,
    'SELECT call_id FROM insi_answers WHERE identity_id = ? AND created_at >= ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
  )
    .pluck()
    .get(identityId, since);
  return callId ? getInsiAnswer<T>(db, callId) : null;
}
