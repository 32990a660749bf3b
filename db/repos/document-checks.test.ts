import { describe, expect, it } from 'vitest';
import { at, freshDb, identityRow } from '../test-support.js';
import { activeDocumentCheck, documentCheckHistory, insertDocumentCheck, withdrawDocumentCheck } from './document-checks.js';
import { insertIdentity } from './identities.js';

describe('document checks repository', () => {
  it('returns the latest standing check, withdraws it and keeps the history', () => {
    const db = freshDb();
    const id = insertIdentity(db, identityRow());
    expect(activeDocumentCheck(db, id)).toBeNull();
    insertDocumentCheck(db, { identityId: id, deviceType: 'CN', validUntil: '2030-01-01', checkedAt: at(1), operator: 'alice', workstation: 'W1' });
    insertDocumentCheck(db, { identityId: id, deviceType: 'PA', validUntil: '2031-06-30', checkedAt: at(2), operator: 'bob', workstation: 'W2' });
    expect(activeDocumentCheck(db, id)).toMatchObject({ deviceType: 'PA', validUntil: '2031-06-30', operator: 'bob', workstation: 'W2' });
    expect(withdrawDocumentCheck(db, id, { at: at(3), operator: 'carole', reason: 'Pièce mal lue' })).toBe(2);
    expect(activeDocumentCheck(db, id)).toBeNull();
    expect(withdrawDocumentCheck(db, id, { at: at(4), operator: 'carole', reason: 'x' })).toBe(0);
    expect(documentCheckHistory(db, id).map((c) => [c.deviceType, c.withdrawnBy, c.withdrawnReason])).toEqual([
      ['CN', 'carole', 'Pièce mal lue'],
      ['PA', 'carole', 'Pièce mal lue'],
    ]);
    expect(() => db.prepare('DELETE FROM document_checks').run()).toThrow(/retirez le contrôle/);
  });
});
