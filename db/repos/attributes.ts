// Repository of identity_attributes: douteuse / fictive / homonyme with reason and who/when, history
// kept (removal stamps the row). Triggers refresh identities.attributes; compatibility rules live in core.
import type { AttributeState, IdentityAttribute } from '../../core/identity/types.js';
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';

export interface AttributeRow {
  id: number;
  identity_id: number;
  attribute: IdentityAttribute;
  reason: string;
  set_at: string;
  set_by: string;
  removed_at: string | null;
  removed_by: string | null;
  removed_reason: string | null;
}

export interface AttributeRecord extends AttributeState {
  id: number;
  identityId: number;
  removedAt: string | null;
  removedBy: string | null;
  removedReason: string | null;
}

export const attributeToDomain = (r: AttributeRow): AttributeRecord => ({
  id: r.id,
  identityId: r.identity_id,
  attribute: r.attribute,
  reason: r.reason,
  setAt: r.set_at,
  operator: r.set_by,
  removedAt: r.removed_at,
  removedBy: r.removed_by,
  removedReason: r.removed_reason,
});

/** Sets an attribute; fails (unique index) if it is already active on the identity. */
export function setAttribute(
  db: Db,
  a: { identityId: number; attribute: IdentityAttribute; reason: string; at: string; operator: string },
): number {
  const info = stmt(
    db,
    'INSERT INTO identity_attributes (identity_id, attribute, reason, set_at, set_by) VALUES (?, ?, ?, ?, ?)',
  ).run(a.identityId, a.attribute, a.reason, a.at, a.operator);
  return Number(info.lastInsertRowid);
}

/** Removes an active attribute; returns false when it was not active. */
export function removeAttribute(
  db: Db,
  a: { identityId: number; attribute: IdentityAttribute; reason: string; at: string; operator: string },
): boolean {
  return (
    stmt(
      db,
      `UPDATE identity_attributes SET removed_at = ?, removed_by = ?, removed_reason = ?
       WHERE identity_id = ? AND attribute = ? AND removed_at IS NULL`,
    ).run(a.at, a.operator, a.reason, a.identityId, a.attribute).changes > 0
  );
}

export function activeAttributes(db: Db, identityId: number): AttributeState[] {
  return stmt<[number], AttributeRow>(
    db,
    'SELECT * FROM identity_attributes WHERE identity_id = ? AND removed_at IS NULL ORDER BY attribute',
  )
    .all(identityId)
    .map((r) => {
      const { attribute, reason, setAt, operator } = attributeToDomain(r);
      return { attribute, reason, setAt, operator };
    });
}

export function attributeHistory(db: Db, identityId: number): AttributeRecord[] {
  return stmt<[number], AttributeRow>(db, 'SELECT * FROM identity_attributes WHERE identity_id = ? ORDER BY set_at, id')
    .all(identityId)
    .map(attributeToDomain);
}
