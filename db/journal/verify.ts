// Verifies the journals are untampered: contiguous seq, each row chained to the previous hash, each
// hash matching its content. Truncating the tail is only visible against an anchor (journalHead).
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';
import { accessFields, journalFields } from './append.js';
import { chainHash, type ChainField, GENESIS_HASH } from './chain.js';

export interface JournalVerification {
  entries: number;
  ok: boolean;
  firstBrokenSeq: number | null;
  message: string;
}

export interface JournalAnchor {
  seq: number;
  /** Hex SHA-256 of that entry, as given by journalHead. */
  hash: string;
}

interface ChainRow {
  seq: number;
  prev_hash: Buffer;
  hash: Buffer;
}

function verifyChain<R extends ChainRow>(
  rows: Iterable<R>,
  fieldsOf: (r: R) => readonly ChainField[],
  what: string,
  anchor: JournalAnchor | undefined,
): JournalVerification {
  let prev: Buffer = GENESIS_HASH;
  let expected = 1;
  let anchorSeen = false;
  const broken = (seq: number, detail: string): JournalVerification => ({
    entries: expected - 1,
    ok: false,
    firstBrokenSeq: seq,
    message: `${what} altéré à l'entrée n° ${seq} : ${detail}`,
  });
  for (const r of rows) {
    if (r.seq !== expected) {
      return broken(expected, `entrée absente (l'entrée suivante trouvée porte le n° ${r.seq}).`);
    }
    if (!prev.equals(r.prev_hash)) {
      return broken(r.seq, "elle n'est plus chaînée à l'entrée précédente (entrée supprimée, insérée ou déplacée).");
    }
    if (!chainHash(fieldsOf(r), r.prev_hash).equals(r.hash)) {
      return broken(r.seq, 'son contenu ne correspond plus à son empreinte (modifié après écriture).');
    }
    if (anchor && anchor.seq === r.seq) {
      if (r.hash.toString('hex') !== anchor.hash) return broken(r.seq, "elle ne correspond pas à l'ancre enregistrée.");
      anchorSeen = true;
    }
    prev = r.hash;
    expected += 1;
  }
  const entries = expected - 1;
  if (anchor && !anchorSeen) {
    return {
      entries,
      ok: false,
      firstBrokenSeq: entries + 1,
      message: `${what} tronqué : l'entrée n° ${anchor.seq} de l'ancre enregistrée a disparu (${entries} entrées présentes).`,
    };
  }
  return {
    entries,
    ok: true,
    firstBrokenSeq: null,
    message:
      entries === 0
        ? `${what} vide : rien à vérifier.`
        : `${what} intègre : ${entries} entrée${entries > 1 ? 's' : ''} vérifiée${entries > 1 ? 's' : ''}, chaînage continu.`,
  };
}

interface JournalRow extends ChainRow {
  at: string;
  operator: string;
  workstation: string;
  action: string;
  entity: string;
  entity_id: number | null;
  reason: string | null;
  payload: string;
}

interface AccessRow extends ChainRow {
  at: string;
  operator: string;
  workstation: string;
  identity_id: number;
  action: string;
}

export function verifyJournal(db: Db, anchor?: JournalAnchor): JournalVerification {
  const rows = stmt<[], JournalRow>(db, 'SELECT * FROM journal ORDER BY seq').iterate();
  return verifyChain(rows, (r) => journalFields(r.seq, r, r.entity_id, r.reason, r.payload), 'Journal', anchor);
}

export function verifyAccessJournal(db: Db, anchor?: JournalAnchor): JournalVerification {
  const rows = stmt<[], AccessRow>(db, 'SELECT * FROM access_journal ORDER BY seq').iterate();
  return verifyChain(
    rows,
    (r) => accessFields(r.seq, { ...r, identityId: r.identity_id }),
    'Journal des accès',
    anchor,
  );
}

/** Last seq and hash: keep it outside the database (printout, referent's note) to detect truncation. */
export function journalHead(db: Db): JournalAnchor | null {
  const r = stmt<[], { seq: number; hash: Buffer }>(db, 'SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1').get();
  return r ? { seq: r.seq, hash: r.hash.toString('hex') } : null;
}
