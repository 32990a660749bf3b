// Repository of ipp_aliases: an old IPP kept after a merge still leads to the surviving identity.
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';

export function addIppAlias(db: Db, a: { alias: string; identityId: number; at: string; reason?: string | null }): void {
  stmt(db, 'INSERT INTO ipp_aliases (alias, identity_id, created_at, reason) VALUES (?, ?, ?, ?)').run(
    a.alias,
    a.identityId,
    a.at,
    a.reason ?? null,
  );
}

export function identityIdForAlias(db: Db, alias: string): number | null {
  return stmt<[string], { identity_id: number }>(db, 'SELECT identity_id FROM ipp_aliases WHERE alias = ?').get(alias)
    ?.identity_id ?? null;
}

export function aliasesOf(db: Db, identityId: number): string[] {
  return stmt<[number], { alias: string }>(db, 'SELECT alias FROM ipp_aliases WHERE identity_id = ? ORDER BY created_at, alias')
    .all(identityId)
    .map((r) => r.alias);
}

/** Drops an alias (undoing a merge); returns false when it did not exist. */
export function removeIppAlias(db: Db, alias: string): boolean {
  return stmt(db, 'DELETE FROM ipp_aliases WHERE alias = ?').run(alias).changes > 0;
}
