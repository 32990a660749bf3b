import { describe, expect, it } from 'vitest';
import { INS_OIDS } from '../../core/identity/nir.js';
import type { Db } from '../connection.js';
import { verifyJournal } from '../journal/index.js';
import { insertIdentity } from '../repos/identities.js';
import { setActiveIns } from '../repos/ins.js';
import { seedIdentities } from '../seed/index.js';
import { plantDuplicates } from '../seed/plant-duplicates.js';
import { at, freshDb, identityRow } from '../test-support.js';
import { countOpenPairs, decidePair, getPair, listOpenPairs, openPairsReport } from './pairs.js';
import { scanDuplicates } from './scan.js';

const scan = (db: Db, i = 1) => scanDuplicates(db, { at: at(i), operator: 'referent', workstation: 'poste-1' });

function base(): { db: Db; martin: number; duplicate: number; other: number } {
  const db = freshDb();
  const martin = insertIdentity(db, identityRow({ ipp: 'P1', birthName: 'LEFEVRE', birthFirstNames: 'JEAN PIERRE', firstBirthName: 'JEAN', sex: 'M' }));
  const duplicate = insertIdentity(db, identityRow({ ipp: 'P2', birthName: 'LEFVRE', birthFirstNames: 'JEAN', firstBirthName: 'JEAN', sex: 'M' }));
  const other = insertIdentity(db, identityRow({ ipp: 'P3', birthName: 'BERNARD', birthFirstNames: 'LUCIE', firstBirthName: 'LUCIE', birthDate: '1975-07-30' }));
  return { db, martin, duplicate, other };
}

describe('scanDuplicates', () => {
  it('stores the pair found (a_id < b_id), with its reasons, and journals the scan', () => {
    const { db, martin, duplicate } = base();
    const result = scan(db);
    expect(result).toMatchObject({ scanned: 3, candidates: 1, newPairs: 1, collisions: 0 });
    const [pair] = listOpenPairs(db, { limit: 10, offset: 0 });
    expect(pair).toMatchObject({ aId: martin, bId: duplicate, kind: 'duplicate', status: 'open', foundBy: 'referent' });
    expect(pair?.reasons).toEqual(expect.arrayContaining(['accents', 'first_names_subset']));
    const entry = db.prepare(`SELECT action, entity, operator, workstation, payload FROM journal ORDER BY seq DESC LIMIT 1`).get() as Record<string, string>;
    expect(entry).toMatchObject({ action: 'system.duplicate_scan', entity: 'system', operator: 'referent', workstation: 'poste-1' });
    expect(JSON.parse(entry.payload ?? '{}')).toMatchObject({ d: { scanned: 3, candidates: 1, newPairs: 1 } });
    expect(verifyJournal(db).ok).toBe(true);
  });

  it('refreshes an open pair, never proposes a decided one again, and drops pairs no longer found', () => {
    const { db, duplicate } = base();
    scan(db, 1);
    expect(scan(db, 2)).toMatchObject({ candidates: 1, newPairs: 0 });
    const [pair] = listOpenPairs(db, { limit: 10, offset: 0 });
    decidePair(db, pair!.id, { status: 'distinct', at: at(3), operator: 'referent', reason: 'Deux frères' });
    expect(scan(db, 4)).toMatchObject({ candidates: 1, newPairs: 0 });
    expect(listOpenPairs(db, { limit: 10, offset: 0 })).toEqual([]);
    expect(getPair(db, pair!.id)?.status).toBe('distinct');
    // A second, still open pair that stops matching once corrected disappears from the queue.
    const third = insertIdentity(db, identityRow({ ipp: 'P4', birthName: 'LEFEVRE', birthFirstNames: 'JEAN', firstBirthName: 'JEAN', sex: 'M' }));
    scan(db, 5);
    expect(countOpenPairs(db).duplicates).toBe(2);
    db.prepare(`UPDATE identities SET birth_date = '1999-09-09' WHERE id = ?`).run(third);
    expect(scan(db, 6)).toMatchObject({ stalePairs: 2 });
    expect(countOpenPairs(db).duplicates).toBe(0);
    expect(duplicate).toBeGreaterThan(0);
  });

  it('ignores merged identities', () => {
    const { db, martin, duplicate } = base();
    db.prepare('UPDATE identities SET merged_into = ? WHERE id = ?').run(martin, duplicate);
    expect(scan(db)).toMatchObject({ scanned: 2, candidates: 0 });
  });

  it('reports the same active INS on two records as a collision, whatever their traits', () => {
    const { db, martin, other } = base();
    for (const identityId of [martin, other]) {
      setActiveIns(db, { identityId, matricule: '180037511205842', oid: INS_OIDS.NIR, source: 'insi', obtainedAt: at(0) });
    }
    expect(scan(db)).toMatchObject({ collisions: 1, candidates: 2 });
    const [first] = listOpenPairs(db, { limit: 10, offset: 0 });
    expect(first).toMatchObject({ aId: martin, bId: other, kind: 'collision' });
    expect(first?.reasons).toContain('same_ins');
  });

  it('finds planted duplicates in a seeded base', () => {
    const db = freshDb();
    const now = new Date('2026-11-01T00:00:00Z');
    seedIdentities(db, { count: 3000, seed: 'scan', now });
    const planted = plantDuplicates(db, { count: 60, seed: 'scan', now });
    expect(planted).toHaveLength(60);
    scan(db);
    const found = new Set(openPairsReport(db).map((p) => [p.aIpp, p.bIpp].sort().join('|')));
    const hits = planted.filter((p) => found.has([p.original, p.duplicate].sort().join('|'))).length;
    expect(hits / planted.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('decidePair', () => {
  it('refuses an unknown or already decided pair', () => {
    const { db } = base();
    scan(db);
    const [pair] = listOpenPairs(db, { limit: 10, offset: 0 });
    expect(() => decidePair(db, 999, { status: 'distinct', at: at(2), operator: 'r', reason: 'x' })).toThrow(/Aucune paire/);
    decidePair(db, pair!.id, { status: 'homonyme', at: at(2), operator: 'r', reason: 'Homonymes' });
    expect(() => decidePair(db, pair!.id, { status: 'distinct', at: at(3), operator: 'r', reason: 'x' })).toThrow(/déjà été traitée/);
  });
});
