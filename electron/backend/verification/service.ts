// Use cases behind the verification.* channels and the CLI: start (or take over an unfinished run), pause, resume,
// cancel, and the runner living in this backend process (one per AppContext). A run freezes the due list into its
// items in one transaction; every state change is journaled (system.verification_run). stopVerification() is
// called when the backend closes: the loop ends, the run is left paused and its in-flight items pending.
import { AppError } from '../../../core/contract/reply.js';
import { DEFAULT_RATE, MAX_RATE, MIN_RATE } from '../../../core/verification/rate.js';
import { appendJournal } from '../../../db/journal/index.js';
import {
  changeRunState,
  claimRun,
  freezeDueList,
  getRun,
  insertRun,
  itemCounts,
  releaseInFlight,
  releaseRun,
  setRunDue,
  setRunRate,
  unfinishedRun,
  type RunState,
  type VerificationRun,
} from '../../../db/verification/index.js';
import type { AppContext } from '../context.js';
import type { SessionOperator } from '../sessions.js';
import { newRunnerId, runnerGone, runnerHost } from './runner-identity.js';
import { startRunner, type Runner, type Timer } from './runner.js';

const runners = new WeakMap<AppContext, Runner>();

export interface StartOptions {
  ratePerSecond?: number;
  workers?: number;
  timer?: Timer;
  onItem?: () => void;
  /** Called with the run's id once it exists (logs, tests). */
  onRun?: (run: VerificationRun) => void;
}

export function checkRate(rate: number): number {
  if (!(Number.isFinite(rate) && rate >= MIN_RATE && rate <= MAX_RATE)) {
    throw new AppError('validation', `Débit invalide : indiquez entre ${MIN_RATE} et ${MAX_RATE} appels INSi par seconde.`);
  }
  return rate;
}

function journalRun(ctx: AppContext, operator: SessionOperator, at: string, run: VerificationRun, event: 'start' | 'resume' | 'pause' | 'cancel' | 'done', extra: object = {}): void {
  appendJournal(ctx.db, {
    at,
    operator: operator.username,
    workstation: ctx.workstation,
    action: 'system.verification_run',
    entity: 'system',
    entityId: null,
    reason: null,
    changes: [],
    data: { runId: run.id, event, due: run.due, ratePerSecond: run.ratePerSecond, ...extra },
  });
}

export const activeRunner = (ctx: AppContext): Runner | null => runners.get(ctx) ?? null;

/** Starts the runner of `run` in this process and closes the run when its items are all done. */
function launch(ctx: AppContext, operator: SessionOperator, run: VerificationRun, runner: string, opts: StartOptions): Runner {
  const r = startRunner(ctx, { runId: run.id, runner, operator, ...(opts.timer ? { timer: opts.timer } : {}), ...(opts.workers ? { workers: opts.workers } : {}), ...(opts.onItem ? { onItem: opts.onItem } : {}) });
  runners.set(ctx, r);
  void r.finished
    .then(() => {
      if (runners.get(ctx) !== r) return;
      runners.delete(ctx);
      const current = getRun(ctx.db, run.id);
      if (!current || current.runner !== runner) return;
      const c = itemCounts(ctx.db, run.id);
      // Paused or cancelled: the loop has ended, the run no longer has a runner (anyone may resume it).
      if (current.state !== 'running' || c.pending + c.inFlight > 0) {
        releaseRun(ctx.db, run.id, runner);
        return;
      }
      const at = ctx.clock.now();
      ctx.db.transaction(() => {
        if (changeRunState(ctx.db, run.id, ['running'], 'done', at)) journalRun(ctx, operator, at, current, 'done', { confirmed: c.confirmed, failed: c.failed, unavailable: c.unavailable, skipped: c.skipped });
        releaseRun(ctx.db, run.id, runner);
      })();
    })
    .catch((e: unknown) => {
      if (runners.get(ctx) === r) runners.delete(ctx);
      if (ctx.db.open) console.error('verification: runner failed', e);
    });
  return r;
}

/** Takes over an unfinished run whose runner is gone: its in-flight items go back to pending (see README). */
function takeOver(ctx: AppContext, operator: SessionOperator, run: VerificationRun, ratePerSecond: number | undefined, event: 'start' | 'resume'): { run: VerificationRun; runner: string } {
  const mine = activeRunner(ctx);
  if (mine && mine.runId === run.id) throw new AppError('conflict', 'Cette vérification est déjà en cours sur ce poste.');
  if (!runnerGone(run, Date.parse(ctx.clock.now()))) {
    throw new AppError('conflict', `Une vérification INSi est déjà en cours (poste ${runnerHost(run.runner)}) : suivez-la, mettez-la en pause ou annulez-la.`);
  }
  const runner = newRunnerId();
  const at = ctx.clock.now();
  ctx.db.transaction(() => {
    const released = releaseInFlight(ctx.db, run.id);
    claimRun(ctx.db, run.id, runner, at);
    if (ratePerSecond !== undefined) setRunRate(ctx.db, run.id, ratePerSecond, at);
    changeRunState(ctx.db, run.id, ['running', 'paused'], 'running', at);
    journalRun(ctx, operator, at, { ...run, ratePerSecond: ratePerSecond ?? run.ratePerSecond }, event, { resumedInFlight: released });
  })();
  return { run: getRun(ctx.db, run.id)!, runner };
}

