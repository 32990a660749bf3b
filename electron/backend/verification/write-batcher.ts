// Group commit for the batch runner: the writes of several items in flight (claims, wire-call journal entries,
// outcomes) are queued and committed together in one transaction at the next turn of the event loop, each job in
// its own savepoint (a failing job rolls back alone and rejects its own promise). With SQLite's synchronous=FULL,
// one fsync then covers many items instead of three per item. A job's promise resolves only once its transaction
// is committed, so « claimed before the INSi call » and « outcome with the identity change » keep their meaning;
// jobs keep their order (FIFO), so an item's call entries always precede its outcome.
import type { Db } from '../../../db/connection.js';

interface Job {
  fn: () => unknown;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

export interface WriteBatcher {
  run<T>(fn: () => T): Promise<T>;
  /** Queues a job whose result nobody waits for (errors are reported to `onError`). */
  defer(fn: () => void): void;
}

export function createWriteBatcher(db: Db, onError: (e: unknown) => void = (e) => console.error('verification: écriture différée en échec', e)): WriteBatcher {
  let queue: Job[] = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const jobs = queue;
    queue = [];
    if (!db.open) {
      for (const j of jobs) j.reject(new Error('base fermée'));
      return;
    }
    let outcomes: { ok: boolean; v: unknown }[];
    try {
      outcomes = db.transaction(() =>
        jobs.map((j) => {
          try {
            return { ok: true, v: db.transaction(j.fn)() };
          } catch (e) {
            return { ok: false, v: e };
          }
        }),
      )();
    } catch (e) {
      for (const j of jobs) j.reject(e);
      return;
    }
    jobs.forEach((j, i) => (outcomes[i]!.ok ? j.resolve(outcomes[i]!.v) : j.reject(outcomes[i]!.v)));
  };

  const push = (job: Job) => {
    queue.push(job);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };

  return {
    run: <T>(fn: () => T) => new Promise<T>((resolve, reject) => push({ fn, resolve: resolve as (v: unknown) => void, reject })),
    defer: (fn) => push({ fn, resolve: () => undefined, reject: onError }),
  };
}
