// `seed --plant-duplicates`, `duplicates --json` and `duplicates-bench` through the real command line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliProcess } from './test-process.js';

const { dir, cli, cleanup } = cliProcess('idv-cli-dup-');
const dbFile = join(dir, 'test.sqlite');
const planted = join(dir, 'planted.json');

beforeAll(async () => {
  const r = await cli(['seed', '--db', dbFile, '--count', '2000', '--seed', 'dup', '--now', '2026-01-15', '--plant-duplicates', '40', '--planted-out', planted]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/40 doublons plantés/);
}, 60_000);
afterAll(cleanup);

describe('duplicates commands', () => {
  it('seed --plant-duplicates writes the planted IPP pairs', () => {
    const out = JSON.parse(readFileSync(planted, 'utf8')) as { pairs: [string, string][] };
    expect(out.pairs).toHaveLength(40);
    for (const [a, b] of out.pairs) {
      expect(a).toMatch(/^S\d{7}$/);
      expect(b).not.toBe(a);
    }
  });

  it('refuses --plant-duplicates without --planted-out', async () => {
    const r = await cli(['seed', '--db', dbFile, '--count', '10', '--plant-duplicates', '2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--planted-out/);
  });

  it('duplicates --json prints exactly {pairs:[{a,b,score,reasons}]}, the planted pairs among them', async () => {
    const r = await cli(['duplicates', '--db', dbFile, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { pairs: { a: string; b: string; score: number; reasons: string[] }[] };
    expect(Object.keys(out)).toEqual(['pairs']);
    for (const p of out.pairs) {
      expect(Object.keys(p)).toEqual(['a', 'b', 'score', 'reasons']);
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(1);
    }
    const found = new Set(out.pairs.map((p) => [p.a, p.b].sort().join('|')));
    const truth = (JSON.parse(readFileSync(planted, 'utf8')) as { pairs: [string, string][] }).pairs;
    expect(truth.filter((p) => found.has([...p].sort().join('|'))).length).toBeGreaterThanOrEqual(36);
  });

  it('duplicates prints a French table', async () => {
    const r = await cli(['duplicates', '--db', dbFile]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/IPP A\s+IPP B\s+Type\s+Score\s+Motifs/);
    expect(r.stdout).toMatch(/identités examinées en/);
  });

  it('duplicates-bench prints the figures', async () => {
    const r = await cli(['duplicates-bench', '--db', dbFile, '--planted', planted, '--json']);
    expect(r.code).toBe(0);
    const figures = JSON.parse(r.stdout) as Record<string, number>;
    expect(figures).toMatchObject({ planted: 40, scanned: 2040 });
    expect(figures.recall).toBeGreaterThanOrEqual(0.9);
    expect(typeof figures.scanMs).toBe('number');
  });
});
