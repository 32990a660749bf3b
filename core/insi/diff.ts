// Character-level diff for highlighting local vs INSi traits: an LCS alignment giving segments
// same / removed (only in the local value) / added (only in INSi's). Same + removed rebuild the local value,
// same + added rebuild the returned one. Traits are ≤ 100 characters, so the O(n·m) table is small.

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffSegment {
  text: string;
  kind: DiffKind;
}

function push(out: DiffSegment[], text: string, kind: DiffKind): void {
  const last = out[out.length - 1];
  if (last && last.kind === kind) last.text += text;
  else out.push({ text, kind });
}

/** LCS-based diff from `before` (local) to `after` (returned), by Unicode code point. */
export function diffChars(before: string, after: string): DiffSegment[] {
  const a = [...before];
  const b = [...after];
  const n = a.length;
  const m = b.length;
  // lcs[i][j] = LCS length of a[i..] and b[j..]
  const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i]!;
    const below = lcs[i + 1]!;
    for (let j = m - 1; j >= 0; j--) row[j] = a[i] === b[j] ? below[j + 1]! + 1 : Math.max(below[j]!, row[j + 1]!);
  }
  const out: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(out, a[i]!, 'same');
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push(out, a[i++]!, 'removed');
    else push(out, b[j++]!, 'added');
  }
  while (i < n) push(out, a[i++]!, 'removed');
  while (j < m) push(out, b[j++]!, 'added');
  return out;
}

/**
 * Position-by-position diff for fixed-width codes (matricule): a differing character is shown as removed + added
 * at its place, which reads better than an LCS realignment of digits. Falls back to diffChars on unequal lengths.
 */
export function diffPositional(before: string, after: string): DiffSegment[] {
  const a = [...before];
  const b = [...after];
  if (a.length !== b.length) return diffChars(before, after);
  const out: DiffSegment[] = [];
  a.forEach((c, k) => {
    if (c === b[k]) push(out, c, 'same');
    else {
      push(out, c, 'removed');
      push(out, b[k]!, 'added');
    }
  });
  return out;
}

/** The two sides a diff was made from. */
export function rebuild(segments: readonly DiffSegment[]): { before: string; after: string } {
  let before = '';
  let after = '';
  for (const s of segments) {
    if (s.kind !== 'added') before += s.text;
    if (s.kind !== 'removed') after += s.text;
  }
  return { before, after };
}
