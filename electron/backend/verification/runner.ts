// The batch runner: works through the items of one run. For each item: a token of the rate limit, the claim
// (pending → in_flight, committed), the INSi verification (insi-flow/verify.ts, the same code path as insi.verify),
// then the outcome recorded in ONE transaction with the identity change, its journal entries and the NIA request
// cleared. INSi unavailable → the item goes back to pending with a later retry time; nothing is downgraded.
// Pause and cancel are read from the run row between items; stop() (backend closing) ends the loop without
// writing anything more. A few workers share the rate limit so that the wire latency overlaps, and their writes
// share one commit (write-batcher.ts).
import { AppError } from '../../../core/contract/reply.js';
import { createBucket, takeToken, type TokenBucket } from '../../../core/verification/rate.js';
import { MAX_ATTEMPTS, nextAttemptAt } from '../../../core/verification/retry.js';
import { getIdentity } from '../../../db/repos/identities.js';
import {
  claimNextItem,
  clearRequest,
  getRun,
  heartbeat,
  itemCounts,
  nextRetryAt,
  postponeItem,
  recordItemOutcome,
  type VerificationItem,
  type VerificationRun,
} from '../../../db/verification/index.js';
import type { AppContext, Clock } from '../context.js';
import { assertVerifiable, callVerification, isUnavailable, recordVerification, type VerificationCall } from '../insi-flow/verify.js';
import type { SessionOperator } from '../sessions.js';
import { markLive } from './runner-identity.js';
import { createWriteBatcher } from './write-batcher.js';

export interface Timer {
  nowMs(): number;
  sleep(ms: number): Promise<void>;
}

