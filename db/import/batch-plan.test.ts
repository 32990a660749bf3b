// Batch plan: small files keep fixed batches; a large file's batches grow with the base, and suspend
// the indexes only when at least as large as the base; a remainder too small to suspend them joins its batch.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BATCH_ROWS, MAX_GROWN_BATCH, nextBatch } from './batch-plan.js';

/** Every batch of an import where every row is written. */
function plan(total: number, existing: number, batchRows?: number) {
  const batches: { from: number; to: number; deferIndexes: boolean }[] = [];
  for (let from = 0; from < total; ) {
    const b = nextBatch(from, total, existing + from, batchRows);
    batches.push({ from, ...b });
    from = b.to;
  }
  return batches;
}

describe('nextBatch', () => {
  it.each([
    // total, existing, expected batch sizes, deferred
    [5, 0, [2, 2, 1], [false, false, false], 2],
    [30_000, 0, [20_000, 10_000], [false, false], undefined],
    [200_000, 0, [50_000, 50_000, 100_000], [true, true, true], undefined],
    [200_000, 1_000_000, [200_000], [false], undefined],
    [60_000, 1_000_000, [60_000], [false], undefined],
    [49_999, 1_000_000, [20_000, 20_000, 9_999], [false, false, false], undefined],
    [1_000_000, 0, [50_000, 50_000, 100_000, 200_000, 600_000], [true, true, true, true, true], undefined],
    // The remainder joins the batch when it could not suspend the indexes alone.
    [120_000, 60_000, [120_000], [true], undefined],
    [400_000, 300_000, [400_000], [true], undefined],
    [1_500_000, 1_000_000, [1_000_000, 500_000], [true, false], undefined],
    [3_000_000, 0, [50_000, 50_000, 100_000, 200_000, 400_000, 800_000, 1_000_000, 400_000], [true, true, true, true, true, true, false, false], undefined],
  ])('%i rows into %i', (total, existing, sizes, deferred, batchRows) => {
    const batches = plan(total, existing, batchRows);
    expect(batches.map((b) => b.to - b.from)).toEqual(sizes);
    expect(batches.map((b) => b.deferIndexes)).toEqual(deferred);
  });

  it('covers every row once, in batches of at least the default size (but the last), never past the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3_000_000 }), fc.integer({ min: 0, max: 3_000_000 }), (total, existing) => {
        const batches = plan(total, existing);
        expect(batches[0]!.from).toBe(0);
        expect(batches.at(-1)!.to).toBe(total);
        batches.slice(1).forEach((b, i) => expect(b.from).toBe(batches[i]!.to));
        for (const b of batches.slice(0, -1)) expect(b.to - b.from).toBeGreaterThanOrEqual(DEFAULT_BATCH_ROWS);
        for (const b of batches) expect(b.to - b.from).toBeLessThanOrEqual(MAX_GROWN_BATCH);
      }),
    );
  });
});
