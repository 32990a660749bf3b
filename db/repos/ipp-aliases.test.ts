import { describe, expect, it } from 'vitest';
import { freshDb, identityRow } from '../test-support.js';
import { insertIdentity } from './identities.js';
import { addIppAlias, aliasesOf, identityIdForAlias, removeIppAlias } from './ipp-aliases.js';

describe('IPP aliases repository', () => {
  it('maps an old IPP to the surviving identity and can drop it again', () => {
    const db = freshDb();
    const id = insertIdentity(db, identityRow());
    addIppAlias(db, { alias: 'P0000077', identityId: id, at: '2025-01-01T00:00:00.000Z', reason: 'Fusion' });
    expect(identityIdForAlias(db, 'P0000077')).toBe(id);
    expect(aliasesOf(db, id)).toEqual(['P0000077']);
    expect(() => addIppAlias(db, { alias: 'P0000077', identityId: id, at: 'x' })).toThrow(/UNIQUE/);
    expect(() => addIppAlias(db, { alias: 'P0000078', identityId: 999, at: 'x' })).toThrow(/FOREIGN KEY/);
    expect(removeIppAlias(db, 'P0000077')).toBe(true);
    expect(identityIdForAlias(db, 'P0000077')).toBeNull();
  });
});
