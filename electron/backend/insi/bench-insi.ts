// Benchmark: the INSi client against the mock on loopback, no injected latency. Prints the round-trip percentiles
// of single retrievals (CR 00 on the first call) and the sequential retrievals per second; targets p50 ≤ 5 ms and
// ≥ 200/s. Run: npx tsx electron/backend/insi/bench-insi.ts [count]
import { startInsiMock } from '../../../insi-mock/server.js';
import { createInsiClient } from './client.js';

const count = Number(process.argv[2] ?? 2000);
const mock = await startInsiMock({ port: 0 });
const client = createInsiClient({
  endpoint: mock.url,
  environment: 'bench',
  software: { idam: 'IDAM-BENCH', name: 'urn:lps:idv-desk:0.1.0', version: '0.1.0', instance: 'bench' },
});
const traits = { birthName: 'ADRTROIS', birthFirstNames: 'TOUSSAINT', sex: 'M' as const, birthDate: '1960-01-01', birthplaceCog: '2B020' };

for (let i = 0; i < 200; i++) await client.searchByTraits(traits);
mock.admin.reset();

const times: number[] = [];
const start = performance.now();
for (let i = 0; i < count; i++) {
  const t0 = performance.now();
  const o = await client.searchByTraits(traits);
  times.push(performance.now() - t0);
  if (o.end !== 'found') throw new Error(`réponse inattendue : ${o.end}`);
}
const elapsed = performance.now() - start;
client.close();
await mock.close();

times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
const perSecond = (count / elapsed) * 1000;
console.log(`Retrievals: ${count} séquentielles (client + simulateur sur 127.0.0.1, sans latence injectée)`);
console.log(`Aller-retour p50 ${pct(50).toFixed(2)} ms · p95 ${pct(95).toFixed(2)} ms · p99 ${pct(99).toFixed(2)} ms · max ${times[times.length - 1]!.toFixed(2)} ms`);
console.log(`Débit séquentiel ${perSecond.toFixed(0)} récupérations/s`);
console.log(`Objectifs : p50 ≤ 5 ms ${pct(50) <= 5 ? 'atteint' : 'MANQUÉ'} · ≥ 200/s ${perSecond >= 200 ? 'atteint' : 'MANQUÉ'}`);
