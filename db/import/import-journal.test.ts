// The import's direct payload builder and bulk journal writer must write what the generic path writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NormalizedIdentity } from '../../core/identity/types.js';
import { openDatabase, type Db } from '../connection.js';
import { appendJournal, verifyJournal } from '../journal/index.js';
import { createJournalBulkWriter } from '../journal/bulk-append.js';
import { encodePayload } from '../journal/payload.js';
import { importPayload } from './import-journal.js';

const text = fc.string({ maxLength: 12 });
const orNull = (a: fc.Arbitrary<string>) => fc.option(a, { nil: null });
const identity: fc.Arbitrary<NormalizedIdentity> = fc.record({
  ipp: orNull(text),
  birthName: text,
  birthFirstNames: text,
  firstBirthName: text,
  sex: fc.constantFrom('M' as const, 'F' as const, 'I' as const),
  birthDate: text,
  birthDateCorrected: fc.boolean(),
  birthplaceCog: text,
  usedName: orNull(text),
  usedFirstName: orNull(text),
  insMatricule: orNull(text),
});

/** The generic path run-import used before: every field of {...identity, ipp} as a creation. */
const generic = (i: NormalizedIdentity, ipp: string, file: string, line: number) =>
  encodePayload(Object.entries({ ...i, ipp }).map(([field, after]) => ({ field, before: null, after })), { file, line });

describe('importPayload', () => {
  it('equals encodePayload of the creation', () => {
    fc.assert(
      fc.property(identity, text, text, fc.nat(), (i, ipp, file, line) => {
        expect(importPayload(i, ipp, file, line)).toBe(generic(i, ipp, file, line));
      }),
    );
  });
});

describe('createJournalBulkWriter', () => {
  const entry = (n: number, at = '2026-11-23T07:00:00.000Z') => ({
    at, operator: 'op « é »', workstation: 'w"1', action: 'identity.import' as const, entity: 'identity' as const,
    entityId: n, reason: n % 2 ? null : 'raison\n', changes: [{ field: 'birthName', before: null, after: `N${n}` }], data: { line: n },
  });
  const rows = (db: Db) => db.prepare('SELECT * FROM journal ORDER BY seq').all();

  it('writes the same rows and hashes as appendJournal, after existing entries, in several blocks', () => {
    const a = openDatabase(':memory:');
    const b = openDatabase(':memory:');
    const entries = Array.from({ length: 150 }, (_, n) => entry(n, n < 70 ? '2026-11-23T07:00:00.000Z' : '2026-11-23T08:00:00.000Z'));
    appendJournal(a, entries[0]!);
    appendJournal(b, entries[0]!);
    for (const e of entries.slice(1)) appendJournal(a, e);
    b.transaction(() => {
      const writer = createJournalBulkWriter(b);
      for (const e of entries.slice(1)) writer.append({ ...e, payload: encodePayload(e.changes, e.data) });
      writer.flush();
    })();
    expect(rows(b)).toEqual(rows(a));
    expect(verifyJournal(b)).toMatchObject({ ok: true, entries: 150 });
  });

  it('must run inside a transaction', () => {
    expect(() => createJournalBulkWriter(openDatabase(':memory:'))).toThrow(/transaction/);
  });
});
