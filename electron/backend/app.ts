// Composition of the backend: opens the database (migrations), installs and loads the COG reference,
// prepares demo data when asked, opens the INSi runtime (demo: the simulator as a child process), and
// returns the dispatcher every transport uses. close() stops the simulator too.
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../core/contract/reply.js';
import { closeDatabase, openDatabase } from '../../db/connection.js';
import { foldInBackground } from '../../db/indicators/background.js';
import { warmPageCache } from '../../db/page-cache.js';
import { warmSearchCacheInBackground } from '../../db/search/warm-cache.js';
import { getDatabaseMode, isDatabaseModeSet, setDatabaseMode } from '../../db/auth/index.js';
import type { CogReference } from '../../core/cog/model.js';
import { installCogReference } from '../../db/reference/cog-install.js';
import { loadCogReference } from '../../db/reference/cog-load.js';
import { systemClock, type AppContext, type Clock } from './context.js';
import { prepareDemo } from './demo.js';
import { createDispatcher, type Dispatcher } from './dispatch.js';
import { handlers } from './handlers/index.js';
import { openInsiRuntime, type InsiRuntime } from './insi-flow/runtime.js';
import type { InsiSettings } from './insi-flow/settings.js';
import { createSessionStore } from './sessions.js';
import { stopVerification } from './verification/service.js';

export interface BackendOptions {
  dbFile: string;
  demo: boolean;
  /** The folder holding `cog/` (the INSEE files). */
  assetsDir: string;
  /** better-sqlite3 binary built for the running ABI (Electron), or null for the default one. */
  sqliteBinding: string | null;
  workstation?: string;
  clock?: Clock;
  /** INSi settings given by the host; else `<dbFile>.insi.json` / IDV_INSI_* (ignored in demo mode: simulator). */
  insiSettings?: InsiSettings | null;
}

export interface Backend {
  dispatch: Dispatcher;
  context: AppContext;
  /** Closes the database at once; the promise resolves when the INSi simulator (demo) has stopped. */
  close(): Promise<void>;
}

function checkMode(opts: BackendOptions, db: AppContext['db']): boolean {
  if (!isDatabaseModeSet(db)) {
    setDatabaseMode(db, opts.demo ? 'demo' : 'production');
    return opts.demo;
  }
  const mode = getDatabaseMode(db);
  if (opts.demo && mode !== 'demo') {
    throw new AppError('forbidden', `Le mode démonstration est refusé : ${path.basename(opts.dbFile)} est une base de production.`);
  }
  return mode === 'demo';
}

// The reference is immutable once built: backends opened in one process (tests, web host restarts) share it.
const loadedReferences = new Map<string, CogReference>();

function cogReference(db: AppContext['db'], assetsDir: string): CogReference {
  const { version } = installCogReference(db, path.join(assetsDir, 'cog'));
  let ref = loadedReferences.get(version);
  if (!ref) {
    ref = loadCogReference(db);
    loadedReferences.set(version, ref);
  }
  return ref;
}

export async function openBackend(opts: BackendOptions): Promise<Backend> {
  const db = openDatabase(opts.dbFile, opts.sqliteBinding ? { nativeBinding: opts.sqliteBinding } : {});
  void warmPageCache(opts.dbFile);
  let insi: InsiRuntime | null = null;
  try {
    const demo = checkMode(opts, db);
    const context: AppContext = {
      db,
      cog: cogReference(db, opts.assetsDir),
      clock: opts.clock ?? systemClock,
      workstation: opts.workstation ?? os.hostname(),
      sessions: createSessionStore(),
      demo,
      insi: (insi = openInsiRuntime({ db, dbFile: opts.dbFile, demo, settings: opts.insiSettings ?? null })),
    };
    if (demo) prepareDemo(context);
    const folding = foldInBackground(db, { onError: (error) => console.error('indicators: background fold failed', error) });
    const warming = warmSearchCacheInBackground(db, { onError: (error) => console.error('search: cache warm-up failed', error) });
    const dispatch = createDispatcher({
      app: context,
      handlers,
      resolveOperator: (token) => context.sessions.get(token),
    });
    let closing: Promise<void> | null = null;
    const close = () => {
      closing ??= (async () => {
        stopVerification(context);
        folding.stop();
        warming.stop();
        const insi = context.insi.close();
        closeDatabase(db);
        await insi;
      })();
      return closing;
    };
    return { dispatch, context, close };
  } catch (error) {
    void (insi as InsiRuntime | null)?.close();
    closeDatabase(db);
    throw error;
  }
}
