// Repository of duplicate_pairs: candidate pairs of identities (a_id < b_id) found by the scan, and the
// referent's decision on each. SQL only; the use case owns the transaction and the journal.
import { AppError } from '../../core/contract/reply.js';
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';

export type PairKind = 'duplicate' | 'collision';
export type PairStatus = 'open' | 'distinct' | 'merged' | 'homonyme';
export type PairDecision = Exclude<PairStatus, 'open'>;

export interface DuplicatePair {
  id: number;
  aId: number;
  bId: number;
  kind: PairKind;
  score: number;
  /** Reason codes (core/duplicates/reasons.ts). */
  reasons: string[];
  status: PairStatus;
  foundAt: string;
  foundBy: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionReason: string | null;
}

interface PairRow {
  id: number;
  a_id: number;
  b_id: number;
  kind: PairKind;
  score: number;
  reasons_json: string;
  status: PairStatus;
  found_at: string;
  found_by: string;
  decided_at: string | null;
  decided_by: string | null;
  decision_reason: string | null;
}

const toDomain = (r: PairRow): DuplicatePair => ({
  id: r.id,
  aId: r.a_id,
  bId: r.b_id,
  kind: r.kind,
  score: r.score,
  reasons: JSON.parse(r.reasons_json) as string[],
  status: r.status,
  foundAt: r.found_at,
  foundBy: r.found_by,
  decidedAt: r.decided_at,
  decidedBy: r.decided_by,
  decisionReason: r.decision_reason,
});

/** Collisions (same INS: blocking) first, then by decreasing score. */
export function listOpenPairs(db: Db, page: { limit: number; offset: number }): DuplicatePair[] {
  return stmt<[number, number], PairRow>(
    db,
    `SELECT * FROM duplicate_pairs WHERE status = 'open'
     ORDER BY kind = 'collision' DESC, score DESC, id LIMIT ? OFFSET ?`,
  )
    .all(page.limit, page.offset)
    .map(toDomain);
}

export function countOpenPairs(db: Db): { duplicates: number; collisions: number } {
  const r = stmt<[], { duplicates: number; collisions: number }>(
    db,
    `SELECT coalesce(sum(kind = 'duplicate'), 0) AS duplicates, coalesce(sum(kind = 'collision'), 0) AS collisions
     FROM duplicate_pairs WHERE status = 'open'`,
  ).get();
  return r ?? { duplicates: 0, collisions: 0 };
}

export function getPair(db: Db, id: number): DuplicatePair | null {
  const r = stmt<[number], PairRow>(db, 'SELECT * FROM duplicate_pairs WHERE id = ?').get(id);
  return r ? toDomain(r) : null;
}

/** Records a decision on an open pair. AppError 'not_found', or 'conflict' if it was already decided. */
export function decidePair(
  db: Db,
  id: number,
  decision: { status: PairDecision; at: string; operator: string; reason: string },
): DuplicatePair {
  const r = stmt<[string, string, string, string, number], PairRow>(
    db,
    `UPDATE duplicate_pairs SET status = ?, decided_at = ?, decided_by = ?, decision_reason = ?
     WHERE id = ? AND status = 'open' RETURNING *`,
  ).get(decision.status, decision.at, decision.operator, decision.reason, id);
  if (r) return toDomain(r);
  if (!getPair(db, id)) throw new AppError('not_found', `Aucune paire de doublons potentiels n° ${id}.`);
  throw new AppError('conflict', 'Cette paire a déjà été traitée par un autre référent : rechargez la liste.');
}

/** Every stored pair's key (`a_id`, `b_id`) with its id and status: the scan's starting point. */
export function storedPairs(db: Db): Map<string, { id: number; status: PairStatus }> {
  const out = new Map<string, { id: number; status: PairStatus }>();
  for (const r of stmt<[], { id: number; a_id: number; b_id: number; status: PairStatus }>(
    db,
    'SELECT id, a_id, b_id, status FROM duplicate_pairs',
  ).iterate()) {
    out.set(`${r.a_id}:${r.b_id}`, { id: r.id, status: r.status });
  }
  return out;
}

export interface FoundPair {
  aId: number;
  bId: number;
  kind: PairKind;
  score: number;
  reasons: readonly string[];
}

export function insertPair(db: Db, p: FoundPair, found: { at: string; by: string }): number {
  const info = stmt(
    db,
    `INSERT INTO duplicate_pairs (a_id, b_id, kind, score, reasons_json, found_at, found_by) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(p.aId, p.bId, p.kind, p.score, JSON.stringify(p.reasons), found.at, found.by);
  return Number(info.lastInsertRowid);
}

/** Refreshes an open pair's kind, score and reasons (a decided pair is left as it is). */
export function refreshOpenPair(db: Db, id: number, p: FoundPair): void {
  stmt(db, `UPDATE duplicate_pairs SET kind = ?, score = ?, reasons_json = ? WHERE id = ? AND status = 'open'`).run(
    p.kind, p.score, JSON.stringify(p.reasons), id,
  );
}

/**
 * Removes an open pair the last scan no longer finds (a record was corrected or merged elsewhere), unless
 * a merge refers to it (an undone merge reopens its pair: its history stays). Returns whether it went.
 */
export function deleteOpenPair(db: Db, id: number): boolean {
  return (
    stmt(
      db,
      `DELETE FROM duplicate_pairs WHERE id = ? AND status = 'open' AND NOT EXISTS (SELECT 1 FROM merges WHERE pair_id = ?)`,
    ).run(id, id).changes > 0
  );
}

export interface OpenPairReport {
  aIpp: string;
  bIpp: string;
  kind: PairKind;
  score: number;
  reasons: string[];
}

/** All open pairs with both IPPs, collisions first (CLI report and benchmark). */
export function openPairsReport(db: Db): OpenPairReport[] {
  return stmt<[], { a_ipp: string; b_ipp: string; kind: PairKind; score: number; reasons_json: string }>(
    db,
    `SELECT a.ipp AS a_ipp, b.ipp AS b_ipp, p.kind, p.score, p.reasons_json FROM duplicate_pairs p
     JOIN identities a ON a.id = p.a_id JOIN identities b ON b.id = p.b_id
     WHERE p.status = 'open' ORDER BY p.kind = 'collision' DESC, p.score DESC, p.id`,
  )
    .all()
    .map((r) => ({ aIpp: r.a_ipp, bIpp: r.b_ipp, kind: r.kind, score: r.score, reasons: JSON.parse(r.reasons_json) as string[] }));
}
