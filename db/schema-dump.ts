// Dumps the live schema (tables, columns, indexes, triggers) to a plain object and diffs two dumps,
// splitting additions from breakages: the guard that makes destructive migrations visible.
import type { Db } from './connection.js';

/** One line per column: `TEXT NOT NULL DEFAULT 'saisie'`, `INTEGER PK`. */
export type ColumnDump = string;
export interface TableDump {
  kind: string;
  strict: boolean;
  withoutRowid: boolean;
  columns: Record<string, ColumnDump>;
}
export interface SqlObjectDump {
  table: string;
  sql: string | null;
  columns?: string[];
}
export interface SchemaDump {
  userVersion: number;
  tables: Record<string, TableDump>;
  indexes: Record<string, SqlObjectDump>;
  triggers: Record<string, SqlObjectDump>;
}

const norm = (sql: string | null) => (sql === null ? null : sql.replace(/\s+/g, ' ').trim());
const sorted = <T>(entries: [string, T][]): Record<string, T> =>
  Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export function dumpSchema(db: Db): SchemaDump {
  const tables = db
    .prepare(
      `SELECT name, type, wr, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'`,
    )
    .all() as { name: string; type: string; wr: number; strict: number }[];
  const tableEntries = tables.map((t): [string, TableDump] => {
    const cols = db.prepare('SELECT name, type, "notnull" AS nn, dflt_value, pk FROM pragma_table_info(?)').all(t.name) as {
      name: string;
      type: string;
      nn: number;
      dflt_value: string | null;
      pk: number;
    }[];
    return [
      t.name,
      {
        kind: t.type,
        strict: t.strict === 1,
        withoutRowid: t.wr === 1,
        columns: Object.fromEntries(
          cols.map((c) => [
            c.name,
            [c.type || '(no type)', c.nn ? 'NOT NULL' : '', c.dflt_value === null ? '' : `DEFAULT ${c.dflt_value}`, c.pk ? `PK${c.pk}` : '']
              .filter(Boolean)
              .join(' '),
          ]),
        ),
      },
    ];
  });
  const indexEntries = tables.flatMap((t) =>
    (db.prepare('SELECT name FROM pragma_index_list(?)').all(t.name) as { name: string }[]).map(
      ({ name }): [string, SqlObjectDump] => {
        const sql = db.prepare(`SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?`).get(name) as
          | { sql: string | null }
          | undefined;
        const columns = (db.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').all(name) as {
          name: string | null;
        }[]).map((c) => c.name ?? '<expr>');
        return [name, { table: t.name, sql: norm(sql?.sql ?? null), columns }];
      },
    ),
  );
  const triggers = db
    .prepare(`SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'trigger'`)
    .all() as { name: string; tbl_name: string; sql: string }[];
  return {
    userVersion: db.pragma('user_version', { simple: true }) as number,
    tables: sorted(tableEntries),
    indexes: sorted(indexEntries),
    triggers: sorted(triggers.map((t): [string, SqlObjectDump] => [t.name, { table: t.tbl_name, sql: norm(t.sql) }])),
  };
}

export interface SchemaDiff {
  additions: string[];
  breakages: string[];
}

/** What changed from `before` (the committed snapshot) to `after` (the live schema). */
export function diffSchema(before: SchemaDump, after: SchemaDump): SchemaDiff {
  const additions: string[] = [];
  const breakages: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const [name, t] of Object.entries(before.tables)) {
    const now = after.tables[name];
    if (!now) {
      breakages.push(`table ${name} supprimée`);
      continue;
    }
    if (now.strict !== t.strict || now.withoutRowid !== t.withoutRowid || now.kind !== t.kind) {
      breakages.push(`table ${name} : nature changée`);
    }
    for (const [col, c] of Object.entries(t.columns)) {
      if (!(col in now.columns)) breakages.push(`colonne ${name}.${col} supprimée`);
      else if (now.columns[col] !== c) breakages.push(`colonne ${name}.${col} modifiée`);
    }
    for (const col of Object.keys(now.columns)) if (!(col in t.columns)) additions.push(`colonne ${name}.${col}`);
  }
  for (const name of Object.keys(after.tables)) if (!(name in before.tables)) additions.push(`table ${name}`);
  for (const kind of ['indexes', 'triggers'] as const) {
    const label = kind === 'indexes' ? 'index' : 'trigger';
    for (const [name, o] of Object.entries(before[kind])) {
      const now = after[kind][name];
      if (!now) breakages.push(`${label} ${name} supprimé`);
      else if (!same(now, o)) breakages.push(`${label} ${name} modifié`);
    }
    for (const name of Object.keys(after[kind])) if (!(name in before[kind])) additions.push(`${label} ${name}`);
  }
  if (after.userVersion !== before.userVersion) additions.push(`user_version ${before.userVersion} → ${after.userVersion}`);
  return { additions, breakages };
}
