// Starts a worker thread running one exported function of a module that sits next to the caller, from
// the TypeScript sources (tsx, vitest: tsx's loader is registered in the worker) or from built JS. The
// threads of a seed or an import are read synchronously (receiveMessageOnPort + Atomics.wait), so the
// waiting thread would never see the worker's `error` event: a failure to load is posted on the data's
// port like a failure of the work, and counted in the data's control array.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type MessagePort } from 'node:worker_threads';

export interface ThreadData {
  port: MessagePort;
  /** Shared counters; `postedSlot` counts the messages posted. */
  control: Int32Array;
}

/** URL of tsx's loader API when `callerUrl` is a TypeScript source (tsx, vitest), else null. */
function typeScriptLoader(callerUrl: string): string | null {
  if (!callerUrl.endsWith('.ts')) return null;
  const require = createRequire(callerUrl);
  const manifest = require.resolve('tsx/package.json');
  const api = (require(manifest) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api'];
  return api ? pathToFileURL(manifest.replace(/package\.json$/, api.import.default)).href : null;
}

/** Plain JavaScript: loads the TypeScript loader when needed, then runs the module's function. */
const bootstrap = (exportName: string, postedSlot: number) => `
const { workerData } = require('node:worker_threads');
(async () => {
  try {
    if (workerData.loader) (await import(workerData.loader)).register();
    (await import(workerData.entry))[${JSON.stringify(exportName)}](workerData.data);
  } catch (error) {
    workerData.data.port.postMessage({ error: String((error && error.stack) || error) });
    Atomics.add(workerData.data.control, ${postedSlot}, 1);
    Atomics.notify(workerData.data.control, ${postedSlot});
  }
})();`;

/**
 * Runs `exportName(data)` of the module `moduleName` (no extension) found next to `callerUrl`
 * (`import.meta.url`), in an unref'd worker; `data.port` is transferred.
 */
export function startThread(callerUrl: string, moduleName: string, exportName: string, data: ThreadData, postedSlot: number): Worker {
  const ext = callerUrl.endsWith('.ts') ? 'ts' : 'js';
  const entry = new URL(`./${moduleName}.${ext}`, callerUrl).href;
  const loader = typeScriptLoader(callerUrl);
  const worker = new Worker(bootstrap(exportName, postedSlot), {
    eval: true,
    // With its own loader the worker needs none of the parent's hooks (tsx would register twice).
    ...(loader ? { execArgv: [] } : {}),
    workerData: { entry, loader, data },
    transferList: [data.port],
  });
  worker.unref();
  return worker;
}
