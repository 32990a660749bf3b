// Appends to the hash-chained journals. Runs inside the use case's transaction, so the entry and the
// change it records commit or roll back together. Rows are never updated or deleted (triggers).
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';
import type { JournalAction } from './actions.js';
import { chainHash, GENESIS_HASH } from './chain.js';
import { encodePayload, type JournalChange } from './payload.js';

export type JournalEntity = 'identity' | 'operator' | 'system';

export interface NewJournalEntry {
  at: string;
  operator: string;
  workstation: string;
  action: JournalAction;
  entity: JournalEntity;
  entityId: number | null;
  reason: string | null;
  changes: readonly JournalChange[];
  data?: unknown;
}

export type AccessAction = 'open' | 'print' | 'export';

export interface NewAccessEntry {
  at: string;
  operator: string;
  workstation: string;
  identityId: number;
  action: AccessAction;
}

interface Head {
  seq: number;
  hash: Buffer;
}

export const journalFields = (
  seq: number,
  e: { at: string; operator: string; workstation: string; action: string; entity: string },
  entityId: number | null,
  reason: string | null,
  payload: string,
) => [seq, e.at, e.operator, e.workstation, e.action, e.entity, entityId, reason, payload] as const;

export const accessFields = (seq: number, e: NewAccessEntry | AccessRowFields) =>
  [seq, e.at, e.operator, e.workstation, e.identityId, e.action] as const;

interface AccessRowFields {
  at: string;
  operator: string;
  workstation: string;
  identityId: number;
  action: string;
}

/** Appends one entry and returns its seq. */
export function appendJournal(db: Db, entry: NewJournalEntry): number {
  const head = stmt<[], Head>(db, 'SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1').get();
  const seq = (head?.seq ?? 0) + 1;
  const prev = head?.hash ?? GENESIS_HASH;
  const payload = encodePayload(entry.changes, entry.data);
  const hash = chainHash(journalFields(seq, entry, entry.entityId, entry.reason, payload), prev);
  stmt(
    db,
    `INSERT INTO journal (seq, at, operator, workstation, action, entity, entity_id, reason, payload, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(seq, entry.at, entry.operator, entry.workstation, entry.action, entry.entity, entry.entityId, entry.reason, payload, prev, hash);
  return seq;
}

/** Records that an operator opened, printed or exported a patient record; returns its seq. */
export function appendAccess(db: Db, entry: NewAccessEntry): number {
  const head = stmt<[], Head>(db, 'SELECT seq, hash FROM access_journal ORDER BY seq DESC LIMIT 1').get();
  const seq = (head?.seq ?? 0) + 1;
  const prev = head?.hash ?? GENESIS_HASH;
  const hash = chainHash(accessFields(seq, entry), prev);
  stmt(
    db,
    `INSERT INTO access_journal (seq, at, operator, workstation, identity_id, action, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(seq, entry.at, entry.operator, entry.workstation, entry.identityId, entry.action, prev, hash);
  return seq;
}

/**
 * Bulk path (CSV import): appends many entries inside ONE transaction, reading the chain head once and
 * keeping it in memory, with a statement prepared once. Same rows and chain as appendJournal (entries
 * from both interleave correctly only if nothing else appends meanwhile: use it for a batch, then drop it).
 */
export function createJournalAppender(db: Db): (entry: NewJournalEntry) => number {
  if (!db.inTransaction) throw new Error('createJournalAppender doit être appelé dans une transaction.');
  const head = stmt<[], Head>(db, 'SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1').get();
  let seq = head?.seq ?? 0;
  let prev: Buffer = head?.hash ?? GENESIS_HASH;
  const insert = stmt(
    db,
    `INSERT INTO journal (seq, at, operator, workstation, action, entity, entity_id, reason, payload, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (entry) => {
    const next = seq + 1;
    const payload = encodePayload(entry.changes, entry.data);
    const hash = chainHash(journalFields(next, entry, entry.entityId, entry.reason, payload), prev);
    insert.run(next, entry.at, entry.operator, entry.workstation, entry.action, entry.entity, entry.entityId, entry.reason, payload, prev, hash);
    seq = next;
    prev = hash;
    return next;
  };
}
