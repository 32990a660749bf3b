// Benchmark of the COG reference: install time, load time, suggestion latency (p50/p99 over 1,000 varied
// queries) and memory. Run: npx tsx db/reference/bench-cog.ts  (prints figures; asserts nothing).
import Database from 'better-sqlite3';
import { suggestBirthplaces } from '../../core/cog/index.js';
import { resolveAssetsDir } from './cog-files.js';
import { installCogReference } from './cog-install.js';
import { loadCogReference } from './cog-load.js';

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} Mo`;
const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

// Deterministic pseudo-random sequence (mulberry32), so runs are comparable.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const heapBefore = process.memoryUsage().heapUsed;
const db = new Database(':memory:');
const install = installCogReference(db, resolveAssetsDir());
const started = performance.now();
const ref = loadCogReference(db);
const loadMs = performance.now() - started;
globalThis.gc?.();
const heapAfter = process.memoryUsage().heapUsed;

const rand = random(20260416);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
const dates = [null, '1935-04-02', '1960-01-01', '1975-12-31', '1990-06-15', '2018-03-01'];
const queries: { q: string; date: string | null }[] = [];
while (queries.length < 1000) {
  const place = pick(ref.places);
  const kind = rand();
  let q: string;
  if (kind < 0.45) q = place.name.slice(0, 1 + Math.floor(rand() * place.name.length)).toLowerCase();
  else if (kind < 0.6) q = place.name.normalize('NFD').replace(/\p{M}/gu, '').replace(/-/g, ' ').toLowerCase();
  else if (kind < 0.75) q = place.code.slice(0, 1 + Math.floor(rand() * 5));
  else if (kind < 0.85) q = `${place.name.split(/[- ']/)[0] ?? place.name} ${place.context ?? ''}`;
  else if (kind < 0.95) q = place.name.replace(/^Saint/, 'st').slice(0, 6);
  else q = pick(['a', 's', 'inconnu', '99', 'st e', "l'a", '2a', 'paris 75']);
  queries.push({ q, date: pick(dates) });
}

for (const { q, date } of queries.slice(0, 50)) suggestBirthplaces(ref, q, date, 10);
const timed = queries.map(({ q, date }) => {
  const t = performance.now();
  suggestBirthplaces(ref, q, date, 10);
  return { q, date, ms: performance.now() - t };
});
timed.sort((a, b) => a.ms - b.ms);
const times = timed.map((t) => t.ms);

console.log(`install (${install.places} lieux, ${install.events} évènements, version ${install.version}): ${install.tookMs.toFixed(0)} ms`);
console.log(`reinstall skipped: ${installCogReference(db, resolveAssetsDir()).tookMs.toFixed(0)} ms`);
console.log(`load into memory: ${loadMs.toFixed(0)} ms`);
console.log(`suggest x${times.length}: p50 ${percentile(times, 0.5).toFixed(2)} ms, p99 ${percentile(times, 0.99).toFixed(2)} ms, max ${times.at(-1)?.toFixed(2)} ms`);
console.log(`slowest: ${timed.slice(-5).reverse().map((t) => `« ${t.q} » ${t.date ?? 'sans date'} ${t.ms.toFixed(1)} ms`).join(', ')}`);
console.log(`memory: heap +${mb(heapAfter - heapBefore)} after install+load (rss ${mb(process.memoryUsage().rss)})${globalThis.gc ? '' : ' — run with --expose-gc for a settled heap'}`);
