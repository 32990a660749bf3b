// Worker thread of a large seed: runs the same deterministic generator as the loading thread would
// and posts the identities in flat batches (flat-identities.ts), at most a few batches ahead, so
// generating (a third of a seed's time) overlaps the inserts on the other core.
import type { MessagePort } from 'node:worker_threads';
import { createIdentityGenerator } from './generator.js';
import { pushFlatIdentity, type FlatValue } from './flat-identities.js';

export interface GeneratorWorkerData {
  seed: string | number;
  nowMs: number;
  firstIppNumber: number;
  count: number;
  batchRows: number;
  /** Batches posted ahead of the loading thread at most. */
  ahead: number;
  port: MessagePort;
  /** [0] batches posted, [1] batches taken by the loading thread. */
  control: Int32Array;
}

/** Batches, then `end` once `count` identities were posted (or `error`). */
export type GeneratorMessage = { values: FlatValue[]; rows: number } | { end: true } | { error: string };

/** The worker's body, called by the bootstrap in identity-source.ts. */
export function runGeneratorWorker(data: GeneratorWorkerData): void {
  const { port, control } = data;
  try {
    const next = createIdentityGenerator({ seed: data.seed, now: new Date(data.nowMs), firstIppNumber: data.firstIppNumber });
    for (let done = 0; done < data.count; ) {
      for (let posted = Atomics.load(control, 0); posted - Atomics.load(control, 1) >= data.ahead; ) {
        Atomics.wait(control, 1, Atomics.load(control, 1), 1000);
      }
      const rows = Math.min(data.batchRows, data.count - done);
      const values: FlatValue[] = [];
      for (let i = 0; i < rows; i++) pushFlatIdentity(values, next());
      port.postMessage({ values, rows } satisfies GeneratorMessage);
      done += rows;
      Atomics.add(control, 0, 1);
      Atomics.notify(control, 0);
    }
    port.postMessage({ end: true } satisfies GeneratorMessage);
    Atomics.add(control, 0, 1);
    Atomics.notify(control, 0);
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies GeneratorMessage);
    Atomics.add(control, 0, 1);
    Atomics.notify(control, 0);
  }
}

