import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePayload, encodePayload, type JournalChange } from './payload.js';

const json = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
const field = fc.oneof(
  fc.constantFrom('birthName', 'ipp', 'status', 'usedName', 'n', '=x', 'documentCheck'),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const change = fc.record({ field, before: json, after: json });

describe('journal payload encoding', () => {
  it('round-trips changes (order kept) and data', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 8 }), fc.option(fc.jsonValue(), { nil: undefined }), (changes, data) => {
        const decoded = decodePayload(encodePayload(changes, data));
        const hasNew = changes.length > 0 && changes.every((c) => c.before === null);
        const unique = new Set(changes.map((c) => c.field)).size === changes.length;
        const expected: JournalChange[] =
          hasNew && unique ? changes.map((c) => ({ ...c, before: null })) : changes;
        expect(decoded.changes).toEqual(expected);
        expect(decoded.data).toEqual(data === undefined ? undefined : JSON.parse(JSON.stringify(data)));
      }),
    );
  });

  it('is compact: a creation uses short codes and one object', () => {
    const p = encodePayload([
      { field: 'ipp', before: null, after: 'P0000001' },
      { field: 'birthName', before: null, after: 'MARTIN' },
    ]);
    expect(p).toBe('{"n":{"i":"P0000001","n":"MARTIN"}}');
    expect(encodePayload([{ field: 'usedName', before: 'A', after: null }])).toBe('{"c":[["un","A",null]]}');
    expect(encodePayload([])).toBe('');
  });
});

describe('fields named like Object.prototype members', () => {
  it.each(['toString', 'constructor', 'hasOwnProperty', '__proto__'])('round-trips a change of « %s »', (field) => {
    const changes = [{ field, before: 'a', after: 'b' }];
    expect(decodePayload(encodePayload(changes)).changes).toEqual(changes);
  });
});
