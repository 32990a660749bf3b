// `bench [--json] [--runs N] [--cold]`: search latency per query kind on the base (queries drawn from
// it), after the page-cache warm-up the app does at startup unless --cold;
// --json prints exactly {"size":N,"queries":[{"kind","runs","p50","p95","p99"}]}.
import { runSearchBench } from '../../search/bench.js';
import { intOption, type CliCommand } from '../command.js';

export const benchCommand: CliCommand = {
  name: 'bench',
  summary: 'Mesure la latence de la recherche par type de requête (p50, p95, p99)',
  usage: 'bench [--json] [--runs N] [--cold]',
  options: { json: { type: 'boolean' }, runs: { type: 'string' }, cold: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  run({ options, io, openDb }) {
    const runs = intOption(options, 'runs', 200, 100_000);
    const report = runSearchBench(openDb(), { runs, cold: options.cold === true });
    if (options.json) {
      io.stdout.write(`${JSON.stringify(report)}\n`);
      return 0;
    }
    const lines = report.queries.map(
      (q) => `${q.kind.padEnd(18)} ${String(q.runs).padStart(6)} ${q.p50.toFixed(2).padStart(8)} ${q.p95.toFixed(2).padStart(8)} ${q.p99.toFixed(2).padStart(8)}`,
    );
    io.stdout.write(
      [`Base : ${report.size.toLocaleString('fr-FR')} identités`, `${'type'.padEnd(18)} ${'runs'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)}`, ...lines].join('\n') + '\n',
    );
    return 0;
  },
};
