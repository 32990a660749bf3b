// Catches the aggregates up with the journal in the background (backend start): small batches, one per
// event-loop turn (2,000 entries ≈ 30 ms on this machine), so desk requests and keystroke searches are served
// in between; the dashboard then only folds what is new.
import type { Db } from '../connection.js';
import { foldedSeq, foldJournal } from './fold.js';

export function foldInBackground(db: Db, opts: { batch?: number; onError?: (error: unknown) => void } = {}): { stop(): void } {
  const batch = opts.batch ?? 2_000;
  let stopped = false;
  const step = () => {
    if (stopped) return;
    try {
      const { folded } = foldJournal(db, { upTo: foldedSeq(db) + batch, batch });
      if (folded > 0) setTimeout(step, 0);
    } catch (error) {
      opts.onError?.(error);
    }
  };
  setTimeout(step, 0);
  return { stop: () => { stopped = true; } };
}

