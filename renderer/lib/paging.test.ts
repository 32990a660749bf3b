import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendPage, shownOf } from './paging.js';

describe('appendPage', () => {
  it('appends the next page, leaving out rows already shown (a decision shifted the offsets)', () => {
    expect(appendPage([{ id: 1 }, { id: 2 }], [{ id: 2 }, { id: 3 }])).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    expect(appendPage(null, [{ id: 4 }])).toEqual([{ id: 4 }]);
  });

  it('keeps every row once, in order (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(50)), fc.uniqueArray(fc.nat(50)), (a, b) => {
        const out = appendPage(a.map((id) => ({ id })), b.map((id) => ({ id }))).map((r) => r.id);
        expect(new Set(out).size).toBe(out.length);
        expect(out.slice(0, a.length)).toEqual(a);
        expect(new Set(out)).toEqual(new Set([...a, ...b]));
      }),
    );
  });
});

describe('shownOf', () => {
  it.each([
    [100, 240, '100 paires sur 240'],
    [1, 1, '1 paire sur 1'],
    [0, 0, '0 paire sur 0'],
    [1000, 1500, '1 000 paires sur 1 500'],
  ])('%i of %i', (shown, total, expected) => expect(shownOf(shown, total, { one: 'paire', many: 'paires' }).replace(/\s/g, ' ')).toBe(expected));
});
