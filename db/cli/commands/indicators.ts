// `indicators [--json] [--from J --to J] [--granularity week|month] [--runs N] [--rebuild]`: the referent
// dashboard's figures and what they cost: the fold of the new journal entries (cold: everything, with
// --rebuild the aggregates are emptied first), then N warm reads (fold with nothing new + read).
import { localDay } from '../../../core/indicators/periods.js';
import { INSI_RESULTS, INSI_RESULT_LABELS } from '../../../core/indicators/insi-results.js';
import { foldJournal, indicators } from '../../indicators/index.js';
import { FOLD_CURSOR } from '../../indicators/fold.js';
import type { Indicators } from '../../indicators/read.js';
import { intOption, UsageError, type CliCommand } from '../command.js';

const ms = (t0: number) => Math.round((performance.now() - t0) * 10) / 10;
const pct = (r: number) => `${(r * 100).toFixed(1).replace('.', ',')} %`;
const fr = (n: number) => n.toLocaleString('fr-FR');

export const indicatorsCommand: CliCommand = {
  name: 'indicators',
  summary: 'Indicateurs du référent (statuts, qualification, INSi, vérifications, doublons, activité) et leur temps de calcul',
  usage: 'indicators [--json] [--from AAAA-MM-JJ --to AAAA-MM-JJ] [--granularity week|month] [--runs N] [--rebuild]',
  options: {
    json: { type: 'boolean' },
    from: { type: 'string' },
    to: { type: 'string' },
    granularity: { type: 'string' },
    runs: { type: 'string' },
    rebuild: { type: 'boolean' },
  },
  positionals: { min: 0, max: 0 },
  run({ options, io, openDb }) {
    const granularity = options.granularity ?? 'month';
    if (granularity !== 'week' && granularity !== 'month') throw new UsageError('--granularity attend week ou month.');
    if ((options.from === undefined) !== (options.to === undefined)) throw new UsageError('--from et --to vont ensemble.');
    const period = typeof options.from === 'string' && typeof options.to === 'string' ? { from: options.from, to: options.to } : undefined;
    const runs = intOption(options, 'runs', 5, 1000);
    const clock = { now: () => new Date().toISOString(), today: () => localDay(new Date().toISOString()) };
    const db = openDb();

    if (options.rebuild) {
      db.transaction(() => {
        db.exec('DELETE FROM indicator_activity; DELETE FROM indicator_changes;');
        db.prepare('DELETE FROM meta WHERE key = ?').run(FOLD_CURSOR);
      })();
    }
    let t0 = performance.now();
    const fold = foldJournal(db);
    const foldMs = ms(t0);
    t0 = performance.now();
    const today = clock.today();
    let figures: Indicators = indicators(db, clock, { period, granularity });
    const firstReadMs = ms(t0);
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) {
      t0 = performance.now();
      figures = indicators(db, clock, { period, granularity });
      warm.push(ms(t0));
    }
    warm.sort((a, b) => a - b);
    const timing = {
      cold: { folded: fold.folded, foldMs, firstReadMs },
      warm: { runs, p50: warm[Math.floor(runs / 2)]!, max: warm[runs - 1]! },
    };
    if (options.json) {
      io.stdout.write(`${JSON.stringify({ timing, indicators: figures })}\n`);
      return 0;
    }
    io.stdout.write(`${report(figures, today)}\n${timingText(timing)}\n`);
    return 0;
  },
};

function report(f: Indicators, today: string): string {
  const t = f.totals;
  const v = f.verifications;
  const lines = [
    `Indicateurs au ${today} — période ${f.period.from} → ${f.period.to} (par ${f.granularity === 'week' ? 'semaine' : 'mois'})`,
    `Identités : ${fr(t.identities)} (provisoires ${fr(t.byStatus.provisoire)}, récupérées ${fr(t.byStatus.recuperee)}, validées ${fr(t.byStatus.validee)}, qualifiées ${fr(t.byStatus.qualifiee)})`,
    `Attributs : douteuses ${fr(t.byAttribute.douteuse)}, fictives ${fr(t.byAttribute.fictive)}, homonymes ${fr(t.byAttribute.homonyme)}`,
    `Taux de qualification : ${pct(t.qualificationRate)} ; avec INS : ${pct(t.insRate)} (${fr(t.withIns)})`,
    `Appels INSi sur la période : ${INSI_RESULTS.map((r) => `${INSI_RESULT_LABELS[r]} ${fr(f.insi[r])}`).join(', ')}`,
    `Vérifications : ${fr(v.due)} à faire (${fr(v.dueByAge)} de plus de 4 ans, ${fr(v.requested)} NIA) ; faites sur la période : ${fr(v.confirmed)} confirmées, ${fr(v.failed)} en échec`,
    `Doublons potentiels ouverts : ${fr(f.duplicates.open)} dont ${fr(f.duplicates.collisions)} collisions`,
    'Évolution :',
    ...f.series.map((s) => `  ${s.label.padEnd(14)} ${fr(s.identities).padStart(12)} identités  qualifiées ${pct(s.qualificationRate).padStart(8)}  INS ${pct(s.insRate).padStart(8)}  créations ${fr(s.creations)}`),
    `Opérateurs (${f.operators.length}) : ${f.operators.slice(0, 10).map((o) => `${o.operator} ${fr(o.total)}`).join(', ') || 'aucune activité'}`,
    `Postes (${f.workstations.length}) : ${f.workstations.slice(0, 10).map((w) => `${w.workstation} ${fr(w.total)}`).join(', ') || 'aucune activité'}`,
  ];
  return lines.join('\n');
}

function timingText(t: { cold: { folded: number; foldMs: number; firstReadMs: number }; warm: { runs: number; p50: number; max: number } }): string {
  return (
    `Temps : repli du journal ${fr(t.cold.folded)} entrées en ${t.cold.foldMs} ms, première lecture ${t.cold.firstReadMs} ms ; ` +
    `lecture à chaud (${t.warm.runs} fois) médiane ${t.warm.p50} ms, max ${t.warm.max} ms`
  );
}
