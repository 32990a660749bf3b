// Connection settings for a bulk load (seed, CSV import), restored afterwards: a large page cache (the
// random-order index inserts of a base already big, and a million-row single transaction, stay in
// memory instead of spilling to the WAL mid-transaction), sorts of
// CREATE INDEX in memory (mmap_size was tried: no gain for a load). Durability is untouched: synchronous stays as set.
import type { Db } from '../connection.js';

const BULK: readonly [name: string, value: number][] = [
  ['cache_size', -1_048_576], // 1 GiB: a million-row load stays in memory until it commits
  ['temp_store', 2], // MEMORY
];

export function withBulkPragmas<T>(db: Db, fn: () => T): T {
  const saved = BULK.map(([name]) => [name, db.pragma(name, { simple: true }) as number] as const);
  for (const [name, value] of BULK) db.pragma(`${name} = ${value}`);
  try {
    return fn();
  } finally {
    for (const [name, value] of saved) db.pragma(`${name} = ${value}`);
  }
}
