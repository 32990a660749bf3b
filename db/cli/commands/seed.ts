// `seed --count N [--seed S] [--now ISO]`: fills the base with synthetic identities (demo, benchmark),
// with a progress bar on a terminal and a summary.
import { statSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { seedIdentities } from '../../seed/index.js';
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
  usage: 'seed --count N [--seed S] [--now AAAA-MM-JJ]',
  options: { count: { type: 'string' }, seed: { type: 'string' }, now: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  run({ options, io, openDb, dbFile }) {
    if (options.count === undefined) throw new UsageError('--count est obligatoire.');
    const count = intOption(options, 'count', 0, 50_000_000);
    const seed = typeof options.seed === 'string' ? options.seed : '1';
    const now = typeof options.now === 'string' ? new Date(options.now) : new Date();
    if (Number.isNaN(now.getTime())) throw new UsageError(`--now attend une date ISO (reçu : « ${String(options.now)} »).`);
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
      result = seedIdentities(db, { count, seed, now, onProgress: (done) => bar?.update(done) });
    } finally {
      bar?.stop();
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    const rate = Math.round((result.inserted / Math.max(result.tookMs, 1)) * 1000);
    io.stdout.write(
      `${fr(result.inserted)} identités synthétiques créées en ${(result.tookMs / 1000).toFixed(1).replace('.', ',')} s ` +
        `(${fr(rate)}/s, graine « ${seed} »)${fileSize(dbFile)}.\n`,
    );
    return 0;
  },
};
