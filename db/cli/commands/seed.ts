// `seed --count N [--seed S] [--now ISO]`: fills the base with synthetic identities (demo, benchmark),
// with a progress bar on a terminal and a summary.
import { statSync, writeFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { seedIdentities } from '../../seed/index.js';
import { plantDuplicates } from '../../seed/plant-duplicates.js';
import { intOption, UsageError, type CliCommand } from '../command.js';

const fr = (n: number) => n.toLocaleString('fr-FR');

function fileSize(file: string): string {
  let bytes = 0;
  for (const f of [file, `${file}-wal`]) {
    try {
      bytes += statSync(f).size;
    } catch {
      // No WAL file once checkpointed, and ':memory:' has no file at all.
    }
  }
  return bytes === 0 ? '' : ` ; taille de la base : ${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`;
}

export const seedCommand: CliCommand = {
  name: 'seed',
  summary: 'Crée des identités synthétiques réalistes (démonstration, mesures)',
  usage: 'seed --count N [--seed S] [--now AAAA-MM-JJ] [--plant-duplicates K --planted-out <fichier.json>]',
  options: {
    count: { type: 'string' },
    seed: { type: 'string' },
    now: { type: 'string' },
    'plant-duplicates': { type: 'string' },
    'planted-out': { type: 'string' },
  },
  positionals: { min: 0, max: 0 },
  run({ options, io, openDb, dbFile }) {
    if (options.count === undefined) throw new UsageError('--count est obligatoire.');
    const count = intOption(options, 'count', 0, 50_000_000);
    const seed = typeof options.seed === 'string' ? options.seed : '1';
    const now = typeof options.now === 'string' ? new Date(options.now) : new Date();
    if (Number.isNaN(now.getTime())) throw new UsageError(`--now attend une date ISO (reçu : « ${String(options.now)} »).`);
    const plant = options['plant-duplicates'] === undefined ? 0 : intOption(options, 'plant-duplicates', 0, count);
    const plantedOut = options['planted-out'];
    if (plant > 0 && typeof plantedOut !== 'string') throw new UsageError('--plant-duplicates demande --planted-out <fichier.json>.');
    const db = openDb();
    const bar = io.stderr.isTTY
      ? new cliProgress.SingleBar(
          { format: 'Création {bar} {percentage}% | {value}/{total} identités | reste {eta_formatted}', stream: io.stderr },
          cliProgress.Presets.shades_classic,
        )
      : null;
    bar?.start(count, 0);
    let result;
    try {
      result = seedIdentities(db, { count, seed, now, generateInWorker: true, onProgress: (done) => bar?.update(done) });
    } finally {
      bar?.stop();
    }
    let plantedLine = '';
    if (plant > 0 && typeof plantedOut === 'string') {
      // A separate pass after the seed: the planted pairs are the ground truth of the duplicates benchmark.
      const planted = plantDuplicates(db, { count: plant, seed, now });
      writeFileSync(plantedOut, `${JSON.stringify({ pairs: planted.map((p) => [p.original, p.duplicate]), kinds: planted.map((p) => p.kinds) })}\n`);
      plantedLine = `${fr(planted.length)} doublons plantés (paires dans ${plantedOut}).\n`;
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    const rate = Math.round((result.inserted / Math.max(result.tookMs, 1)) * 1000);
    io.stdout.write(
      `${fr(result.inserted)} identités synthétiques créées en ${(result.tookMs / 1000).toFixed(1).replace('.', ',')} s ` +
        `(${fr(rate)}/s, graine « ${seed} »)${fileSize(dbFile)}.\n${plantedLine}`,
    );
    return 0;
  },
};
