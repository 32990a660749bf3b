// Public face of the indicators module: fold the journal, then read the dashboard's figures.
import { AppError } from '../../core/contract/reply.js';
import { defaultPeriod, periodProblem, type Granularity } from '../../core/indicators/periods.js';
import type { Db } from '../connection.js';
import { foldJournal } from './fold.js';
import { readIndicators, type Indicators } from './read.js';

export { foldJournal, foldedSeq, FOLD_CURSOR, type FoldResult } from './fold.js';
export { readIndicators, type Indicators, type IndicatorsQuery } from './read.js';
export { currentCounts, dueCounts } from './counts.js';
export { foldInBackground } from './background.js';

/** Folds what is new in the journal and reads the figures; a bad period is refused in French. */
export function indicators(
  db: Db,
  clock: { now(): string; today(): string },
  input: { period?: { from: string; to: string } | undefined; granularity?: Granularity | undefined },
): Indicators {
  const started = performance.now();
  const today = clock.today();
  const granularity = input.granularity ?? 'month';
  const period = input.period ?? defaultPeriod(today, granularity);
  const problem = periodProblem(period.from, period.to, granularity);
  if (problem) throw new AppError('validation', problem);
  foldJournal(db);
  const figures = readIndicators(db, { now: clock.now(), today, from: period.from, to: period.to, granularity });
  return { ...figures, tookMs: Math.round((performance.now() - started) * 10) / 10 };
}
