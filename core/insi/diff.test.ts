// Character diff: table cases and properties (self diff is all « same »; segments rebuild both sides).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffChars, diffPositional, rebuild, type DiffSegment } from './diff.js';

describe('diffChars', () => {
  it.each<[string, string, DiffSegment[]]>([
    ['HERMAN', 'HERMANN', [{ text: 'HERMAN', kind: 'same' }, { text: 'N', kind: 'added' }]],
    ['DUPONT', 'DUPOND', [{ text: 'DUPON', kind: 'same' }, { text: 'T', kind: 'removed' }, { text: 'D', kind: 'added' }]],
    ['', 'ABC', [{ text: 'ABC', kind: 'added' }]],
    ['ABC', '', [{ text: 'ABC', kind: 'removed' }]],
    ['JEAN PIERRE', 'JEAN-PIERRE', [{ text: 'JEAN', kind: 'same' }, { text: ' ', kind: 'removed' }, { text: '-', kind: 'added' }, { text: 'PIERRE', kind: 'same' }]],
  ])('%s → %s', (a, b, expected) => expect(diffChars(a, b)).toEqual(expected));

  it('a string diffed with itself is one « same » segment', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 100 }), (s) => {
      expect(diffChars(s, s)).toEqual([{ text: s, kind: 'same' }]);
    }));
  });

  it('segments rebuild both sides, and the « same » part is a longest common subsequence', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        const segs = diffChars(a, b);
        expect(rebuild(segs)).toEqual({ before: a, after: b });
        expect(segs.every((s) => s.text.length > 0)).toBe(true);
        const same = segs.filter((s) => s.kind === 'same').reduce((n, s) => n + [...s.text].length, 0);
        expect(same).toBe(lcsLength([...a], [...b]));
      }),
    );
  });

  it('works on names with the A–Z alphabet of strict traits', () => {
    const name = fc.stringMatching(/^[A-Z '-]{0,30}$/);
    fc.assert(fc.property(name, name, (a, b) => {
      expect(rebuild(diffChars(a, b))).toEqual({ before: a, after: b });
    }));
  });
});

describe('diffPositional', () => {
  it('marks each differing digit in place', () => {
    expect(diffPositional('180032B02040123', '180032B02040124')).toEqual([
      { text: '180032B0204012', kind: 'same' },
      { text: '3', kind: 'removed' },
      { text: '4', kind: 'added' },
    ]);
  });

  it('rebuilds both sides for any pair', () => {
    fc.assert(fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
      expect(rebuild(diffPositional(a, b))).toEqual({ before: a, after: b });
    }));
  });
});

function lcsLength(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const cur = [0];
    b.forEach((y, j) => cur.push(x === y ? prev[j]! + 1 : Math.max(prev[j + 1]!, cur[j]!)));
    prev = cur;
  }
  return prev[b.length]!;
}
