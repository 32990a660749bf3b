// Lookups over the CogReference sorted arrays: places whose name has a word starting with a prefix, codes starting
// with a prefix. Binary search to the first match, then a scan while the prefix holds.
import type { CogReference } from './model.js';

function lowerBound<T>(items: readonly T[], key: string, keyOf: (item: T) => string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const item = items[mid];
    if (item !== undefined && keyOf(item) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indexes (into ref.places) of places with a name word starting with `prefix`, ascending, so periods of a code are adjacent. */
export function placesWithWordPrefix(ref: CogReference, prefix: string): number[] {
  const marked = new Uint8Array(ref.places.length);
  let count = 0;
  for (let i = lowerBound(ref.words, prefix, (w) => w.word); i < ref.words.length; i++) {
    const entry = ref.words[i];
    if (entry === undefined || !entry.word.startsWith(prefix)) break;
    if (marked[entry.place] === 0) count++;
    marked[entry.place] = 1;
  }
  const found: number[] = [];
  for (let i = 0; i < marked.length && found.length < count; i++) if (marked[i] === 1) found.push(i);
  return found;
}

/** Codes starting with `prefix`, in code order, at most `max`. */
export function codesWithPrefix(ref: CogReference, prefix: string, max: number): string[] {
  const found: string[] = [];
  for (let i = lowerBound(ref.sortedCodes, prefix, (c) => c); i < ref.sortedCodes.length && found.length < max; i++) {
    const code = ref.sortedCodes[i];
    if (code === undefined || !code.startsWith(prefix)) break;
    found.push(code);
  }
  return found;
}
