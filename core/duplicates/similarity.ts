// String similarity measures for folded names and dates: Jaro-Winkler, the restricted Damerau-Levenshtein
// distance (adjacent transpositions count one edit) bounded for speed, and the « accents lost » shape.

let matchedA = new Uint8Array(128);
let matchedB = new Uint8Array(128);

/** Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, up to 4 characters); 1 only for equal strings. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  // Flags reused across calls (cleared here): the bulk scan calls this millions of times.
  if (la > matchedA.length || lb > matchedB.length) {
    matchedA = new Uint8Array(2 * Math.max(la, lb));
    matchedB = new Uint8Array(2 * Math.max(la, lb));
  }
  matchedA.fill(0, 0, la);
  matchedB.fill(0, 0, lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] === 0 && a.charCodeAt(i) === b.charCodeAt(j)) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (matchedA[i] === 0) continue;
    while (matchedB[j] === 0) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  const m = matches;
  const jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  // Rounding could reach 1 for different strings; equality alone scores 1.
  return Math.min(jaro + prefix * 0.1 * (1 - jaro), 0.999);
}

/**
 * Restricted Damerau-Levenshtein (optimal string alignment) distance, or `max + 1` as soon as it is known
 * to exceed `max` (names far apart cost little).
 */
export function editDistance(a: string, b: string, max = 3): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0 || lb === 0) return Math.max(la, lb);
  // Three rows reused across calls: the bulk scan calls this millions of times.
  if (lb + 1 > rows[0].length) for (let r = 0; r < 3; r++) rows[r] = new Int32Array(2 * (lb + 1));
  let prev2 = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[lb]!, max + 1);
}

const rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(128), new Int32Array(128), new Int32Array(128)];

/** Letters that most often carry a diacritic in French names (É È Ê Ë Ç Ï Ô, the E of Œ). */
const ACCENTABLE = new Set(['C', 'E', 'I', 'O']);

/**
 * Whether `shorter` is `longer` with one or two letters that carry accents in French dropped — what a
 * legacy system that deletes non-ASCII characters makes of LEFÈVRE (LEFVRE) or FRANÇOIS (FRANOIS).
 */
export function isAccentLoss(x: string, y: string): boolean {
  const [longer, shorter] = x.length >= y.length ? [x, y] : [y, x];
  const dropped = longer.length - shorter.length;
  if (dropped < 1 || dropped > 2 || shorter.length < 2) return false;
  let i = 0;
  let j = 0;
  let skipped = 0;
  while (i < longer.length) {
    if (j < shorter.length && longer[i] === shorter[j]) {
      i++;
      j++;
    } else {
      if (!ACCENTABLE.has(longer[i] as string) || ++skipped > dropped) return false;
      i++;
    }
  }
  return j === shorter.length && skipped === dropped;
}
