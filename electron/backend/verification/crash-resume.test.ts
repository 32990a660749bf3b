// Crash safety of the batch with a REAL process: the CLI `verify --due` runs against the simulator, is killed
// with SIGKILL mid-run, and started again. Every due identity must end with exactly one outcome, no verification
// recorded twice (one identity.insi_verify entry per identity), the counts adding up, and the journal intact.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { setDatabaseMode } from '../../../db/auth/index.js';
import { closeDatabase, openDatabase } from '../../../db/connection.js';
import { verifyJournal } from '../../../db/journal/index.js';
import { startInsiMock, type InsiMock } from '../../../insi-mock/server.js';
import { plantDuePersons } from './due-fixture.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const DUE = 240;
const FAILING = 12;

let dir: string;
let dbFile: string;
let mock: InsiMock;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'idv-crash-'));
  dbFile = path.join(dir, 'crash.sqlite');
  const db = openDatabase(dbFile);
  setDatabaseMode(db, 'demo');
  const persons = plantDuePersons(db, DUE, new Date().toISOString());
  // INSi's base changed for a few of them since their acceptance: their verification fails.
  db.prepare(`UPDATE identities SET birth_first_names = 'CAMILLE ROSE' WHERE id IN (SELECT id FROM identities ORDER BY id LIMIT ${FAILING})`).run();
  closeDatabase(db);
  mock = await startInsiMock({ port: 0, latencyMs: 25 });
  mock.admin.addPersons(persons.map((p, i) => ({ ...p, id: `p${i}`, ins: { ...p.ins, oid: 'NIR' as const }, history: [], synthetic: true, source: 'test' })));
}, 60_000);

afterAll(async () => {
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

function cli(): { child: ChildProcess; stdout: Promise<string>; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'db/cli/index.ts'), 'verify', '--due', '--json', '--rate', '1000', '--db', dbFile], {
    cwd: ROOT,
    env: {
      ...process.env,
      IDV_INSI_ENDPOINT: mock.url,
      IDV_INSI_ENVIRONMENT: 'test de reprise (simulateur INSi)',
      IDV_INSI_IDAM: 'IDV-TEST',
      IDV_INSI_SOFTWARE_NAME: 'urn:lps:idv-desk',
      IDV_INSI_SOFTWARE_VERSION: '0.1.0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stdout: exit.then(() => (err && !out ? `${out}\n${err}` : out)), exit };
}

const read = <T>(sql: string): T => {
  const db = openDatabase(dbFile, { readonly: true });
  try {
    return db.prepare(sql).all() as T;
  } finally {
    closeDatabase(db);
  }
};

it('killed with SIGKILL mid-run, a new start resumes without verifying anyone twice or losing a result', async () => {
  const first = cli();
  // Wait until some outcomes are committed, then kill -9.
  let done = 0;
  for (let i = 0; i < 600 && done < 40; i++) {
    await new Promise((r) => setTimeout(r, 50));
    try {
      done = read<{ n: number }[]>("SELECT count(*) AS n FROM verification_items WHERE state IN ('confirmed', 'failed')")[0]!.n;
    } catch {
      done = 0; // tables not there yet (the CLI migrates the base at its start)
    }
  }
  expect(done).toBeGreaterThanOrEqual(40);
  first.child.kill('SIGKILL');
  expect(await first.exit).toBeNull();

  const [atKill] = read<{ done: number; inFlight: number; state: string }[]>(
    "SELECT sum(i.state IN ('confirmed', 'failed')) AS done, sum(i.state = 'in_flight') AS inFlight, r.state FROM verification_items i JOIN verification_runs r ON r.id = i.run_id",
  );
  expect(atKill!.state).toBe('running');
  expect(atKill!.done).toBeLessThan(DUE);
  const callsBefore = mock.admin.calls().length;

  const second = cli();
  expect(await second.exit).toBe(0);
  const summary = JSON.parse((await second.stdout).trim()) as Record<string, number>;
  expect(summary).toEqual({ due: DUE, confirmed: DUE - FAILING, failed: FAILING, retried: 0 });

  // One run, every item with exactly one final outcome.
  expect(read<{ n: number }[]>('SELECT count(*) AS n FROM verification_runs')[0]!.n).toBe(1);
  expect(read<{ state: string; n: number }[]>('SELECT state, count(*) AS n FROM verification_items GROUP BY state ORDER BY state')).toEqual([
    { state: 'confirmed', n: DUE - FAILING },
    { state: 'failed', n: FAILING },
  ]);
  // No verification recorded twice: one identity.insi_verify per identity, none missing.
  const perIdentity = read<{ n: number }[]>("SELECT count(*) AS n FROM journal WHERE action = 'identity.insi_verify' GROUP BY entity_id");
  expect(perIdentity).toHaveLength(DUE);
  expect(perIdentity.every((r) => r.n === 1)).toBe(true);
  expect(read<{ n: number }[]>("SELECT count(*) AS n FROM review_queue WHERE kind = 'insi_verify_failed'")[0]!.n).toBe(FAILING);
  expect(read<{ n: number }[]>("SELECT count(DISTINCT identity_id) AS n FROM review_queue")[0]!.n).toBe(FAILING);
  // Only the items in flight at the kill were asked again (an INSi verification is read-only on INSi's side).
  const callsAfter = mock.admin.calls().length - callsBefore;
  expect(callsAfter).toBe(DUE - atKill!.done);
  expect(read<{ operator: string }[]>("SELECT DISTINCT operator FROM journal WHERE action = 'identity.insi_verify'")).toEqual([{ operator: `cli:${process.env.USER || os.userInfo().username}` }]);
  const db = openDatabase(dbFile, { readonly: true });
  try {
    expect(verifyJournal(db).ok).toBe(true);
  } finally {
    closeDatabase(db);
  }
}, 120_000);
