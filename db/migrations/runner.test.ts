import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/contract/reply.js';
import { closeDatabase, openDatabase } from '../connection.js';
import { dumpSchema } from '../schema-dump.js';
import { MIGRATIONS } from './index.js';
import { currentVersion, LATEST_VERSION, migrate, migrateTo } from './runner.js';
import type { Migration } from './types.js';

const dirs: string[] = [];
const tempFile = () => {
  const d = mkdtempSync(join(tmpdir(), 'idv-mig-'));
  dirs.push(d);
  return join(d, 'base.sqlite');
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('migration runner', () => {
  it('brings a fresh database to the latest version', () => {
    const db = openDatabase(':memory:');
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
    expect(currentVersion(db)).toBe(LATEST_VERSION);
    expect(migrate(db)).toEqual([]);
  });

  it('registry versions are 1..n in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('from each older version, reaches the same schema as a fresh database', () => {
    const fresh = dumpSchema(openDatabase(':memory:'));
    for (let v = 0; v < LATEST_VERSION; v++) {
      const db = new Database(':memory:');
      migrateTo(db, v);
      expect(currentVersion(db)).toBe(v);
      expect(migrate(db)).toEqual(MIGRATIONS.slice(v).map((m) => m.version));
      expect(dumpSchema(db)).toEqual(fresh);
    }
  });

  it('refuses a database from the future with a French error and leaves it untouched', () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    let err: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toMatch(/version plus récente du logiciel/);
    expect((err as AppError).message).toContain(`n° ${LATEST_VERSION + 5}`);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 5);
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'identities'").get()).toEqual({ n: 0 });
    check.close();
  });

  it('applies pending migrations in one transaction: a failure leaves no table and no version bump', () => {
    const good: Migration = { version: 1, name: 'good', up: (db) => db.exec('CREATE TABLE a (x INTEGER) STRICT') };
    const bad: Migration = {
      version: 2,
      name: 'bad',
      up: (db) => db.exec('CREATE TABLE b (x INTEGER) STRICT; INSERT INTO nowhere VALUES (1)'),
    };
    const db = new Database(':memory:');
    expect(() => migrate(db, [good, bad])).toThrow(/no such table: nowhere/);
    expect(currentVersion(db)).toBe(0);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name IN ('a','b')").all()).toEqual([]);
  });

  it('rejects a registry with a gap or a wrong order', () => {
    const m = (version: number): Migration => ({ version, name: `m${version}`, up: () => undefined });
    expect(() => migrate(new Database(':memory:'), [m(1), m(3)])).toThrow(/attendu 2/);
  });

  it('refuses to migrate downwards', () => {
    const db = openDatabase(':memory:');
    if (LATEST_VERSION > 0) expect(() => migrateTo(db, LATEST_VERSION - 1)).toThrow(/au-delà de la cible/);
  });

  it('read-only opening refuses an outdated schema but opens a current one', () => {
    const file = tempFile();
    const raw = new Database(file);
    migrateTo(raw, LATEST_VERSION - 1);
    raw.close();
    expect(() => openDatabase(file, { readonly: true })).toThrow(/doit être mise à jour/);
    closeDatabase(openDatabase(file));
    const ro = openDatabase(file, { readonly: true });
    expect(currentVersion(ro)).toBe(LATEST_VERSION);
    closeDatabase(ro);
  });
});
