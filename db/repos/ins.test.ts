import { describe, expect, it } from 'vitest';
import { at, freshDb, identityRow } from '../test-support.js';
import { insertIdentity } from './identities.js';
import { getActiveIns, identitiesWithActiveMatricule, insHistory, invalidateIns, latestIns, setActiveIns } from './ins.js';

const NIR_OID = '1.2.250.1.213.1.4.8';

describe('ins repository', () => {
  it('stores an active INS, supersedes it on a new one and keeps the history', () => {
    const db = freshDb();
    const id = insertIdentity(db, identityRow());
    const first = setActiveIns(db, {
      identityId: id, matricule: '280037505600187', oid: NIR_OID, source: 'insi', endpoint: 'qualif', historyJson: '[]', obtainedAt: at(1),
    });
    expect(first).toMatchObject({ identityId: id, active: true, endpoint: 'qualif', historyJson: '[]', invalidatedAt: null });
    setActiveIns(db, { identityId: id, matricule: '280037505600187', oid: NIR_OID, source: 'insi', obtainedAt: at(2) });
    expect(insHistory(db, id).map((r) => r.active)).toEqual([false, true]);
    expect(getActiveIns(db, id)?.obtainedAt).toBe(at(2));
    expect(identitiesWithActiveMatricule(db, '280037505600187')).toEqual([id]);
  });

  it('invalidates the active INS but keeps it visible as the latest', () => {
    const db = freshDb();
    const id = insertIdentity(db, identityRow());
    setActiveIns(db, { identityId: id, matricule: '280037505600187', oid: NIR_OID, source: 'import', obtainedAt: at(1) });
    const inv = invalidateIns(db, id, at(3), 'Identité douteuse');
    expect(inv).toMatchObject({ active: false, invalidatedAt: at(3), invalidatedReason: 'Identité douteuse' });
    expect(getActiveIns(db, id)).toBeNull();
    expect(latestIns(db, id)).toMatchObject({ matricule: '280037505600187', invalidatedAt: at(3) });
    expect(invalidateIns(db, id, at(4), 'encore')).toBeNull();
    expect(identitiesWithActiveMatricule(db, '280037505600187')).toEqual([]);
  });

  it('lists every identity holding the same active matricule (collision)', () => {
    const db = freshDb();
    const a = insertIdentity(db, identityRow({ ipp: 'A' }));
    const b = insertIdentity(db, identityRow({ ipp: 'B' }));
    for (const identityId of [b, a]) {
      setActiveIns(db, { identityId, matricule: '180037505600123', oid: NIR_OID, source: 'insi', obtainedAt: at(1) });
    }
    expect(identitiesWithActiveMatricule(db, '180037505600123')).toEqual([a, b]);
  });
});