export const realTimer: Timer = {
  nowMs: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface RunnerOptions {
  runId: number;
  runner: string;
  operator: SessionOperator;
  timer?: Timer;
  /** Items verified at the same time (the rate limit still holds). */
  workers?: number;
  /** Called after each recorded outcome (progress bars). */
  onItem?: () => void;
}

export interface Runner {
  readonly runId: number;
  readonly id: string;
  /** Resolves when the loop has ended (run done, paused, cancelled, or stopped). */
  readonly finished: Promise<void>;
  /** Ends the loop without any further write (the backend is closing). */
  stop(): void;
}

const WAIT_SLICE_MS = 250;
const HEARTBEAT_MS = 1_000;

export function startRunner(ctx: AppContext, opts: RunnerOptions): Runner {
  const timer = opts.timer ?? realTimer;
  const clock: Clock = ctx.clock;
  let stopped = false;
  let bucket: TokenBucket | null = null;
  let bucketRate = 0;
  let lastBeat = timer.nowMs();
  let inFlight = 0;
  const writes = createWriteBatcher(ctx.db);
  markLive(opts.runner, true);

  const runRow = (): VerificationRun | null => (stopped ? null : getRun(ctx.db, opts.runId));

  const beat = (force = false) => {
    const now = timer.nowMs();
    if (!force && now - lastBeat < HEARTBEAT_MS) return;
    heartbeat(ctx.db, opts.runId, opts.runner, clock.now(), now - lastBeat);
    lastBeat = now;
  };

  /**
   * Waits for a token of the run's current rate (a rate changed on the run row applies at once). Sleeps in short
   * slices so that a pause, a cancel or a stop is honoured even at one call a minute; false when the loop must end.
   */
  async function token(run: VerificationRun): Promise<boolean> {
    const rate = run.ratePerSecond ?? 20;
    if (!bucket || bucketRate !== rate) {
      bucket = createBucket(rate, timer.nowMs());
      bucketRate = rate;
    }
    for (;;) {
      const r = takeToken(bucket, timer.nowMs());
      bucket = r.bucket;
      if (r.wait === 0) return true;
      await timer.sleep(Math.min(r.wait, WAIT_SLICE_MS));
      const now = runRow();
      if (!now || now.state !== 'running' || now.runner !== opts.runner) return false;
    }
  }

  const skip = (item: VerificationItem, message: string) =>
    writes.run(() => {
      recordItemOutcome(ctx.db, opts.runId, item.identityId, opts.runner, { state: 'skipped', at: clock.now(), message, callId: null });
    });

  const postpone = (item: VerificationItem, message: string) => writes.run(() => postponeNow(item, message));

  const postponeNow = (item: VerificationItem, message: string) => {
    const attempts = item.attempts + 1;
    const at = clock.now();
    const next = nextAttemptAt(at, attempts);
    if (next === null) {
      recordItemOutcome(ctx.db, opts.runId, item.identityId, opts.runner, { state: 'unavailable', at, message: `${message} (abandon après ${MAX_ATTEMPTS} essais : l'identité reste à vérifier)`, callId: null, attempts });
    } else {
      postponeItem(ctx.db, opts.runId, item.identityId, opts.runner, { attempts, nextAttemptAt: next, message });
    }
  };

  async function processItem(run: VerificationRun, item: VerificationItem): Promise<void> {
    const identity = getIdentity(ctx.db, item.identityId);
    if (!identity) return skip(item, 'Identité introuvable.');
    try {
      assertVerifiable(ctx, identity);
    } catch (e) {
      if (e instanceof AppError) return skip(item, `Plus vérifiable : ${e.message}`);
      throw e;
    }
    let call: VerificationCall;
    try {
      call = await callVerification(ctx, opts.operator, item.identityId, { journalWrite: (write) => writes.defer(write) });
    } catch (e) {
      if (stopped) return;
      if (e instanceof AppError && e.code === 'validation') return skip(item, e.message);
      return postpone(item, e instanceof AppError ? e.message : 'INSi injoignable.');
    }
    if (stopped) return;
    if (isUnavailable(call)) return postpone(item, call.outcome.message?.text ?? 'INSi indisponible.');
    try {
      await writes.run(() => {
        if (stopped) return;
        const result = recordVerification(ctx, opts.operator, call);
        const state = result.verdict === 'confirmed' ? 'confirmed' : 'failed';
        const recorded = recordItemOutcome(ctx.db, opts.runId, item.identityId, opts.runner, { state, at: clock.now(), message: result.message, callId: result.callId });
        // Another runner took this item over (this one was presumed dead): its outcome is not ours to record.
        if (!recorded) throw new AppError('conflict', 'Élément repris par un autre poste.');
        clearRequest(ctx.db, item.identityId, run.startedAt);
      });
    } catch (e) {
      if (e instanceof AppError && e.code === 'conflict') {
        // The record changed during the call (edited at the desk): verified again on the next try.
        if (!stopped) await postpone(item, e.message);
        return;
      }
      throw e;
    }
  }

  async function worker(): Promise<void> {
    for (;;) {
      const run = runRow();
      if (!run || run.state !== 'running' || run.runner !== opts.runner) return;
      beat();
      if (!(await token(run)) || stopped) return;
      // The claim is committed before the INSi call: a crash leaves the item in flight, to be verified again once.
      const item = await writes.run(() => (stopped ? null : claimNextItem(ctx.db, opts.runId, clock.now(), opts.runner)));
      if (stopped) return;
      if (!item) {
        const retryAt = nextRetryAt(ctx.db, opts.runId);
        if (retryAt === null && inFlight === 0 && itemCounts(ctx.db, opts.runId).inFlight === 0) return;
        const wait = retryAt === null ? WAIT_SLICE_MS : Math.min(WAIT_SLICE_MS, Math.max(1, Date.parse(retryAt) - Date.parse(clock.now())));
        await timer.sleep(wait);
        continue;
      }
      inFlight++;
      try {
        await processItem(run, item);
      } finally {
        inFlight--;
      }
      if (!stopped) opts.onItem?.();
    }
  }

  const finished = (async () => {
    try {
      // Once stopped (backend closing), a write refused by the closed database is expected: nothing was lost.
      await Promise.all(Array.from({ length: Math.max(1, opts.workers ?? 4) }, () => worker().catch((e: unknown) => {
        if (!stopped) throw e;
      })));
      if (!stopped) beat(true);
    } finally {
      markLive(opts.runner, false);
    }
  })();

  return {
    runId: opts.runId,
    id: opts.runner,
    finished,
    stop() {
      stopped = true;
      markLive(opts.runner, false);
    },
  };
}
