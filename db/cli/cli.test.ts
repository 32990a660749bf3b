import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchRowSchema } from '../../core/contract/schemas.js';
import { cliProcess } from './test-process.js';

const { dir, cli, cleanup } = cliProcess('idv-cli-');
const dbFile = join(dir, 'test.sqlite');

beforeAll(async () => {
  const r = await cli(['seed', '--db', dbFile, '--count', '1500', '--seed', 'cli', '--now', '2026-01-15']);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/1\s500 identités synthétiques créées/);
}, 60_000);
afterAll(cleanup);

describe('idv CLI', () => {
  it('search --json prints exactly {rows, truncated}', async () => {
    const r = await cli(['search', '--db', dbFile, '--json', '--limit', '5', 'ma']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { rows: unknown[]; truncated: boolean };
    expect(Object.keys(out)).toEqual(['rows', 'truncated']);
    expect(out.rows).toHaveLength(5);
    expect(out.truncated).toBe(true);
    for (const row of out.rows) SearchRowSchema.parse(row);
  }, 30_000);

  it('search prints a table for people', async () => {
    const r = await cli(['search', '--db', dbFile, 'S0000001']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nom de naissance');
    expect(r.stdout).toContain('S0000001');
  }, 30_000);

  it('bench --json prints exactly {size, queries[kind, runs, p50, p95, p99]}', async () => {
    const r = await cli(['bench', '--db', dbFile, '--json', '--runs', '20']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { size: number; queries: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['size', 'queries']);
    expect(out.size).toBe(1500);
    expect(out.queries.map((q) => q.kind)).toEqual(['birth-name-prefix', 'name-first-name', 'name-birth-date', 'ins', 'ipp', 'used-name']);
    for (const q of out.queries) {
      expect(Object.keys(q)).toEqual(['kind', 'runs', 'p50', 'p95', 'p99']);
      expect(q.runs).toBe(20);
      expect(q.p50 as number).toBeLessThanOrEqual(q.p99 as number);
    }
  }, 60_000);

  it('uses $IDV_DATA_DIR/idv.sqlite without --db', async () => {
    const r = await cli(['search', '--json', 'dupont']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ rows: [], truncated: false });
  }, 30_000);

  it.each<[string[], RegExp]>([
    [[], /Usage/],
    [['frobnicate'], /Commande inconnue/],
    [['search', '--db', dbFile], /Argument manquant/],
    [['search', '--db', dbFile, '--limit', 'abc', 'x'], /--limit attend un entier/],
    [['search', '--db', dbFile, '--bogus', 'x'], /Option inconnue : --bogus/],
    [['seed', '--db', dbFile], /--count est obligatoire/],
  ])('usage error %j → exit 2, French message', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  }, 30_000);

  it('failure → exit 1, French message, no stack', async () => {
    // A directory is not a database file.
    const r = await cli(['search', '--db', dir, 'dupont']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Erreur : impossible d'ouvrir la base/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
