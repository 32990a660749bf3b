import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { decideInsiAnswer, getInsiAnswer, insertInsiAnswer } from '../repos/insi-answers.js';
import { closeReview, enqueueReview, openReviews, reviewsForIdentity } from '../repos/review-queue.js';
import { migrateTo } from './runner.js';

const plan = (db: Database.Database, sql: string, ...params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');

describe('migration 0004-insi-answers-review-queue', () => {
  it('keeps existing identities and adds the two tables with their read paths', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrateTo(db, 3);
    db.prepare(
      `INSERT INTO identities (ipp, birth_name, birth_first_names, first_birth_name, sex, birth_date, birthplace_cog, status, created_at, updated_at)
       VALUES ('P1', 'MARTIN', 'MARIE', 'MARIE', 'F', '1980-03-12', '75056', 'provisoire', 'x', 'x')`,
    ).run();
    migrateTo(db, 4);
    expect(db.prepare('SELECT count(*) n FROM identities').get()).toEqual({ n: 1 });

    const base = { mode: 'traits' as const, identityId: 1, identityVersion: 1, outcome: 'found', endpoint: 'http://127.0.0.1/lps', environment: 'test', operator: 'agent', workstation: 'P', createdAt: 't0' };
    insertInsiAnswer(db as never, { ...base, callId: 'c1', answer: { x: 1 } });
    expect(getInsiAnswer(db as never, 'c1')).toMatchObject({ callId: 'c1', answer: { x: 1 }, decision: null });
    expect(decideInsiAnswer(db as never, 'c1', { decision: 'accepted', at: 't1', operator: 'agent', resultIdentityId: 1 })).toBe(true);
    expect(decideInsiAnswer(db as never, 'c1', { decision: 'refused', at: 't2', operator: 'agent', resultIdentityId: null })).toBe(false);
    expect(getInsiAnswer(db as never, 'c1')).toMatchObject({ decision: 'accepted', decidedAt: 't1', resultIdentityId: 1 });
    expect(() => insertInsiAnswer(db as never, { ...base, callId: 'c2', identityId: 99, answer: {} })).toThrow(/FOREIGN KEY/);

    const id = enqueueReview(db as never, { identityId: 1, kind: 'insi_verify_failed', reason: 'échec', data: { v: 'mismatch' }, at: 't3', operator: 'agent' });
    expect(openReviews(db as never)).toMatchObject([{ id, identityId: 1, data: { v: 'mismatch' }, status: 'open' }]);
    expect(closeReview(db as never, id, { at: 't4', operator: 'ref', resolution: 'vu' })).toBe(true);
    expect(closeReview(db as never, id, { at: 't5', operator: 'ref', resolution: 'vu' })).toBe(false);
    expect(openReviews(db as never)).toEqual([]);
    expect(reviewsForIdentity(db as never, 1)).toHaveLength(1);
    expect(plan(db, "SELECT * FROM review_queue WHERE status = 'open' ORDER BY created_at, id LIMIT 5")).toMatch(/review_queue_open/);
    expect(plan(db, 'SELECT * FROM review_queue WHERE identity_id = ?', 1)).toMatch(/review_queue_by_identity/);
  });
});
