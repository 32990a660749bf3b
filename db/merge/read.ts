// Reads about merges: where an absorbed identity went (following merges of merges), the merges of the
// referent's recent list, one merge with its snapshots.
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';
import type { Snapshot } from './snapshot.js';

export interface MergeRow {
  id: number;
  survivor_id: number;
  absorbed_id: number;
  pair_id: number | null;
  at: string;
  operator: string;
  workstation: string;
  reason: string;
  choices_json: string;
  before_json: string;
  after_json: string;
  undone_at: string | null;
  undone_by: string | null;
  undo_reason: string | null;
}

export interface MergeSummary {
  id: number;
  at: string;
  operator: string;
  reason: string;
  survivor: { id: number; ipp: string; birthName: string; firstBirthName: string };
  absorbed: { id: number; ipp: string; birthName: string; firstBirthName: string };
  undone: { at: string; operator: string; reason: string } | null;
}

/** The identity this one was merged into (null when it was not), and the end of the chain of merges. */
export function mergedInto(db: Db, identityId: number): { direct: { id: number; ipp: string }; final: { id: number; ipp: string } } | null {
  const next = (id: number) =>
    stmt<[number], { id: number; ipp: string }>(
      db,
      'SELECT s.id, s.ipp FROM identities i JOIN identities s ON s.id = i.merged_into WHERE i.id = ?',
    ).get(id) ?? null;
  const direct = next(identityId);
  if (!direct) return null;
  let final = direct;
  // A survivor may itself have been absorbed later; the chain is short and acyclic (merges refuse absorbed records).
  for (let hops = 0, n = next(final.id); n && hops < 100; hops += 1, n = next(final.id)) final = n;
  return { direct, final };
}

export function getMerge(db: Db, id: number): (MergeRow & { before: Snapshot; after: Snapshot }) | null {
  const row = stmt<[number], MergeRow>(db, 'SELECT * FROM merges WHERE id = ?').get(id);
  if (!row) return null;
  return { ...row, before: JSON.parse(row.before_json) as Snapshot, after: JSON.parse(row.after_json) as Snapshot };
}

/** A later merge, not undone, involving one of `identityIds`, if any. */
export function laterMergeInvolving(db: Db, mergeId: number, identityIds: readonly number[]): MergeRow | null {
  return (
    stmt<[number, string, string], MergeRow>(
      db,
      `SELECT * FROM merges WHERE id > ? AND undone_at IS NULL
       AND (survivor_id IN (SELECT value FROM json_each(?)) OR absorbed_id IN (SELECT value FROM json_each(?)))
       ORDER BY id LIMIT 1`,
    ).get(mergeId, JSON.stringify(identityIds), JSON.stringify(identityIds)) ?? null
  );
}

interface SummaryRow {
  id: number;
  at: string;
  operator: string;
  reason: string;
  s_id: number;
  s_ipp: string;
  s_name: string;
  s_first: string;
  a_id: number;
  a_ipp: string;
  a_name: string;
  a_first: string;
  undone_at: string | null;
  undone_by: string | null;
  undo_reason: string | null;
}

/** Most recent merges first. */
export function countMerges(db: Db): number {
  return stmt<[], number>(db, 'SELECT count(*) FROM merges').pluck().get()!;
}

export function listMerges(db: Db, opts: { limit: number; offset: number }): MergeSummary[] {
  return stmt<[number, number], SummaryRow>(
    db,
    `SELECT m.id, m.at, m.operator, m.reason, m.undone_at, m.undone_by, m.undo_reason,
       s.id AS s_id, s.ipp AS s_ipp, s.birth_name AS s_name, s.first_birth_name AS s_first,
       a.id AS a_id, a.ipp AS a_ipp, a.birth_name AS a_name, a.first_birth_name AS a_first
     FROM merges m JOIN identities s ON s.id = m.survivor_id JOIN identities a ON a.id = m.absorbed_id
     ORDER BY m.id DESC LIMIT ? OFFSET ?`,
  )
    .all(opts.limit, opts.offset)
    .map((r) => ({
      id: r.id,
      at: r.at,
      operator: r.operator,
      reason: r.reason,
      survivor: { id: r.s_id, ipp: r.s_ipp, birthName: r.s_name, firstBirthName: r.s_first },
      absorbed: { id: r.a_id, ipp: r.a_ipp, birthName: r.a_name, firstBirthName: r.a_first },
      undone: r.undone_at ? { at: r.undone_at, operator: r.undone_by ?? '', reason: r.undo_reason ?? '' } : null,
    }));
}

/** Identities merged into `survivorId` by merges still in force (their history belongs to the survivor's). */
export function absorbedBy(db: Db, survivorId: number): { id: number; ipp: string }[] {
  return stmt<[number], { id: number; ipp: string }>(db, 'SELECT id, ipp FROM identities WHERE merged_into = ? ORDER BY id').all(survivorId);
}
