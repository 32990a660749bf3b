// Repository of document_checks: high-trust identity device checks (IV+) with who/when/where,
// withdrawn rather than deleted. Whether a check still counts (validity date…) is for core rules.
import type { DocumentCheck } from '../../core/identity/types.js';
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';

export interface DocumentCheckRow {
  id: number;
  identity_id: number;
  device_type: string;
  valid_until: string;
  checked_at: string;
  operator: string;
  workstation: string;
  withdrawn_at: string | null;
  withdrawn_by: string | null;
  withdrawn_reason: string | null;
}

export interface DocumentCheckRecord extends DocumentCheck {
  id: number;
  identityId: number;
  workstation: string;
  withdrawnAt: string | null;
  withdrawnBy: string | null;
  withdrawnReason: string | null;
}

export interface NewDocumentCheck {
  identityId: number;
  deviceType: string;
  validUntil: string;
  checkedAt: string;
  operator: string;
  workstation: string;
}

export const documentCheckToDomain = (r: DocumentCheckRow): DocumentCheckRecord => ({
  id: r.id,
  identityId: r.identity_id,
  deviceType: r.device_type,
  validUntil: r.valid_until,
  checkedAt: r.checked_at,
  operator: r.operator,
  workstation: r.workstation,
  withdrawnAt: r.withdrawn_at,
  withdrawnBy: r.withdrawn_by,
  withdrawnReason: r.withdrawn_reason,
});

export function insertDocumentCheck(db: Db, c: NewDocumentCheck): number {
  const info = stmt(
    db,
    `INSERT INTO document_checks (identity_id, device_type, valid_until, checked_at, operator, workstation)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(c.identityId, c.deviceType, c.validUntil, c.checkedAt, c.operator, c.workstation);
  return Number(info.lastInsertRowid);
}

/** The latest check not withdrawn, or null. */
export function activeDocumentCheck(db: Db, identityId: number): DocumentCheckRecord | null {
  const r = stmt<[number], DocumentCheckRow>(
    db,
    `SELECT * FROM document_checks WHERE identity_id = ? AND withdrawn_at IS NULL
     ORDER BY checked_at DESC, id DESC LIMIT 1`,
  ).get(identityId);
  return r ? documentCheckToDomain(r) : null;
}

/** Withdraws every check still standing for the identity; returns how many were withdrawn. */
export function withdrawDocumentCheck(
  db: Db,
  identityId: number,
  w: { at: string; operator: string; reason: string },
): number {
  return stmt(
    db,
    `UPDATE document_checks SET withdrawn_at = ?, withdrawn_by = ?, withdrawn_reason = ?
     WHERE identity_id = ? AND withdrawn_at IS NULL`,
  ).run(w.at, w.operator, w.reason, identityId).changes;
}

export function documentCheckHistory(db: Db, identityId: number): DocumentCheckRecord[] {
  return stmt<[number], DocumentCheckRow>(db, 'SELECT * FROM document_checks WHERE identity_id = ? ORDER BY checked_at, id')
    .all(identityId)
    .map(documentCheckToDomain);
}
