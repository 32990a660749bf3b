// The rows a merge touches, read whole (SELECT *) so that an undo can write them back byte for byte:
// both identities, their INS, document checks, attributes and IPP aliases, and the duplicate pairs the
// merge closed. Stored as JSON in merges.before_json / after_json.
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';

export const SNAPSHOT_TABLES = ['identities', 'ins', 'document_checks', 'identity_attributes', 'ipp_aliases', 'duplicate_pairs'] as const;
export type SnapshotTable = (typeof SNAPSHOT_TABLES)[number];
export type SnapshotRow = Record<string, string | number | null>;
export type Snapshot = Record<SnapshotTable, SnapshotRow[]>;

const KEY: Record<SnapshotTable, string> = {
  identities: 'id',
  ins: 'id',
  document_checks: 'id',
  identity_attributes: 'id',
  ipp_aliases: 'alias',
  duplicate_pairs: 'id',
};

const SCOPE: Record<SnapshotTable, 'identity' | 'identity_id' | 'pair'> = {
  identities: 'identity',
  ins: 'identity_id',
  document_checks: 'identity_id',
  identity_attributes: 'identity_id',
  ipp_aliases: 'identity_id',
  duplicate_pairs: 'pair',
};

export interface SnapshotScope {
  identityIds: readonly number[];
  pairIds: readonly number[];
}

/** Every row of the scope, in primary-key order. */
export function captureSnapshot(db: Db, scope: SnapshotScope): Snapshot {
  const out = {} as Snapshot;
  for (const table of SNAPSHOT_TABLES) {
    const column = SCOPE[table] === 'identity' ? 'id' : SCOPE[table] === 'identity_id' ? 'identity_id' : 'id';
    const ids = SCOPE[table] === 'pair' ? scope.pairIds : scope.identityIds;
    out[table] = stmt<[string], SnapshotRow>(
      db,
      `SELECT * FROM ${table} WHERE ${column} IN (SELECT value FROM json_each(?)) ORDER BY ${KEY[table]}`,
    ).all(JSON.stringify(ids));
  }
  return out;
}

/** The scope a snapshot was taken on (to read the same rows again later). */
export function scopeOf(snapshot: Snapshot): SnapshotScope {
  return {
    identityIds: snapshot.identities.map((r) => Number(r.id)),
    pairIds: snapshot.duplicate_pairs.map((r) => Number(r.id)),
  };
}

const keyOf = (table: SnapshotTable, row: SnapshotRow) => String(row[KEY[table]]);
const same = (a: SnapshotRow, b: SnapshotRow) => JSON.stringify(a) === JSON.stringify(b);

/** Tables whose rows differ between two snapshots of the same scope. */
export function changedTables(a: Snapshot, b: Snapshot): SnapshotTable[] {
  return SNAPSHOT_TABLES.filter((t) => a[t].length !== b[t].length || a[t].some((row, i) => !same(row, b[t][i]!)));
}

/** Column names of a table, to refuse a snapshot naming anything else (it comes back from JSON). */
function columnsOf(db: Db, table: SnapshotTable): Set<string> {
  return new Set(stmt<[], { name: string }>(db, `SELECT name FROM pragma_table_info('${table}')`).all().map((c) => c.name));
}

/**
 * Makes the scope's rows exactly `target` again, given that they are `current` now: rows that differ are
 * rewritten column by column, rows added since are deleted (only IPP aliases can be; the other tables'
 * triggers forbid deletion). Identities come last, so that their attribute cache ends as it was.
 */
export function restoreSnapshot(db: Db, target: Snapshot, current: Snapshot): void {
  const order: SnapshotTable[] = ['ipp_aliases', 'ins', 'document_checks', 'identity_attributes', 'duplicate_pairs', 'identities'];
  for (const table of order) {
    const known = columnsOf(db, table);
    const key = KEY[table];
    const now = new Map(current[table].map((r) => [keyOf(table, r), r]));
    const wanted = new Set(target[table].map((r) => keyOf(table, r)));
    for (const [k] of now) {
      if (!wanted.has(k)) stmt(db, `DELETE FROM ${table} WHERE ${key} = ?`).run(now.get(k)![key]);
    }
    for (const row of target[table]) {
      const existing = now.get(keyOf(table, row));
      if (existing && same(existing, row)) continue;
      const columns = Object.keys(row);
      const unknown = columns.find((c) => !known.has(c));
      if (unknown) throw new Error(`Instantané de fusion invalide : colonne inconnue ${table}.${unknown}.`);
      if (existing) {
        const sets = columns.filter((c) => c !== key).map((c) => `${c} = ?`);
        stmt(db, `UPDATE ${table} SET ${sets.join(', ')} WHERE ${key} = ?`).run(
          ...columns.filter((c) => c !== key).map((c) => row[c]),
          row[key],
        );
      } else {
        stmt(db, `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
          ...columns.map((c) => row[c]),
        );
      }
    }
  }
}
