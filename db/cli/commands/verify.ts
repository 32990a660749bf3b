// `verify --due [--json] [--rate N]`: the periodic INSi re-verification of the due list (seed §3.2), headless. Takes
// over an unfinished run (crashed or interrupted: resumed where it stopped) or starts a new one, runs it to the end
// at the given rate, and prints the summary; with --json exactly {"due":N,"confirmed":N,"failed":N,"retried":N}.
// Journal entries are signed `cli:<os user>`. Ctrl+C pauses the run: the next `verify --due` resumes it.
// This command drives the backend's runner (electron/backend/verification), the same code as the referent's tab.
import cliProgress from 'cli-progress';
import { AppError } from '../../../core/contract/reply.js';
import { DEFAULT_RATE, MAX_RATE, MIN_RATE } from '../../../core/verification/rate.js';
import { cliOperator, openHeadlessContext } from '../../../electron/backend/verification/headless.js';
import { activeRunner, startVerification, stopVerification } from '../../../electron/backend/verification/service.js';
import { runView } from '../../../electron/backend/verification/status-view.js';
import { getRun } from '../../verification/index.js';
import { UsageError, type CliCommand } from '../command.js';

function rateOption(raw: string | boolean | undefined): number {
  if (raw === undefined) return DEFAULT_RATE;
  const n = typeof raw === 'string' && /^\d+(?:\.\d+)?$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= MIN_RATE && n <= MAX_RATE)) throw new UsageError(`--rate attend un nombre d'appels par seconde entre ${MIN_RATE} et ${MAX_RATE} (reçu : « ${String(raw)} »).`);
  return n;
}

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'Vérifie auprès d’INSi les identités à revérifier (4 ans, NIA) ; reprend une vérification interrompue',
  usage: 'verify --due [--json] [--rate N]',
  options: { due: { type: 'boolean' }, json: { type: 'boolean' }, rate: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run({ options, io, dbFile, openDb }) {
    if (options.due !== true) throw new UsageError('Précisez --due : vérifier la liste des identités à revérifier.');
    const rate = rateOption(options.rate);
    const db = openDb();
    let headless;
    try {
      headless = await openHeadlessContext(db, dbFile, io.env);
    } catch (e) {
      if (e instanceof AppError) throw new Error(`vérification INSi impossible : ${e.message}`);
      throw e;
    }
    const { ctx } = headless;
    const json = options.json === true;
    if (!json) io.stderr.write(`${headless.insiLabel}\n`);
    const bar = !json && io.stderr.isTTY ? new cliProgress.SingleBar({ format: 'Vérification INSi {bar} {percentage}% | {value}/{total} | confirmées {confirmed} · échecs {failed} · à relancer {retried} | reste {eta_formatted}', stream: io.stderr }, cliProgress.Presets.shades_classic) : null;
    let interrupted = false;
    const onSignal = () => {
      interrupted = true;
      stopVerification(ctx);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      let runId = 0;
      const update = () => {
        if (!bar) return;
        const v = runView(ctx, getRun(db, runId)!);
        if (v.due === 0) return;
        if (bar.getTotal() !== v.due) bar.start(v.due, v.done, v);
        else bar.update(v.done, v);
      };
      const run = startVerification(ctx, cliOperator(io.env), { ratePerSecond: rate, onRun: (r) => (runId = r.id), onItem: update });
      runId = run.id;
      update();
      const runner = activeRunner(ctx);
      if (runner) await runner.finished;
      // The runner closes the run right after its loop: let that settle before reading the final counts.
      await new Promise((resolve) => setImmediate(resolve));
      update();
      bar?.stop();
      const v = runView(ctx, getRun(db, runId)!);
      const summary = { due: v.due, confirmed: v.confirmed, failed: v.failed, retried: v.retried };
      if (json) io.stdout.write(`${JSON.stringify(summary)}\n`);
      else {
        io.stdout.write(
          `${v.due} identités à vérifier : ${v.confirmed} confirmées, ${v.failed} en échec (placées dans la file de revue), ${v.retried} à relancer (INSi indisponible)${v.skipped ? `, ${v.skipped} plus vérifiables` : ''}.\n`,
        );
      }
      if (interrupted || getRun(db, runId)!.state === 'paused') {
        io.stderr.write('Vérification interrompue : relancez « verify --due » pour la reprendre là où elle s’est arrêtée.\n');
        return 1;
      }
      return 0;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      bar?.stop();
      stopVerification(ctx);
      await headless.close();
    }
  },
};
