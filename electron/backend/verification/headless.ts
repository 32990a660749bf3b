// The backend context of a headless re-verification (CLI `verify --due`): the COG reference, the system clock and
// the INSi runtime chosen for the database. A configured endpoint (`<db>.insi.json` or IDV_INSI_*) is used when
// there is one — on a demo database this is how a simulator already running is reused; otherwise a demo database
// starts its own simulator (child process, stopped on close) and a production database is refused in French.
import os from 'node:os';
import { AppError } from '../../../core/contract/reply.js';
import { getDatabaseMode } from '../../../db/auth/index.js';
import type { Db } from '../../../db/connection.js';
import { installCogReference } from '../../../db/reference/cog-install.js';
import { loadCogReference } from '../../../db/reference/cog-load.js';
import { resolveAssetsDir } from '../../../db/reference/cog-files.js';
import { systemClock, type AppContext } from '../context.js';
import { openInsiRuntime, settingsRuntime, type InsiRuntime } from '../insi-flow/runtime.js';
import { loadInsiSettings, settingsFileFor } from '../insi-flow/settings.js';
import { createSessionStore } from '../sessions.js';
import type { SessionOperator } from '../sessions.js';

export interface HeadlessContext {
  ctx: AppContext;
  /** Where INSi is reached, in French, for the CLI's first line. */
  insiLabel: string;
  close(): Promise<void>;
}

/** The system operator of a CLI run, as journaled: `cli:<os user>`. */
export function cliOperator(env: NodeJS.ProcessEnv): SessionOperator {
  const user = env.USER || env.USERNAME || os.userInfo().username || 'inconnu';
  return { username: `cli:${user}`, displayName: `Ligne de commande (${user})`, role: 'referent' };
}

export async function openHeadlessContext(db: Db, dbFile: string, env: NodeJS.ProcessEnv): Promise<HeadlessContext> {
  const demo = getDatabaseMode(db) === 'demo';
  const configured = loadInsiSettings(dbFile, env);
  let insi: InsiRuntime;
  let insiLabel: string;
  if (configured.ok) {
    insi = settingsRuntime({ db, settings: configured.settings });
    insiLabel = `INSi : ${configured.settings.endpoint} (${configured.settings.environment})`;
  } else if (demo) {
    insi = openInsiRuntime({ db, dbFile, demo: true });
    insiLabel = 'INSi : simulateur de démonstration démarré pour cette commande';
  } else {
    throw new AppError(
      'unavailable',
      `base de production et téléservice INSi non configuré : créez ${settingsFileFor(dbFile)} (ou les variables IDV_INSI_*), voir electron/backend/insi-flow/README.md. ${configured.reason}`,
    );
  }
  installCogReference(db, resolveAssetsDir(env));
  const ctx: AppContext = {
    db,
    cog: loadCogReference(db),
    clock: systemClock,
    workstation: os.hostname(),
    sessions: createSessionStore(),
    demo,
    insi,
  };
  await insi.ready();
  const status = insi.status();
  if (!status.available) {
    await insi.close();
    throw new AppError('unavailable', status.reason ?? 'INSi indisponible.');
  }
  return { ctx, insiLabel, close: () => insi.close() };
}
