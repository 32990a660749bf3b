// Worker-thread host of the backend (plain Node worker_threads, so it runs and is tested without
// Electron): keeps the database off the Electron main thread; messages are {seq, channel, input, token}.
import { parentPort, workerData } from 'node:worker_threads';
import { openBackend, type BackendOptions } from './app.js';

type Message = { seq: number; channel: unknown; input: unknown; token: unknown } | { close: true };

async function serve(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('worker.ts must run as a worker thread');
  const backend = await openBackend(workerData as BackendOptions);
  port.on('message', (message: Message) => {
    if ('close' in message) {
      backend.close();
      port.close();
      return;
    }
    void backend.dispatch(message.channel, message.input, message.token).then((reply) => port.postMessage({ seq: message.seq, reply }));
  });
  port.postMessage({ ready: true });
}

// Bundled as CommonJS for Electron: no top-level await.
void serve();
