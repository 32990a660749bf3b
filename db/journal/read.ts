// Reads the journals for one identity, shaped like the contract's JournalEntrySchema (French labels).
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';
import { journalLabel } from './actions.js';
import type { AccessAction } from './append.js';
import { decodePayload, type JournalChange } from './payload.js';

export interface JournalEntryView {
  seq: number;
  at: string;
  operator: string;
  workstation: string;
  action: string;
  label: string;
  reason: string | null;
  changes: JournalChange[];
}

export interface AccessEntryView {
  seq: number;
  at: string;
  operator: string;
  workstation: string;
  action: AccessAction;
}

interface Row {
  seq: number;
  at: string;
  operator: string;
  workstation: string;
  action: string;
  reason: string | null;
  payload: string;
}

/** Entries about one identity, oldest first. */
export function journalForIdentity(db: Db, identityId: number): JournalEntryView[] {
  return stmt<[number], Row>(
    db,
    `SELECT seq, at, operator, workstation, action, reason, payload FROM journal
     WHERE entity = 'identity' AND entity_id = ? ORDER BY seq`,
  )
    .all(identityId)
    .map((r) => {
      const { changes, data } = decodePayload(r.payload);
      return {
        seq: r.seq,
        at: r.at,
        operator: r.operator,
        workstation: r.workstation,
        action: r.action,
        label: journalLabel(r.action, data),
        reason: r.reason,
        changes,
      };
    });
}

/** The free `data` of one entry (INSi exchange details, merge ids…), or undefined. */
export function journalData(db: Db, seq: number): unknown {
  const r = stmt<[number], { payload: string }>(db, 'SELECT payload FROM journal WHERE seq = ?').get(seq);
  return r ? decodePayload(r.payload).data : undefined;
}

/** Openings, prints and exports of one identity, oldest first. */
export function accessForIdentity(db: Db, identityId: number): AccessEntryView[] {
  return stmt<[number], AccessEntryView>(
    db,
    'SELECT seq, at, operator, workstation, action FROM access_journal WHERE identity_id = ? ORDER BY seq',
  ).all(identityId);
}
