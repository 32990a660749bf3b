// Prepared-statement cache, one map per connection: repositories call stmt(db, sql) on every use
// and each SQL text is compiled once per handle. Node only (better-sqlite3).
import type { Statement } from 'better-sqlite3';
import type { Db } from './connection.js';

const caches = new WeakMap<Db, Map<string, Statement>>();

export function stmt<P extends unknown[] = unknown[], R = unknown>(db: Db, sql: string): Statement<P, R> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let s = cache.get(sql);
  if (!s) {
    s = db.prepare(sql);
    cache.set(sql, s);
  }
  return s as unknown as Statement<P, R>;
}
