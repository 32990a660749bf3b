import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase, openDatabase } from './connection.js';
import { LATEST_VERSION } from './migrations/runner.js';

const dirs: string[] = [];
const tempFile = () => {
  const d = mkdtempSync(join(tmpdir(), 'idv-conn-'));
  dirs.push(d);
  return join(d, 'base.sqlite');
};
afterEach(() => {
  vi.unstubAllEnvs();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const nodeBinding = join(
  dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')),
  'build/Release/better_sqlite3.node',
);

describe('openDatabase', () => {
  it('sets WAL, full sync, foreign keys and busy timeout on a file, and migrates', () => {
    const db = openDatabase(tempFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    closeDatabase(db);
    expect(db.open).toBe(false);
    closeDatabase(db);
  });

  it('keeps the memory journal for :memory:', () => {
    const db = openDatabase(':memory:');
    expect(db.pragma('journal_mode', { simple: true })).toBe('memory');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('reopens a file without re-running migrations and keeps its data', () => {
    const file = tempFile();
    const a = openDatabase(file);
    a.prepare("INSERT INTO meta (key, value) VALUES ('k', 'v')").run();
    closeDatabase(a);
    const b = openDatabase(file);
    expect(b.prepare("SELECT value FROM meta WHERE key = 'k'").get()).toEqual({ value: 'v' });
    closeDatabase(b);
  });

  it('opens read-only without writing', () => {
    const file = tempFile();
    closeDatabase(openDatabase(file));
    const ro = openDatabase(file, { readonly: true });
    expect(ro.readonly).toBe(true);
    expect(() => ro.prepare("INSERT INTO meta (key, value) VALUES ('k', 'v')").run()).toThrow(/readonly/);
    closeDatabase(ro);
  });

  it('passes nativeBinding through to better-sqlite3', () => {
    const db = openDatabase(':memory:', { nativeBinding: nodeBinding });
    expect(db.prepare('SELECT 1 AS one').get()).toEqual({ one: 1 });
    expect(() => openDatabase(':memory:', { nativeBinding: '/nonexistent/better_sqlite3.node' })).toThrow();
  });

  it('honours IDV_SQLITE_BINDING when no option is given', () => {
    vi.stubEnv('IDV_SQLITE_BINDING', '/nonexistent/better_sqlite3.node');
    expect(() => openDatabase(':memory:')).toThrow();
    vi.stubEnv('IDV_SQLITE_BINDING', nodeBinding);
    expect(openDatabase(':memory:').open).toBe(true);
  });
});
