// Bulk journal writer (CSV import): the chain head read once and kept in memory, each entry's canonical
// serialisation built from the fields that change (seq, entity id, payload, previous hash) around the
// JSON of those that stay the same for a whole batch, a one-shot SHA-256, and rows written many per
// INSERT. Same rows and hashes as appendJournal (tested); nothing else may append meanwhile.
import { hash } from 'node:crypto';
import type { Db } from '../connection.js';
import { createMultiRowInsert } from '../seed/multi-row-insert.js';
import { stmt } from '../statements.js';
import type { NewJournalEntry } from './append.js';
import { GENESIS_HASH } from './chain.js';

/** An entry whose payload is already encoded (encodePayload, or a builder tested equal to it). */
export interface EncodedJournalEntry extends Omit<NewJournalEntry, 'changes' | 'data'> {
  payload: string;
  /** JSON.stringify(payload), when the caller has it already (computed in another thread). */
  payloadJson?: string;
}

export interface JournalBulkWriter {
  /** Chains one entry and buffers its row; returns its seq. */
  append(entry: EncodedJournalEntry): number;
  /** Writes the buffered rows (before anything reads the journal, and before commit). */
  flush(): void;
}

const json = JSON.stringify;

export function createJournalBulkWriter(db: Db): JournalBulkWriter {
  if (!db.inTransaction) throw new Error('createJournalBulkWriter doit être appelé dans une transaction.');
  const head = stmt<[], { seq: number; hash: Buffer }>(db, 'SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1').get();
  let seq = head?.seq ?? 0;
  let prev: Buffer = head?.hash ?? GENESIS_HASH;
  let prevHex = prev.toString('hex');
  const rows = createMultiRowInsert(
    db,
    'INSERT INTO journal (seq, at, operator, workstation, action, entity, entity_id, reason, payload, prev_hash, hash)',
    11,
  );
  // JSON of [at, operator, workstation, action, entity] (journalFields' order), rebuilt when one changes.
  let constant: readonly string[] = [];
  let constantJson = '';
  return {
    append(e) {
      if (e.at !== constant[0] || e.operator !== constant[1] || e.workstation !== constant[2] || e.action !== constant[3] || e.entity !== constant[4]) {
        constant = [e.at, e.operator, e.workstation, e.action, e.entity];
        constantJson = constant.map((v) => json(v)).join(',');
      }
      const next = seq + 1;
      // Exactly JSON.stringify([...journalFields(next, e, entityId, reason, payload), prevHex]) (chain.ts).
      const canonical = `[${json(next)},${constantJson},${json(e.entityId)},${json(e.reason)},${e.payloadJson ?? json(e.payload)},"${prevHex}"]`;
      const digest = hash('sha256', canonical, 'buffer');
      rows.add(next, e.at, e.operator, e.workstation, e.action, e.entity, e.entityId, e.reason, e.payload, prev, digest);
      seq = next;
      prev = digest;
      prevHex = digest.toString('hex');
      return next;
    },
    flush() {
      rows.flush();
    },
  };
}
