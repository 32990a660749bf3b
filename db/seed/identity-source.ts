// Where a seed takes its identities from, one at a time as flat values (flat-identities.ts): the
// generator in this thread, or the generator worker (generator-worker.ts) read synchronously — the
// seed is one synchronous transaction, so batches are pulled with receiveMessageOnPort and
// Atomics.wait instead of events.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { createIdentityGenerator, type GeneratorOptions } from './generator.js';
import { FIELDS, pushFlatIdentity, type FlatValue } from './flat-identities.js';
import type { GeneratorMessage, GeneratorWorkerData } from './generator-worker.js';

export interface IdentitySource {
  /** Values of the next identity start at `at` in `values` after next(). */
  values: readonly FlatValue[];
  at: number;
  next(): void;
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
    close() {},
  };
}

const BATCH_ROWS = 4096;
const AHEAD = 8;
/** No batch for this long means the worker is gone: fail instead of waiting forever. */
const STALL_MS = 120_000;

/** URL of tsx's loader API when this module runs from TypeScript sources (tsx, vitest), else null. */
function typeScriptLoader(): string | null {
  if (!import.meta.url.endsWith('.ts')) return null;
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const api = (require(manifest) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api'];
  return api ? pathToFileURL(manifest.replace(/package\.json$/, api.import.default)).href : null;
}

/**
 * Bootstrap of the worker, plain JavaScript: loads the TypeScript loader when needed, then the
 * worker module; a failure to load is reported like a failure to generate, since the loading thread
 * waits synchronously and would never see the worker's error event.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
(async () => {
  try {
    if (workerData.loader) (await import(workerData.loader)).register();
    (await import(workerData.entry)).runGeneratorWorker(workerData.data);
  } catch (error) {
    workerData.data.port.postMessage({ error: String((error && error.stack) || error) });
    Atomics.add(workerData.data.control, 0, 1);
    Atomics.notify(workerData.data.control, 0);
  }
})();`;

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
  const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  const entry = new URL(`./generator-worker.${ext}`, import.meta.url).href;
  const loader = typeScriptLoader();
  const worker = new Worker(BOOTSTRAP, {
    eval: true,
    // With its own loader the worker needs none of the parent's hooks (tsx would register twice).
    ...(loader ? { execArgv: [] } : {}),
    workerData: { entry, loader, data },
    transferList: [port2],
  });
  worker.unref();
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
    close() {
      port1.close();
      void worker.terminate();
    },
  };
  return source;
}
