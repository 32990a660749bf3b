import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createMultiRowInsert } from './multi-row-insert.js';

const table = () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (a INTEGER, b TEXT)');
  return db;
};
const rows = (db: Database.Database) => db.prepare('SELECT a, b FROM t ORDER BY rowid').raw().all();

describe('createMultiRowInsert', () => {
  it.each([1, 3, 64])('writes every row, in order, %i rows per statement', (perStatement) => {
    const db = table();
    const insert = createMultiRowInsert(db, 'INSERT INTO t (a, b)', 2, perStatement);
    const expected = Array.from({ length: 10 }, (_, i) => [i, `r${i}`]);
    for (const [a, b] of expected) insert.add(a, b);
    expect(insert.pending).toBe(10 % perStatement);
    expect(rows(db)).toHaveLength(10 - (10 % perStatement));
    insert.flush();
    expect(insert.pending).toBe(0);
    expect(rows(db)).toEqual(expected);
    insert.flush();
    expect(rows(db)).toHaveLength(10);
  });

  it('a failing block writes none of its rows', () => {
    const db = table();
    db.exec('CREATE UNIQUE INDEX t_a ON t (a)');
    const insert = createMultiRowInsert(db, 'INSERT INTO t (a, b)', 2, 4);
    insert.add(1, 'x');
    insert.add(1, 'y');
    expect(() => insert.flush()).toThrow(/UNIQUE/);
    expect(rows(db)).toEqual([]);
  });
});
