// Progress of a verification run as the referent sees it: counts per outcome, throughput over the run's active
// time, and the estimated time left (ETA) in French (« 2 min 10 s »). Pure.
export interface ItemCounts {
  pending: number;
  inFlight: number;
  confirmed: number;
  failed: number;
  /** Final: INSi stayed unavailable after every try (the identity stays due). */
  unavailable: number;
  /** No longer verifiable when its turn came (edited, merged, douteuse…). */
  skipped: number;
  /** « À relancer »: INSi was unavailable for them (waiting for a new try, or given up: still due for a later run). */
  retried: number;
}

export interface RunProgress extends ItemCounts {
  due: number;
  done: number;
  /** Verifications per second since the run started (active time), or null before the first one. */
  rate: number | null;
  etaSeconds: number | null;
}

export function runProgress(due: number, c: ItemCounts, activeMs: number): RunProgress {
  const done = c.confirmed + c.failed + c.unavailable + c.skipped;
  const rate = done > 0 && activeMs > 0 ? (done * 1000) / activeMs : null;
  const left = Math.max(0, due - done);
  const etaSeconds = left === 0 ? 0 : rate ? Math.ceil(left / rate) : null;
  return { ...c, due, done, rate, etaSeconds };
}

export function formatEta(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.round(seconds % 60);
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  return s > 0 ? `${m} min ${String(s).padStart(2, '0')} s` : `${m} min`;
}
