// `verify --due` modes: a production base without INSi configuration is refused in French (exit ≠ 0, nothing
// written); a demo base starts its own simulator and prints exactly the JSON summary; usage errors exit 2.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setDatabaseMode } from '../../auth/index.js';
import { closeDatabase, openDatabase } from '../../connection.js';
import { plantDuePersons } from '../../../electron/backend/verification/due-fixture.js';
import { runCli } from '../run.js';

const dir = mkdtempSync(join(tmpdir(), 'idv-verify-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const env: NodeJS.ProcessEnv = { ...process.env, IDV_INSI_CONFIG: join(dir, 'absent.json') };
  for (const k of Object.keys(env)) if (k.startsWith('IDV_INSI_') && k !== 'IDV_INSI_CONFIG') delete env[k];
  const code = await runCli(args, { stdout: { write: (s: string) => ((stdout += s), true) } as never, stderr: { write: (s: string) => ((stderr += s), true) } as never, env });
  return { code, stdout, stderr };
}

function base(name: string, mode: 'demo' | 'production', due: number): string {
  const file = join(dir, name);
  const db = openDatabase(file);
  setDatabaseMode(db, mode);
  plantDuePersons(db, due, new Date().toISOString());
  closeDatabase(db);
  return file;
}

describe('idv verify', () => {
  it('refuses a production base without INSi configuration, in French, writing nothing', async () => {
    const file = base('prod.sqlite', 'production', 3);
    const r = await cli(['verify', '--due', '--json', '--db', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Erreur : vérification INSi impossible : base de production et téléservice INSi non configuré/);
    const db = openDatabase(file);
    expect(db.prepare('SELECT count(*) AS n FROM verification_runs').get()).toEqual({ n: 0 });
    closeDatabase(db);
  });

  it('on a demo base, starts the simulator itself and prints exactly the JSON summary', async () => {
    // The simulator does not know these synthetic persons: INSi answers « not found », so they fail into review.
    const file = base('demo.sqlite', 'demo', 2);
    const r = await cli(['verify', '--due', '--json', '--db', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('{"due":2,"confirmed":0,"failed":2,"retried":0}\n');
    const again = await cli(['verify', '--due', '--json', '--db', file]);
    expect(again.stdout).toBe('{"due":0,"confirmed":0,"failed":0,"retried":0}\n');
  }, 60_000);

  it('usage errors exit 2', async () => {
    expect((await cli(['verify', '--db', join(dir, 'x.sqlite')])).code).toBe(2);
    expect((await cli(['verify', '--due', '--rate', '0', '--db', join(dir, 'x.sqlite')])).code).toBe(2);
  });
});
