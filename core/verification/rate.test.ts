import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBucket, takeToken } from './rate.js';
import { formatEta, runProgress } from './progress.js';
import { MAX_ATTEMPTS, nextAttemptAt, retryDelayMs } from './retry.js';

/** Simulates a runner that sleeps exactly the returned wait; returns the instants tokens were granted. */
function grants(rate: number, count: number, jitter: number[] = []): number[] {
  let now = 1_000;
  let bucket = createBucket(rate, now);
  const out: number[] = [];
  let i = 0;
  while (out.length < count) {
    const r = takeToken(bucket, now);
    bucket = r.bucket;
    if (r.wait === 0) out.push(now);
    now += r.wait + (jitter[i++ % Math.max(1, jitter.length)] ?? 0);
  }
  return out;
}

describe('token bucket', () => {
  it.each([
    [1, 5, [1000, 2000, 3000, 4000, 5000]],
    [2, 4, [1000, 1500, 2000, 2500]],
  ])('%d/s grants evenly spaced tokens', (rate, count, expected) => {
    expect(grants(rate, count)).toEqual(expected);
  });

  it('rejects an absurd rate', () => {
    expect(() => createBucket(0, 0)).toThrow();
    expect(() => createBucket(5000, 0)).toThrow();
  });

  it('never grants more than rate × window + burst in any window (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 8 }), (rate, jitter) => {
        const g = grants(rate, 3 * rate + 5, jitter);
        const capacity = Math.max(1, Math.floor(rate / 10));
        for (let a = 0; a < g.length; a++) {
          let n = 0;
          for (let b = a; b < g.length && g[b]! < g[a]! + 1000; b++) n++;
          if (n > rate + capacity) return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('asks to wait, then grants after the wait (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 1000, noNaN: true }), fc.integer({ min: 0, max: 10_000 }), (rate, t) => {
        let b = createBucket(rate, t);
        b = takeToken(b, t).bucket;
        const r = takeToken(b, t);
        return r.wait === 0 || takeToken(r.bucket, t + r.wait).wait === 0;
      }),
    );
  });
});

describe('retries', () => {
  it('backs off exponentially and gives up after MAX_ATTEMPTS', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([2000, 4000, 8000, 16000]);
    expect(retryDelayMs(30)).toBe(300_000);
    expect(nextAttemptAt('2026-01-01T00:00:00.000Z', 1)).toBe('2026-01-01T00:00:02.000Z');
    expect(nextAttemptAt('2026-01-01T00:00:00.000Z', MAX_ATTEMPTS)).toBeNull();
  });
});

describe('progress', () => {
  const none = { pending: 0, inFlight: 0, confirmed: 0, failed: 0, unavailable: 0, skipped: 0, retried: 0 };
  it.each([
    ['not started', 10, { ...none, pending: 10 }, 0, { done: 0, rate: null, etaSeconds: null }],
    ['half done in 5 s', 10, { ...none, pending: 5, confirmed: 4, failed: 1 }, 5000, { done: 5, rate: 1, etaSeconds: 5 }],
    ['finished', 3, { ...none, confirmed: 2, skipped: 1 }, 1000, { done: 3, etaSeconds: 0 }],
  ])('%s', (_l, due, counts, ms, expected) => {
    expect(runProgress(due, counts, ms)).toMatchObject(expected);
  });
  it.each([
    [0.4, '1 s'],
    [42, '42 s'],
    [60, '1 min'],
    [130, '2 min 10 s'],
    [3725, '1 h 02 min'],
  ])('formats %d s as « %s »', (s, text) => expect(formatEta(s)).toBe(text));
});
