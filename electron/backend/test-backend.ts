// Test helper: a backend on a fresh temporary database with a fixed clock, a referent and an agent
// (cheap scrypt cost), and a `call` that logs in as either of them.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createOperator } from '../../db/auth/index.js';
import { openBackend, type Backend } from './app.js';
import type { Clock } from './context.js';

export const TEST_CLOCK: Clock = { now: () => '2026-11-23T09:30:00.000Z', today: () => '2026-11-23' };
const CHEAP = { ln: 10, r: 8, p: 1 };
export const ASSETS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets');

export interface TestBackend {
  backend: Backend;
  dir: string;
  as(username: 'ref' | 'agent' | 'agent2'): (channel: string, input?: unknown) => Promise<{ ok: boolean; value?: any; error?: any }>;
  close(): void;
}

// A migrated production database with the COG reference installed, copied for each test (installing
// the reference takes about a second).
let template: string | null = null;
async function productionTemplate(): Promise<string> {
  if (template && existsSync(template)) return template;
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'idv-template-')), 'template.sqlite');
  const backend = await openBackend({ dbFile: file, demo: false, assetsDir: ASSETS_DIR, sqliteBinding: null });
  backend.close();
  template = file;
  return file;
}

export async function startTestBackend(opts: { demo?: boolean } = {}): Promise<TestBackend> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'idv-backend-'));
  const dbFile = path.join(dir, 'test.sqlite');
  if (!opts.demo) copyFileSync(await productionTemplate(), dbFile);
  const backend = await openBackend({
    dbFile,
    demo: opts.demo ?? false,
    assetsDir: ASSETS_DIR,
    sqliteBinding: null,
    workstation: 'POSTE-TEST',
    clock: TEST_CLOCK,
  });
  const db = backend.context.db;
  createOperator(db, { username: 'ref', displayName: 'Référente', role: 'referent', password: 'secret-ref' }, TEST_CLOCK.now(), CHEAP);
  createOperator(db, { username: 'agent', displayName: 'Agent', role: 'agent', password: 'secret-agent' }, TEST_CLOCK.now(), CHEAP);
  createOperator(db, { username: 'agent2', displayName: 'Agent 2', role: 'agent', password: 'secret-agent2' }, TEST_CLOCK.now(), CHEAP);
  const tokens = new Map<string, string>();
  return {
    backend,
    dir,
    as(username) {
      return async (channel, input = {}) => {
        if (!tokens.has(username)) {
          const login = await backend.dispatch('session.login', { username, password: `secret-${username}` }, null);
          if (!login.ok) throw new Error(`login ${username} failed`);
          tokens.set(username, (login.value as { token: string }).token);
        }
        return (await backend.dispatch(channel, input, tokens.get(username))) as { ok: boolean; value?: any; error?: any };
      };
    },
    close() {
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const sampleDraft = {
  birthName: 'd’Artagnan-Lefèvre',
  birthFirstNames: 'Zoé Anaïs',
  firstBirthName: '',
  sex: 'F',
  birthDate: '12/03/1980',
  birthplaceCog: '63113',
  usedName: '',
  usedFirstName: '',
};
