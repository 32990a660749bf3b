// The CLI commands of the lead's part: import (the --dry-run --json contract and a real import),
// journal-verify and operator-add (password on standard input), run as real processes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'idv-cli-admin-'));
const dbFile = join(dir, 'admin.sqlite');
const entry = join(import.meta.dirname, 'index.ts');
const tsx = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx');
const example = join(import.meta.dirname, '..', 'import', 'fixtures', 'import-example.csv');

function cli(args: string[], input = '') {
  const r = spawnSync(tsx, [entry, ...args, '--db', dbFile], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('idv import / journal-verify / operator-add', () => {
  it('import --dry-run --json prints exactly one {rows, summary} object and writes nothing', { timeout: 60_000 }, () => {
    const r = cli(['import', example, '--dry-run', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { rows: { row: number; ok: boolean }[]; summary: unknown };
    expect(Object.keys(out)).toEqual(['rows', 'summary']);
    expect(out.summary).toEqual({ total: 5, ok: 3, rejected: 2 });
    expect(out.rows.map((x) => [x.row, x.ok])).toEqual([[2, true], [3, true], [4, false], [5, true], [6, false]]);
    const search = cli(['search', 'gaillard', '--json']);
    expect(JSON.parse(search.stdout).rows).toHaveLength(0);
  });

  it('imports, then the identities are searchable and the journal verifies', { timeout: 60_000 }, () => {
    expect(cli(['import', example]).stdout).toMatch(/3 identités importées, 2 rejetées/);
    expect(JSON.parse(cli(['search', 'gaillard', '--json']).stdout).rows).toHaveLength(1);
    const verify = cli(['journal-verify', '--json']);
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout).journal).toMatchObject({ ok: true, entries: 3 });
    expect(cli(['import', example]).stdout).toMatch(/déjà été importé/);
  });

  it('operator-add reads the password on standard input and refuses a weak one', { timeout: 60_000 }, () => {
    const ok = cli(['operator-add', 'marie', '--name', 'Marie Curie', '--role', 'agent'], 'un-mot-de-passe\n');
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.stdout).toContain('marie');
    const weak = cli(['operator-add', 'paul', '--name', 'Paul', '--role', 'agent'], 'court\n');
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/8 caractères/);
    const again = cli(['operator-add', 'marie', '--name', 'Marie', '--role', 'referent'], 'un-mot-de-passe\n');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/déjà utilisé/);
  });
});
