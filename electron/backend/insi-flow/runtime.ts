// The INSi runtime of a backend: the configured client (or the French reason it is unavailable), the virtual
// Vitale card reader, and in demo mode the simulator started as a child process and stopped with the backend.
// Use cases only see this interface; how INSi is reached is decided here once, at startup.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../core/contract/reply.js';
import type { VitaleCard } from '../../../core/insi/types.js';
import type { Db } from '../../../db/connection.js';
import { getMeta, setMeta } from '../../../db/repos/meta.js';
import { createInsiClient, type InsiClient, type InsiClientConfig } from '../insi/index.js';
import { mockCommand, startMockProcess } from './mock-process.js';
import { isProductionEndpoint, loadInsiSettings, type InsiSettings } from './settings.js';
import { registerDemoPersons } from '../verification/demo-persons.js';

export const DEMO_ENVIRONMENT = 'démonstration (simulateur INSi)';
const SOFTWARE_NAME = 'urn:lps:idv-desk';
const SOFTWARE_VERSION = '0.1.0';

export interface CardReader {
  list(): Promise<VitaleCard[]>;
}

export interface InsiStatusView {
  available: boolean;
  environment: string;
  endpoint: string | null;
  reason: string | null;
  cardReader: boolean;
}

export interface InsiRuntime {
  /** Waits until the demo simulator is up (immediate otherwise). */
  ready(): Promise<void>;
  status(): InsiStatusView;
  /** The client, or AppError 'unavailable' with the French reason. */
  client(): InsiClient;
  cardReader(): CardReader | null;
  /** INS obtained here may be stored in a production database (domain.md §1). */
  productionEndpoint(): boolean;
  /** The demo simulator child process, when there is one (pid, exit), for supervision and tests. */
  mockProcess(): { pid: number; exited: Promise<void> } | null;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  db: Db;
  dbFile: string;
  demo: boolean;
  /** Settings given by the host or a test; else read from `<db>.insi.json` / IDV_INSI_*. */
  settings?: InsiSettings | null;
  /** Test hooks of the client (sleep, ids…). */
  clientOverrides?: Partial<InsiClientConfig>;
  env?: Record<string, string | undefined>;
}

/** A stable id of this installation for ContexteLPS (kept in the database). */
function instanceId(db: Db): string {
  const existing = getMeta(db, 'insi_instance');
  if (existing) return existing;
  const id = randomUUID();
  setMeta(db, 'insi_instance', id);
  return id;
}

const unavailable = (reason: string, environment = 'non configuré'): InsiRuntime => ({
  ready: async () => undefined,
  status: () => ({ available: false, environment, endpoint: null, reason, cardReader: false }),
  client: () => {
    throw new AppError('unavailable', reason);
  },
  cardReader: () => null,
  productionEndpoint: () => false,
  mockProcess: () => null,
  close: async () => undefined,
});

/** The virtual card reader of the simulator: its GET /admin/cards (demo and tests). */
export function httpCardReader(adminUrl: string): CardReader {
  return {
    async list() {
      let res: Response;
      try {
        res = await fetch(`${adminUrl}/cards`);
      } catch {
        throw new AppError('unavailable', 'Lecteur de carte Vitale virtuel indisponible : le simulateur INSi ne répond pas.');
      }
      if (!res.ok) throw new AppError('unavailable', `Lecteur de carte Vitale virtuel indisponible (HTTP ${res.status}).`);
      return (await res.json()) as VitaleCard[];
    },
  };
}

