// Main-side client of the backend worker: request/response by sequence number, waits for readiness,
// and turns a dead worker into an 'unavailable' reply instead of a hang.
import { Worker } from 'node:worker_threads';
import type { BackendOptions } from './app.js';

type Pending = (reply: unknown) => void;

export interface BackendWorker {
  call(channel: unknown, input: unknown, token: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export function startBackendWorker(entry: string | URL, options: BackendOptions, execArgv: string[] = []): Promise<BackendWorker> {
  const worker = new Worker(entry, { workerData: options, execArgv });
  const pending = new Map<number, Pending>();
  let seq = 0;
  let dead: string | null = null;
  const unavailable = () => ({ ok: false, error: { code: 'unavailable', message: `Le service local s'est arrêté (${dead}). Redémarrez l'application.` } });

  return new Promise((resolve, reject) => {
    worker.on('message', (message: { ready?: true; seq?: number; reply?: unknown }) => {
      if (message.ready) {
        resolve({
          call(channel, input, token) {
            if (dead) return Promise.resolve(unavailable());
            const id = ++seq;
            return new Promise((done) => {
              pending.set(id, done);
              worker.postMessage({ seq: id, channel, input, token });
            });
          },
          async close() {
            worker.postMessage({ close: true });
            await new Promise((done) => worker.once('exit', done));
          },
        });
        return;
      }
      if (message.seq !== undefined) {
        pending.get(message.seq)?.(message.reply);
        pending.delete(message.seq);
      }
    });
    worker.on('error', (error) => {
      dead = error.message;
      for (const done of pending.values()) done(unavailable());
      pending.clear();
      reject(error);
    });
    worker.on('exit', (code) => {
      dead ??= `code ${code}`;
      for (const done of pending.values()) done(unavailable());
      pending.clear();
    });
  });
}
