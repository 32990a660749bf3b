// When an item whose INSi call failed (service unavailable, fault, timeout) is tried again: exponential backoff
// from 2 s, capped at 5 min; after MAX_ATTEMPTS the item ends « INSi indisponible » and the identity stays due, so
// the next batch takes it again. Nothing on the identity is downgraded meanwhile.
export const MAX_ATTEMPTS = 5;
const BASE_MS = 2_000;
const CAP_MS = 5 * 60_000;

/** Delay before attempt `attempts + 1`, given `attempts` failed tries so far (≥ 1). */
export function retryDelayMs(attempts: number): number {
  return Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempts - 1));
}

export function nextAttemptAt(now: string, attempts: number): string | null {
  return attempts >= MAX_ATTEMPTS ? null : new Date(Date.parse(now) + retryDelayMs(attempts)).toISOString();
}