/** « Lancer la vérification »: a new run on the due list, or the unfinished one taken over. */
export function startVerification(ctx: AppContext, operator: SessionOperator, opts: StartOptions = {}): VerificationRun {
  const rate = opts.ratePerSecond === undefined ? undefined : checkRate(opts.ratePerSecond);
  const unfinished = unfinishedRun(ctx.db);
  if (unfinished) {
    const { run, runner } = takeOver(ctx, operator, unfinished, rate, 'resume');
    opts.onRun?.(run);
    launch(ctx, operator, run, runner, opts);
    return run;
  }
  const runner = newRunnerId();
  const at = ctx.clock.now();
  const run = ctx.db.transaction(() => {
    const id = insertRun(ctx.db, { at, by: operator.username, workstation: ctx.workstation, ratePerSecond: rate ?? DEFAULT_RATE, runner });
    setRunDue(ctx.db, id, freezeDueList(ctx.db, id, at));
    const created = getRun(ctx.db, id)!;
    journalRun(ctx, operator, at, created, 'start');
    return created;
  })();
  opts.onRun?.(run);
  if (run.due === 0) {
    ctx.db.transaction(() => {
      changeRunState(ctx.db, run.id, ['running'], 'done', at);
      releaseRun(ctx.db, run.id, runner);
    })();
    return getRun(ctx.db, run.id)!;
  }
  launch(ctx, operator, run, runner, opts);
  return run;
}

function changeState(ctx: AppContext, operator: SessionOperator, from: RunState[], to: RunState, event: 'pause' | 'cancel', noRun: string): VerificationRun {
  const run = unfinishedRun(ctx.db);
  if (!run) throw new AppError('not_found', noRun);
  const at = ctx.clock.now();
  ctx.db.transaction(() => {
    if (!changeRunState(ctx.db, run.id, from, to, at)) throw new AppError('conflict', `La vérification est déjà ${run.state === 'paused' ? 'en pause' : 'terminée'}.`);
    journalRun(ctx, operator, at, run, event);
  })();
  return getRun(ctx.db, run.id)!;
}

/** Honoured between items: the item on the wire finishes and is recorded. */
export const pauseVerification = (ctx: AppContext, operator: SessionOperator) =>
  changeState(ctx, operator, ['running'], 'paused', 'pause', 'Aucune vérification en cours à mettre en pause.');

/** The items not yet verified stay pending in the cancelled run; the identities stay due for a next run. */
export const cancelVerification = (ctx: AppContext, operator: SessionOperator) =>
  changeState(ctx, operator, ['running', 'paused'], 'cancelled', 'cancel', 'Aucune vérification en cours à annuler.');

export function resumeVerification(ctx: AppContext, operator: SessionOperator, opts: StartOptions = {}): VerificationRun {
  const run = unfinishedRun(ctx.db);
  if (!run) throw new AppError('not_found', 'Aucune vérification interrompue à reprendre.');
  const mine = activeRunner(ctx);
  // Paused then resumed before the loop noticed: the same runner goes on.
  if (mine && mine.runId === run.id && run.state === 'paused') {
    mine.stop();
    runners.delete(ctx);
  }
  const taken = takeOver(ctx, operator, { ...run, runner: mine && mine.runId === run.id ? null : run.runner }, opts.ratePerSecond === undefined ? undefined : checkRate(opts.ratePerSecond), 'resume');
  launch(ctx, operator, taken.run, taken.runner, opts);
  return taken.run;
}

/** Backend closing: the loop ends now; the run stays resumable (paused, in-flight items back to pending). */
export function stopVerification(ctx: AppContext): void {
  const r = activeRunner(ctx);
  if (!r) return;
  r.stop();
  runners.delete(ctx);
  if (!ctx.db.open) return;
  const at = ctx.clock.now();
  ctx.db.transaction(() => {
    releaseInFlight(ctx.db, r.runId);
    changeRunState(ctx.db, r.runId, ['running'], 'paused', at);
    releaseRun(ctx.db, r.runId, r.id);
  })();
}
