// Schema guard: the schema after all migrations must equal db/schema-snapshot.json. After adding a
// migration, regenerate with `UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run db/schema-snapshot.test.ts`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './connection.js';
import { diffSchema, dumpSchema, type SchemaDump } from './schema-dump.js';

const SNAPSHOT = fileURLToPath(new URL('./schema-snapshot.json', import.meta.url));

describe('schema snapshot', () => {
  const live = dumpSchema(openDatabase(':memory:'));
  if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1') writeFileSync(SNAPSHOT, `${JSON.stringify(live, null, 2)}\n`);

  it('exists', () => {
    expect(existsSync(SNAPSHOT)).toBe(true);
  });

  it('has no breakage (removed or changed table, column, index, trigger)', () => {
    const committed = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as SchemaDump;
    expect(diffSchema(committed, live).breakages).toEqual([]);
  });

  it('has no unrecorded addition (regenerate the snapshot in the same change as the migration)', () => {
    const committed = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as SchemaDump;
    expect(diffSchema(committed, live).additions).toEqual([]);
  });

  it('reports a dropped column as a breakage', () => {
    const db = openDatabase(':memory:');
    const before = dumpSchema(db);
    db.exec('DROP INDEX identities_status; DROP INDEX identities_insi_due; ALTER TABLE identities DROP COLUMN status');
    const diff = diffSchema(before, dumpSchema(db));
    expect(diff.breakages).toContain('colonne identities.status supprimée');
    expect(diff.breakages).toContain('index identities_status supprimé');
  });

  it('reports a new column as an addition, not a breakage', () => {
    const db = openDatabase(':memory:');
    const before = dumpSchema(db);
    db.exec('ALTER TABLE operators ADD COLUMN email TEXT');
    expect(diffSchema(before, dumpSchema(db))).toEqual({ additions: ['colonne operators.email'], breakages: [] });
  });

  it('keeps every table STRICT', () => {
    const loose = Object.entries(live.tables).filter(([, t]) => t.kind === 'table' && !t.strict).map(([n]) => n);
    expect(loose).toEqual([]);
  });
});
