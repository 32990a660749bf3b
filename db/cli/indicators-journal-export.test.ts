// `indicators --json` and `journal-export`, run as real processes on a small imported base.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndicatorsSchema } from '../../core/contract/channels-indicators.js';
import { parseCsv } from '../../core/indicators/csv.js';
import { cliProcess } from './test-process.js';

const proc = cliProcess('idv-cli-ind-', { USER: 'auditrice' });
const dir = proc.dir;
const dbFile = join(dir, 'test.sqlite');
const cli = (args: string[]) => proc.cli([...args, '--db', dbFile]);

beforeAll(async () => {
  const csv = join(dir, 'in.csv');
  writeFileSync(csv, readFileSync(join(import.meta.dirname, '..', 'import', 'fixtures', 'import-example.csv')));
  const r = await cli(['import', csv, '--operator', 'import-test']);
  expect(r.code).toBe(0);
}, 60_000);
afterAll(proc.cleanup);

describe('idv indicators / journal-export', () => {
  it('indicators --json prints the figures and the timings', async () => {
    const r = await cli(['indicators', '--json', '--runs', '2']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { timing: { cold: { folded: number }; warm: { runs: number } }; indicators: unknown };
    const figures = IndicatorsSchema.parse(out.indicators);
    expect(figures.totals.identities).toBeGreaterThan(0);
    expect(figures.operators[0]).toMatchObject({ operator: 'import-test', creations: figures.totals.identities });
    expect(out.timing.cold.folded).toBeGreaterThan(0);
    expect(out.timing.warm.runs).toBe(2);
    expect((await cli(['indicators', '--granularity', 'jour'])).code).toBe(2);
  });

  it('journal-export writes CSV with hashes to a file and journals the export', async () => {
    const out = join(dir, 'audit.csv');
    const r = await cli(['journal-export', '--out', out, '--operator', 'import-test']);
    expect(r.code).toBe(0);
    const [header, ...rows] = parseCsv(readFileSync(out, 'utf8'));
    expect(header).toEqual(['seq', 'at', 'operator', 'workstation', 'action', 'entity', 'entity_id', 'reason', 'payload', 'libelle', 'prev_hash', 'hash']);
    expect(rows.length).toBeGreaterThan(0);
    expect(r.stderr).toMatch(new RegExp(`^${rows.length} entrées exportées dans ${out}`));
    const jsonl = await cli(['journal-export', '--format', 'jsonl', '--operator', 'cli:auditrice']);
    expect(jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l).action)).toEqual(['system.journal_export']);
    expect((await cli(['journal-export', '--format', 'xml'])).code).toBe(2);
  });
});
