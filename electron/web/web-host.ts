// The loopback web host: the same backend and renderer as the desktop app, served on 127.0.0.1.
// Used for demos where Electron cannot run, and by the browser end-to-end tests.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBackend } from '../backend/app.js';
import { startHttpHost } from './http-server.js';

export interface WebHostOptions {
  /** 0 = an ephemeral port. */
  port?: number;
  dbFile: string;
  demo?: boolean;
  rendererDir?: string;
  assetsDir?: string;
}

export interface WebHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const backend = await openBackend({
    dbFile: opts.dbFile,
    demo: opts.demo ?? false,
    assetsDir: opts.assetsDir ?? path.join(repoRoot, 'assets'),
    sqliteBinding: null,
  });
  try {
    const http = await startHttpHost({
      port: opts.port ?? 0,
      rendererDir: opts.rendererDir ?? path.join(repoRoot, 'dist', 'renderer'),
      dispatch: backend.dispatch,
    });
    return {
      url: http.url,
      port: http.port,
      async close() {
        await http.close();
        backend.close();
      },
    };
  } catch (error) {
    backend.close();
    throw error;
  }
}
