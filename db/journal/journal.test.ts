import { describe, expect, it } from 'vitest';
import { JournalEntrySchema } from '../../core/contract/schemas.js';
import type { Db } from '../connection.js';
import { at, freshDb } from '../test-support.js';
import { appendAccess, appendJournal, type NewJournalEntry } from './append.js';
import { accessForIdentity, journalData, journalForIdentity } from './read.js';
import { journalHead, verifyAccessJournal, verifyJournal } from './verify.js';

const entry = (i: number, over: Partial<NewJournalEntry> = {}): NewJournalEntry => ({
  at: at(i),
  operator: 'alice',
  workstation: 'ACCUEIL-1',
  action: 'identity.update',
  entity: 'identity',
  entityId: 1,
  reason: null,
  changes: [{ field: 'usedName', before: `NOM${i}`, after: `NOM${i + 1}` }],
  ...over,
});

const fill = (db: Db, n: number) => {
  for (let i = 1; i <= n; i++) appendJournal(db, entry(i));
};

// Tampering tests remove the append-only triggers on purpose, as an attacker with the file would.
const dropTriggers = (db: Db) =>
  db.exec('DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete; DROP TRIGGER access_journal_no_update; DROP TRIGGER access_journal_no_delete;');

describe('journal', () => {
  it('appends with consecutive seq, each row chained to the previous hash', () => {
    const db = freshDb();
    expect(verifyJournal(db)).toEqual({ entries: 0, ok: true, firstBrokenSeq: null, message: 'Journal vide : rien à vérifier.' });
    expect([appendJournal(db, entry(1)), appendJournal(db, entry(2)), appendJournal(db, entry(3))]).toEqual([1, 2, 3]);
    const rows = db.prepare('SELECT seq, prev_hash, hash FROM journal ORDER BY seq').all() as { prev_hash: Buffer; hash: Buffer }[];
    expect(rows[0]?.prev_hash.equals(Buffer.alloc(32))).toBe(true);
    expect(rows[1]?.prev_hash.equals(rows[0]!.hash)).toBe(true);
    expect(rows[2]?.prev_hash.equals(rows[1]!.hash)).toBe(true);
    expect(verifyJournal(db)).toEqual({
      entries: 3, ok: true, firstBrokenSeq: null, message: 'Journal intègre : 3 entrées vérifiées, chaînage continu.',
    });
  });

  it('refuses UPDATE and DELETE through triggers', () => {
    const db = freshDb();
    fill(db, 2);
    expect(() => db.prepare("UPDATE journal SET reason = 'x' WHERE seq = 1").run()).toThrow(
      'Le journal est en ajout seul : une entrée ne peut pas être modifiée.',
    );
    expect(() => db.prepare('DELETE FROM journal WHERE seq = 2').run()).toThrow(/ne peut pas être supprimée/);
    appendAccess(db, { at: at(1), operator: 'alice', workstation: 'W', identityId: 1, action: 'open' });
    expect(() => db.prepare("UPDATE access_journal SET action = 'print'").run()).toThrow(/ajout seul/);
    expect(() => db.prepare('DELETE FROM access_journal').run()).toThrow(/ajout seul/);
    expect(verifyJournal(db).ok).toBe(true);
  });

  it('detects a modified payload', () => {
    const db = freshDb();
    fill(db, 5);
    dropTriggers(db);
    db.prepare(`UPDATE journal SET payload = replace(payload, 'NOM3', 'NOMX') WHERE seq = 3`).run();
    const v = verifyJournal(db);
    expect(v).toMatchObject({ ok: false, firstBrokenSeq: 3, entries: 2 });
    expect(v.message).toBe("Journal altéré à l'entrée n° 3 : son contenu ne correspond plus à son empreinte (modifié après écriture).");
  });

  it('detects a modified payload even when the attacker recomputes that row hash', () => {
    const db = freshDb();
    fill(db, 4);
    dropTriggers(db);
    // Copy row 4's hash onto row 2: the content check passes nowhere, and row 3 no longer chains.
    db.prepare('UPDATE journal SET hash = (SELECT hash FROM journal WHERE seq = 4) WHERE seq = 2').run();
    expect(verifyJournal(db).firstBrokenSeq).toBe(2);
  });

  it('detects a deleted row', () => {
    const db = freshDb();
    fill(db, 5);
    dropTriggers(db);
    db.prepare('DELETE FROM journal WHERE seq = 3').run();
    const v = verifyJournal(db);
    expect(v).toMatchObject({ ok: false, firstBrokenSeq: 3 });
    expect(v.message).toMatch(/entrée absente \(l'entrée suivante trouvée porte le n° 4\)/);
  });

  it('detects a deleted row whose successors were renumbered', () => {
    const db = freshDb();
    fill(db, 5);
    dropTriggers(db);
    db.exec('DELETE FROM journal WHERE seq = 3; UPDATE journal SET seq = seq - 1 WHERE seq > 3');
    const v = verifyJournal(db);
    expect(v).toMatchObject({ ok: false, firstBrokenSeq: 3 });
    expect(v.message).toMatch(/plus chaînée à l'entrée précédente/);
  });

  it('detects a reordered chain (two rows swapped)', () => {
    const db = freshDb();
    fill(db, 5);
    dropTriggers(db);
    db.exec('UPDATE journal SET seq = -2 WHERE seq = 2; UPDATE journal SET seq = 2 WHERE seq = 4; UPDATE journal SET seq = 4 WHERE seq = -2');
    expect(verifyJournal(db)).toMatchObject({ ok: false, firstBrokenSeq: 2 });
  });

  it('detects a truncated tail against an anchor taken earlier', () => {
    const db = freshDb();
    fill(db, 4);
    const anchor = journalHead(db)!;
    expect(anchor.seq).toBe(4);
    expect(verifyJournal(db, anchor).ok).toBe(true);
    dropTriggers(db);
    db.prepare('DELETE FROM journal WHERE seq = 4').run();
    expect(verifyJournal(db).ok).toBe(true);
    expect(verifyJournal(db, anchor)).toMatchObject({ ok: false, firstBrokenSeq: 4, entries: 3 });
    expect(verifyJournal(db, { seq: 2, hash: '00' }).message).toMatch(/ne correspond pas à l'ancre/);
  });

  it('reads one identity history with French labels, shaped like JournalEntrySchema', () => {
    const db = freshDb();
    appendJournal(db, entry(1, {
      action: 'identity.create', entityId: 7, reason: null,
      changes: [{ field: 'birthName', before: null, after: 'MARTIN' }, { field: 'sex', before: null, after: 'F' }],
    }));
    appendJournal(db, entry(2, { entityId: 8 }));
    appendJournal(db, entry(3, {
      action: 'identity.attribute_set', entityId: 7, reason: 'Pièce suspecte', changes: [], data: { attribute: 'douteuse' },
    }));
    appendJournal(db, entry(4, {
      action: 'identity.document_check', entityId: 7, changes: [{ field: 'documentCheck', before: null, after: 'PA' }],
    }));
    appendJournal(db, entry(5, { action: 'operator.create', entity: 'operator', entityId: null, changes: [] }));
    const h = journalForIdentity(db, 7);
    expect(h.map((e) => [e.seq, e.label])).toEqual([
      [1, "Création de l'identité"],
      [3, 'Attribut « douteuse » posé'],
      [4, "Contrôle de pièce d'identité"],
    ]);
    expect(h[0]?.changes).toEqual([
      { field: 'birthName', before: null, after: 'MARTIN' },
      { field: 'sex', before: null, after: 'F' },
    ]);
    expect(h[1]?.reason).toBe('Pièce suspecte');
    expect(journalData(db, 3)).toEqual({ attribute: 'douteuse' });
    for (const e of h) expect(JournalEntrySchema.parse(e)).toEqual(e);
  });
});

describe('access journal', () => {
  it('records openings, prints and exports per identity and verifies its chain', () => {
    const db = freshDb();
    appendAccess(db, { at: at(1), operator: 'alice', workstation: 'W1', identityId: 5, action: 'open' });
    appendAccess(db, { at: at(2), operator: 'bob', workstation: 'W2', identityId: 6, action: 'open' });
    appendAccess(db, { at: at(3), operator: 'alice', workstation: 'W1', identityId: 5, action: 'print' });
    expect(accessForIdentity(db, 5)).toEqual([
      { seq: 1, at: at(1), operator: 'alice', workstation: 'W1', action: 'open' },
      { seq: 3, at: at(3), operator: 'alice', workstation: 'W1', action: 'print' },
    ]);
    expect(verifyAccessJournal(db)).toMatchObject({ ok: true, entries: 3 });
    dropTriggers(db);
    db.prepare("UPDATE access_journal SET operator = 'mallory' WHERE seq = 2").run();
    expect(verifyAccessJournal(db)).toMatchObject({ ok: false, firstBrokenSeq: 2 });
    expect(verifyAccessJournal(db).message).toMatch(/^Journal des accès altéré à l'entrée n° 2/);
  });
});
