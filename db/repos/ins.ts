// Repository of the ins table: the INS history of each identity, at most one active row per identity
// (partial unique index). Rows are never deleted; invalidation keeps them for history.
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';

export type InsSource = 'insi' | 'import';

export interface InsRow {
  id: number;
  identity_id: number;
  matricule: string;
  oid: string;
  source: InsSource;
  endpoint: string | null;
  history_json: string | null;
  obtained_at: string;
  invalidated_at: string | null;
  invalidated_reason: string | null;
  active: 0 | 1;
}

export interface InsRecord {
  id: number;
  identityId: number;
  /** 15 chars: 13-char matricule + 2-digit key. */
  matricule: string;
  oid: string;
  source: InsSource;
  /** Which INSi environment answered (null for an import). */
  endpoint: string | null;
  /** INSHISTO exactly as returned, or null. */
  historyJson: string | null;
  obtainedAt: string;
  invalidatedAt: string | null;
  invalidatedReason: string | null;
  active: boolean;
}

export interface NewIns {
  identityId: number;
  matricule: string;
  oid: string;
  source: InsSource;
  endpoint?: string | null;
  historyJson?: string | null;
  obtainedAt: string;
}

export const insToDomain = (r: InsRow): InsRecord => ({
  id: r.id,
  identityId: r.identity_id,
  matricule: r.matricule,
  oid: r.oid,
  source: r.source,
  endpoint: r.endpoint,
  historyJson: r.history_json,
  obtainedAt: r.obtained_at,
  invalidatedAt: r.invalidated_at,
  invalidatedReason: r.invalidated_reason,
  active: r.active === 1,
});

/** Stores `ins` as the identity's active INS; a previous active row is kept, inactive (superseded). */
export function setActiveIns(db: Db, ins: NewIns): InsRecord {
  stmt(db, 'UPDATE ins SET active = 0 WHERE identity_id = ? AND active = 1').run(ins.identityId);
  const row = stmt<unknown[], InsRow>(
    db,
    `INSERT INTO ins (identity_id, matricule, oid, source, endpoint, history_json, obtained_at, active)
     VALUES (?, ?, ?, ?, ?, ?, ?, 1) RETURNING *`,
  ).get(ins.identityId, ins.matricule, ins.oid, ins.source, ins.endpoint ?? null, ins.historyJson ?? null, ins.obtainedAt);
  return insToDomain(row as InsRow);
}

/** Invalidates the active INS (douteuse/fictive…); returns the invalidated row, or null if none was active. */
export function invalidateIns(db: Db, identityId: number, at: string, reason: string): InsRecord | null {
  const row = stmt<[string, string, number], InsRow>(
    db,
    `UPDATE ins SET active = 0, invalidated_at = ?, invalidated_reason = ?
     WHERE identity_id = ? AND active = 1 RETURNING *`,
  ).get(at, reason, identityId);
  return row ? insToDomain(row) : null;
}

export function getActiveIns(db: Db, identityId: number): InsRecord | null {
  const r = stmt<[number], InsRow>(db, 'SELECT * FROM ins WHERE identity_id = ? AND active = 1').get(identityId);
  return r ? insToDomain(r) : null;
}

/** The most recent INS row, active or not (an invalidated INS is still shown, flagged). */
export function latestIns(db: Db, identityId: number): InsRecord | null {
  const r = stmt<[number], InsRow>(
    db,
    'SELECT * FROM ins WHERE identity_id = ? ORDER BY obtained_at DESC, id DESC LIMIT 1',
  ).get(identityId);
  return r ? insToDomain(r) : null;
}

export function insHistory(db: Db, identityId: number): InsRecord[] {
  return stmt<[number], InsRow>(db, 'SELECT * FROM ins WHERE identity_id = ? ORDER BY obtained_at, id')
    .all(identityId)
    .map(insToDomain);
}

/** Identities holding `matricule` as their active INS (two or more = collision). */
export function identitiesWithActiveMatricule(db: Db, matricule: string): number[] {
  return stmt<[string], { identity_id: number }>(
    db,
    'SELECT identity_id FROM ins WHERE matricule = ? AND active = 1 ORDER BY identity_id',
  )
    .all(matricule)
    .map((r) => r.identity_id);
}
