// Token bucket that spaces the INSi verifications of a batch (the referent sets « appels par seconde »): pure, the
// caller gives the clock (milliseconds) and sleeps for the returned wait. A small burst (a tenth of a second of
// tokens) smooths the timer's jitter without ever exceeding the rate over a second.
export interface TokenBucket {
  ratePerSecond: number;
  capacity: number;
  tokens: number;
  /** Clock reading (ms) of the last refill. */
  at: number;
}

export const MIN_RATE = 0.1;
export const MAX_RATE = 1000;
export const DEFAULT_RATE = 20;

export function createBucket(ratePerSecond: number, nowMs: number): TokenBucket {
  if (!(ratePerSecond >= MIN_RATE && ratePerSecond <= MAX_RATE)) throw new RangeError(`rate out of bounds: ${ratePerSecond}`);
  const capacity = Math.max(1, Math.floor(ratePerSecond / 10));
  return { ratePerSecond, capacity, tokens: 1, at: nowMs };
}

/**
 * Takes one token: `wait` is 0 when one is available now, else the milliseconds to sleep before calling again.
 * The returned bucket replaces the given one (no mutation).
 */
export function takeToken(b: TokenBucket, nowMs: number): { bucket: TokenBucket; wait: number } {
  const elapsed = Math.max(0, nowMs - b.at);
  const tokens = Math.min(b.capacity, b.tokens + (elapsed * b.ratePerSecond) / 1000);
  if (tokens >= 1) return { bucket: { ...b, tokens: tokens - 1, at: nowMs }, wait: 0 };
  const wait = Math.ceil(((1 - tokens) * 1000) / b.ratePerSecond);
  return { bucket: { ...b, tokens, at: nowMs }, wait: Math.max(1, wait) };
}