export function settingsRuntime(opts: { db: Db; settings: InsiSettings; clientOverrides?: Partial<InsiClientConfig>; cardReader?: CardReader | null }): InsiRuntime {
  const s = opts.settings;
  let client: InsiClient;
  try {
    client = createInsiClient({
      endpoint: s.endpoint,
      environment: s.environment,
      software: { ...s.software, instance: instanceId(opts.db) },
      emitter: s.emitter ?? null,
      ...(s.certificate ? { tls: s.certificate } : {}),
      ...(s.timeoutMs ? { timeoutMs: s.timeoutMs } : {}),
      ...opts.clientOverrides,
    });
  } catch (e) {
    return unavailable(`Configuration INSi inutilisable : ${(e as Error).message}. Prévenez votre administrateur.`, s.environment);
  }
  return {
    ready: async () => undefined,
    status: () => ({ available: true, environment: s.environment, endpoint: s.endpoint, reason: null, cardReader: Boolean(opts.cardReader) }),
    client: () => client,
    cardReader: () => opts.cardReader ?? null,
    productionEndpoint: () => isProductionEndpoint(s.endpoint, s.environment),
    mockProcess: () => null,
    close: async () => client.close(),
  };
}

/** Demo: the simulator in a child process (in process only where a child cannot run), started in the background. */
function demoRuntime(opts: RuntimeOptions): InsiRuntime {
  let inner: InsiRuntime | null = null;
  let adminUrl = '';
  let failure: string | null = null;
  let closed = false;
  let child: { pid: number; exited: Promise<void>; stop(): Promise<void> } | null = null;
  let stopInProcess: (() => Promise<void>) | null = null;
  const software = { idam: 'IDV-DESK-DEMO', name: SOFTWARE_NAME, version: SOFTWARE_VERSION };

  const starting = (async () => {
    const cmd = mockCommand();
    let url: string;
    if ('inProcessReason' in cmd) {
      const { startInsiMock } = await import('../../../insi-mock/server.js');
      const mock = await startInsiMock({ port: 0 });
      stopInProcess = () => mock.close();
      url = mock.url;
      adminUrl = mock.adminUrl;
    } else {
      const proc = await startMockProcess(cmd);
      child = proc;
      url = proc.url;
      adminUrl = proc.adminUrl;
      void proc.exited.then(() => {
        if (!closed) failure = "Le simulateur INSi de démonstration s'est arrêté : redémarrez l'application.";
      });
    }
    if (closed) {
      await (child?.stop() ?? stopInProcess?.());
      return;
    }
    // The simulator answers for the demo's synthetic INSi+ identities too (their periodic re-verification).
    await registerDemoPersons(opts.db, adminUrl);
    inner = settingsRuntime({
      db: opts.db,
      settings: { endpoint: url, environment: DEMO_ENVIRONMENT, software },
      cardReader: httpCardReader(adminUrl),
      ...(opts.clientOverrides ? { clientOverrides: opts.clientOverrides } : {}),
    });
  })().catch((e: Error) => {
    failure = `Simulateur INSi de démonstration indisponible : ${e.message}`;
  });

  const current = (): InsiRuntime => (failure ? unavailable(failure, DEMO_ENVIRONMENT) : inner) ?? unavailable('Le simulateur INSi de démonstration démarre : réessayez dans un instant.', DEMO_ENVIRONMENT);

  return {
    ready: () => starting,
    status: () => current().status(),
    client: () => current().client(),
    cardReader: () => current().cardReader(),
    productionEndpoint: () => false,
    mockProcess: () => child,
    async close() {
      closed = true;
      // stop() sends SIGTERM synchronously: the child is signalled even if the caller does not wait.
      const signalled = child?.stop();
      await starting;
      await inner?.close();
      await (child?.stop() ?? stopInProcess?.());
      await signalled;
    },
  };
}

export function openInsiRuntime(opts: RuntimeOptions): InsiRuntime {
  if (opts.demo) return demoRuntime(opts);
  if (opts.settings) return settingsRuntime({ db: opts.db, settings: opts.settings, ...(opts.clientOverrides ? { clientOverrides: opts.clientOverrides } : {}) });
  const loaded = loadInsiSettings(opts.dbFile, opts.env);
  if (!loaded.ok) return unavailable(loaded.reason);
  return settingsRuntime({ db: opts.db, settings: loaded.settings, ...(opts.clientOverrides ? { clientOverrides: opts.clientOverrides } : {}) });
}
