// What the « Vérifications INSi » tab shows: the due count by reason, the current run's progress (counts, throughput,
// ETA) and the last runs. The due count is cached a few seconds per backend: the tab polls twice a second and the
// count on a million identities is an index range of some hundred thousand entries.
import type { z } from 'zod';
import type { RunViewSchema, VerificationStatusSchema } from '../../../core/contract/channels-verification.js';
import { formatEta, runProgress } from '../../../core/verification/progress.js';
import { countDue, itemCounts, lastRuns, unfinishedRun, type DueCounts, type VerificationRun } from '../../../db/verification/index.js';
import type { AppContext } from '../context.js';
import { activeRunner } from './service.js';

type RunView = z.output<typeof RunViewSchema>;
type StatusView = z.output<typeof VerificationStatusSchema>;

const DUE_CACHE_MS = 5_000;
const dueCache = new WeakMap<AppContext, { atMs: number; counts: DueCounts }>();

export function dueCounts(ctx: AppContext, fresh = false): DueCounts {
  const cached = dueCache.get(ctx);
  const nowMs = Date.now();
  if (!fresh && cached && nowMs - cached.atMs < DUE_CACHE_MS) return cached.counts;
  const counts = countDue(ctx.db, ctx.clock.now());
  dueCache.set(ctx, { atMs: nowMs, counts });
  return counts;
}

export function forgetDueCount(ctx: AppContext): void {
  dueCache.delete(ctx);
}

export function runView(ctx: AppContext, run: VerificationRun): RunView {
  const c = itemCounts(ctx.db, run.id);
  const p = runProgress(run.due, c, run.activeMs);
  const live = activeRunner(ctx)?.runId === run.id && run.state === 'running';
  const eta = run.state === 'running' ? p.etaSeconds : null;
  return {
    id: run.id,
    state: run.state,
    startedAt: run.startedAt,
    startedBy: run.startedBy,
    finishedAt: run.finishedAt,
    ratePerSecond: run.ratePerSecond,
    due: run.due,
    done: p.done,
    pending: c.pending + c.inFlight,
    confirmed: c.confirmed,
    failed: c.failed,
    retried: c.retried,
    skipped: c.skipped,
    throughput: p.rate === null ? null : Math.round(p.rate * 10) / 10,
    etaSeconds: eta,
    etaLabel: eta === null || eta === 0 ? null : formatEta(eta),
    live,
  };
}

export function verificationStatus(ctx: AppContext): StatusView {
  const current = unfinishedRun(ctx.db);
  const due = dueCounts(ctx, !current);
  return {
    due: { total: due.total, fourYears: due.fourYears, nia: due.nia },
    current: current ? runView(ctx, current) : null,
    lastRuns: lastRuns(ctx.db, 6)
      .filter((r) => r.id !== current?.id)
      .slice(0, 5)
      .map((r) => runView(ctx, r)),
  };
}
