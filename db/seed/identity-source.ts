// Where a seed takes its identities from, one at a time as flat values (flat-identities.ts): the
// generator in this thread, or the generator worker (generator-worker.ts) read synchronously — the
// seed is one synchronous transaction, so batches are pulled with receiveMessageOnPort and
// Atomics.wait instead of events.
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { startThread } from '../worker-thread.js';
import { createIdentityGenerator, type GeneratorOptions } from './generator.js';
import { FIELDS, pushFlatIdentity, type FlatValue } from './flat-identities.js';
import type { GeneratorMessage, GeneratorWorkerData } from './generator-worker.js';

export interface IdentitySource {
  /** Values of the next identity start at `at` in `values` after next(). */
  values: readonly FlatValue[];
  at: number;
  next(): void;
  /** True when next() will not wait for the worker (the loading thread may do other work first). */
  ready(): boolean;
  close(): void;
}

/** Generator in the calling thread (small seeds, matricules checked against the base, Electron). */
export function localIdentitySource(opts: GeneratorOptions): IdentitySource {
  const generate = createIdentityGenerator(opts);
  const values: FlatValue[] = [];
  return {
    values,
    at: 0,
    next() {
      values.length = 0;
      pushFlatIdentity(values, generate());
    },
    ready: () => true,
    close() {},
  };
}

const BATCH_ROWS = 4096;
/** Batches the worker may post ahead: enough to keep generating while the loading thread indexes (seed.ts). */
const AHEAD = 32;
/** No batch for this long means the worker is gone: fail instead of waiting forever. */
const STALL_MS = 120_000;

/**
 * The generator running in a worker thread: same seed, same identities, in the same order. Only
 * where the sources run as files next to this one (CLI, tests) — not from a bundle.
 */
export function workerIdentitySource(opts: { seed: string | number; now: Date; firstIppNumber: number; count: number }): IdentitySource {
  const control = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  const data: GeneratorWorkerData = {
    seed: opts.seed,
    nowMs: opts.now.getTime(),
    firstIppNumber: opts.firstIppNumber,
    count: opts.count,
    batchRows: BATCH_ROWS,
    ahead: AHEAD,
    port: port2,
    control,
  };
  const worker = startThread(import.meta.url, 'generator-worker', 'runGeneratorWorker', data, 0);
  let taken = 0;
  let rows = 0;
  const source: IdentitySource = {
    values: [],
    at: 0,
    next() {
      source.at += FIELDS;
      if (source.at < rows * FIELDS) return;
      for (;;) {
        const received = receiveMessageOnPort(port1);
        if (received) {
          const message = received.message as GeneratorMessage;
          Atomics.store(control, 1, ++taken);
          Atomics.notify(control, 1);
          if ('error' in message) throw new Error(`Générateur d'identités (thread) : ${message.error}`);
          if ('end' in message) throw new Error("Le générateur d'identités (thread) a déjà donné toutes les identités demandées.");
          source.values = message.values;
          source.at = 0;
          rows = message.rows;
          return;
        }
        if (Atomics.wait(control, 0, taken, STALL_MS) === 'timed-out' && Atomics.load(control, 0) === taken) {
          throw new Error("Le générateur d'identités (thread) ne répond plus.");
        }
      }
    },
    ready() {
      return source.at + FIELDS < rows * FIELDS || Atomics.load(control, 0) > taken;
    },
    close() {
      port1.close();
      void worker.terminate();
    },
  };
  return source;
}
