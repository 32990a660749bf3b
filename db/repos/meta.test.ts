import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../connection.js';
import { freshDb, identityRow } from '../test-support.js';
import { insertIdentity } from './identities.js';
import { addIppAlias } from './ipp-aliases.js';
import { formatIpp, getMeta, nextIpp, setMeta } from './meta.js';

describe('meta and IPP allocation', () => {
  it('reads and upserts meta keys', () => {
    const db = freshDb();
    expect(getMeta(db, 'absent')).toBeNull();
    setMeta(db, 'k', 'a');
    setMeta(db, 'k', 'b');
    expect(getMeta(db, 'k')).toBe('b');
  });

  it('allocates P0000001, P0000002… and skips numbers already taken', () => {
    const db = freshDb();
    expect(nextIpp(db)).toBe('P0000001');
    insertIdentity(db, identityRow({ ipp: 'P0000002' }));
    insertIdentity(db, identityRow({ ipp: 'P0000003' }));
    addIppAlias(db, { alias: 'P0000004', identityId: 1, at: 'x' });
    expect(nextIpp(db)).toBe('P0000005');
    expect(formatIpp(12_345_678)).toBe('P12345678');
  });

  it('gives the number back when the surrounding transaction rolls back', () => {
    const db = freshDb();
    expect(() =>
      db.transaction(() => {
        nextIpp(db);
        throw new Error('abandon');
      })(),
    ).toThrow('abandon');
    expect(nextIpp(db)).toBe('P0000001');
  });

  it('never hands the same IPP to two connections on one file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'idv-ipp-'));
    try {
      const file = join(dir, 'base.sqlite');
      const a = openDatabase(file);
      const b = openDatabase(file);
      const seen: string[] = [];
      for (let i = 0; i < 200; i++) seen.push(nextIpp(i % 3 === 0 ? b : a));
      expect(new Set(seen).size).toBe(200);
      expect(seen[199]).toBe('P0000200');
      closeDatabase(a);
      closeDatabase(b);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
