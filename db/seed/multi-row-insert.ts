// Rows of one INSERT buffered and written many per statement (`VALUES (…), (…), …`): a bulk load
// binds and steps once per block instead of once per row (64 rows: 5.2 → 3.5 µs per row measured).
// The caller flushes before anything reads the rows or references them (foreign keys are immediate).
import type { Statement } from 'better-sqlite3';
import type { Db } from '../connection.js';

export interface MultiRowInsert {
  /** Buffers one row (`columns` values). */
  add(...values: unknown[]): void;
  /** Rows buffered, not yet written. */
  readonly pending: number;
  /** Writes the buffered rows. */
  flush(): void;
}

/** `head` is `INSERT INTO t (a, b, …)`; `columns` the number of values per row. */
export function createMultiRowInsert(db: Db, head: string, columns: number, rowsPerStatement = 64): MultiRowInsert {
  const row = `(${Array.from({ length: columns }, () => '?').join(', ')})`;
  const statements = new Map<number, Statement>();
  const statementFor = (rows: number) => {
    let s = statements.get(rows);
    if (!s) {
      s = db.prepare(`${head} VALUES ${Array.from({ length: rows }, () => row).join(', ')}`);
      statements.set(rows, s);
    }
    return s;
  };
  const buffer: unknown[] = [];
  const insert: MultiRowInsert = {
    add(...values) {
      for (const v of values) buffer.push(v);
      if (buffer.length === columns * rowsPerStatement) insert.flush();
    },
    get pending() {
      return buffer.length / columns;
    },
    flush() {
      if (buffer.length === 0) return;
      statementFor(buffer.length / columns).run(buffer);
      buffer.length = 0;
    },
  };
  return insert;
}
