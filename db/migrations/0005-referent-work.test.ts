import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrateTo } from './runner.js';

const plan = (db: Database.Database, sql: string, ...params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');

const insertIdentity = (db: Database.Database, ipp: string) =>
  Number(
    db.prepare(
      `INSERT INTO identities (ipp, birth_name, birth_first_names, first_birth_name, sex, birth_date, birthplace_cog, status, created_at, updated_at)
       VALUES (?, 'MARTIN', 'MARIE', 'MARIE', 'F', '1980-03-12', '75056', 'provisoire', 'x', 'x')`,
    ).run(ipp).lastInsertRowid,
  );

describe('migration 0005-referent-work', () => {
  it('keeps identities (merged_into NULL) and adds the verification, duplicate and merge tables', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrateTo(db, 4);
    const a = insertIdentity(db, 'P1');
    migrateTo(db, 5);
    const b = insertIdentity(db, 'P2');
    expect(db.prepare('SELECT ipp, merged_into FROM identities ORDER BY id').all()).toEqual([
      { ipp: 'P1', merged_into: null },
      { ipp: 'P2', merged_into: null },
    ]);

    db.prepare("INSERT INTO verification_runs (started_at, started_by, workstation, state, due, updated_at) VALUES ('t', 'ref', 'P', 'running', 1, 't')").run();
    db.prepare("INSERT INTO verification_items (run_id, identity_id, state) VALUES (1, ?, 'pending')").run(a);
    expect(() => db.prepare("INSERT INTO verification_items (run_id, identity_id, state) VALUES (1, ?, 'bogus')").run(b)).toThrow(/CHECK/);
    expect(plan(db, "SELECT identity_id FROM verification_items WHERE run_id = ? AND state = 'pending'", 1)).toMatch(/verification_items_todo|PRIMARY KEY/);

    const pair = (x: number, y: number) =>
      db.prepare("INSERT INTO duplicate_pairs (a_id, b_id, kind, score, reasons_json, found_at, found_by) VALUES (?, ?, 'duplicate', 0.9, '[]', 't', 'ref')").run(x, y);
    pair(a, b);
    expect(() => pair(b, a)).toThrow(/CHECK/);
    expect(() => pair(a, b)).toThrow(/UNIQUE/);
    expect(plan(db, "SELECT * FROM duplicate_pairs WHERE status = 'open' ORDER BY score DESC LIMIT 50")).toMatch(/duplicate_pairs_open/);

    db.prepare("INSERT INTO merges (survivor_id, absorbed_id, pair_id, at, operator, workstation, reason, choices_json, before_json, after_json) VALUES (?, ?, 1, 't', 'ref', 'P', 'doublon', '{}', '{}', '{}')").run(a, b);
    expect(() => db.prepare('UPDATE identities SET merged_into = 999 WHERE id = ?').run(b)).toThrow(/FOREIGN KEY/);
    expect(plan(db, 'SELECT id FROM identities WHERE merged_into = ?', a)).toMatch(/identities_merged_into/);
  });
});
