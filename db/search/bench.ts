// Search latency benchmark: varied queries of each kind drawn from the base itself (random
// identities, typed the way agents type them), timed one by one; p50/p95/p99 per kind in ms.
import { formatMatricule } from '../../core/identity/nir.js';
import type { Db } from '../connection.js';
import { createRng, type Rng } from '../seed/prng.js';
import { searchIdentities } from './search.js';
import { warmSearchCache } from './warm-cache.js';

export const BENCH_KINDS = ['birth-name-prefix', 'name-first-name', 'name-birth-date', 'ins', 'ipp', 'used-name'] as const;
export type BenchKind = (typeof BENCH_KINDS)[number];

export interface BenchFigure {
  kind: BenchKind;
  runs: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface BenchReport {
  size: number;
  queries: BenchFigure[];
}

interface Sampled {
  ipp: string;
  birth_name: string;
  first_birth_name: string;
  birth_date: string;
  used_name: string | null;
}

const lower = (s: string) => s.toLowerCase();

function dateAsTyped(rng: Rng, iso: string): string {
  const [y, m, d] = iso.split('-') as [string, string, string];
  return rng.pick([`${d}/${m}/${y}`, `${d}${m}${y}`, iso, `${d}.${m}.${y}`]);
}

function queryOf(kind: BenchKind, rng: Rng, r: Sampled, matricule: string | null): string | null {
  const name = lower(r.birth_name);
  switch (kind) {
    case 'birth-name-prefix':
      return name.replace(/[^a-z]/g, '').slice(0, rng.between(2, 6));
    case 'name-first-name':
      return rng.chance(0.5) ? `${name} ${lower(r.first_birth_name)}` : `${lower(r.first_birth_name)} ${name}`;
    case 'name-birth-date':
      return `${dateAsTyped(rng, r.birth_date)} ${name.replace(/[^a-z]/g, '').slice(0, 3)}`;
    case 'ins':
      return matricule === null ? null : rng.chance(0.5) ? formatMatricule(matricule) : matricule;
    case 'ipp':
      return rng.chance(0.8) ? r.ipp : lower(r.ipp);
    case 'used-name':
      return r.used_name === null ? null : rng.chance(0.5) ? lower(r.used_name) : `${lower(r.used_name)} ${lower(r.first_birth_name)}`;
  }
}

/** `runs` queries per kind, each from a different random identity when the base allows. */
export function sampleBenchQueries(db: Db, runs: number, seed: string | number = 'bench'): Map<BenchKind, string[]> {
  const rng = createRng(seed);
  const maxId = (db.prepare('SELECT coalesce(max(id), 0) FROM identities').pluck().get() as number) ?? 0;
  const maxInsId = (db.prepare('SELECT coalesce(max(id), 0) FROM ins').pluck().get() as number) ?? 0;
  const byId = db.prepare<[number], Sampled>(
    'SELECT ipp, birth_name, first_birth_name, birth_date, used_name FROM identities WHERE id = ?',
  );
  const insById = db.prepare<[number], { identity_id: number; matricule: string }>('SELECT identity_id, matricule FROM ins WHERE id = ?');
  const out = new Map<BenchKind, string[]>();
  for (const kind of BENCH_KINDS) {
    const queries: string[] = [];
    for (let attempts = 0; queries.length < runs && attempts < runs * 200 && maxId > 0; attempts++) {
      let row: Sampled | undefined;
      let matricule: string | null = null;
      if (kind === 'ins') {
        const ins = maxInsId > 0 ? insById.get(rng.between(1, maxInsId)) : undefined;
        if (!ins) continue;
        matricule = ins.matricule;
        row = byId.get(ins.identity_id);
      } else row = byId.get(rng.between(1, maxId));
      if (!row) continue;
      const q = queryOf(kind, rng, row, matricule);
      if (q !== null && q.trim() !== '') queries.push(q);
    }
    out.set(kind, queries);
  }
  return out;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * `cold`: measure without first reading the search structures into the page cache. By default the
 * bench starts where a desk is seconds after the app opened: warmed as the backend does at startup.
 */
export function runSearchBench(db: Db, opts: { runs?: number; seed?: string | number; cold?: boolean } = {}): BenchReport {
  const runs = opts.runs ?? 200;
  if (!opts.cold) warmSearchCache(db);
  const size = db.prepare('SELECT count(*) FROM identities').pluck().get() as number;
  const sampled = sampleBenchQueries(db, runs, opts.seed ?? 'bench');
  const timings = new Map<BenchKind, number[]>(BENCH_KINDS.map((k) => [k, []]));
  // Warm-up: prepared statements and the first index pages, not measured.
  for (const k of BENCH_KINDS) for (const q of (sampled.get(k) ?? []).slice(0, 5)) searchIdentities(db, q);
  // Kinds interleaved, as queries arrive at a desk, so no kind profits from a cache the previous filled.
  for (let i = 0; i < runs; i++) {
    for (const kind of BENCH_KINDS) {
      const q = sampled.get(kind)?.[i];
      if (q === undefined) continue;
      const t = performance.now();
      searchIdentities(db, q);
      timings.get(kind)?.push(performance.now() - t);
    }
  }
  return {
    size,
    queries: BENCH_KINDS.map((kind) => {
      const sorted = [...(timings.get(kind) ?? [])].sort((a, b) => a - b);
      return {
        kind,
        runs: sorted.length,
        p50: round2(percentile(sorted, 50)),
        p95: round2(percentile(sorted, 95)),
        p99: round2(percentile(sorted, 99)),
      };
    }),
  };
}
