// Writes the valid rows of one import batch, inside its transaction: identities with explicit ids (the
// next after the largest, as SQLite would give them) so their INS and journal rows need no read-back,
// all three written many rows per INSERT; the journal chained in memory (journal/bulk-append.ts); each
// identity's search-index texts into the batch's texts table (search/bulk.ts indexes from it).
import { deriveStatus } from '../../core/identity/status.js';
import { INS_OIDS } from '../../core/identity/nir.js';
import type { IdentityStatus, NormalizedIdentity } from '../../core/identity/types.js';
import type { Db } from '../connection.js';
import { createJournalBulkWriter } from '../journal/bulk-append.js';
import { nextIpp } from '../repos/meta.js';
import { createMultiRowInsert } from '../seed/multi-row-insert.js';
import { prepareWrite, type PreparedWrite } from './prepared-write.js';

export interface ImportWriterContext {
  at: string;
  operator: string;
  workstation: string;
  fileName: string;
  /** IPPs the file itself carries: a generated IPP never takes one of them. */
  fileIpps: ReadonlySet<string>;
  /** Temporary table `(id, terms, keys)` the search index of the batch is built from (withDeferredSearchIndex). */
  indexTextsTable: string;
}

export interface ImportBatchWriter {
  /** Buffers one valid row (its identity, INS, journal entry, index texts): prepared here unless given. */
  write(identity: NormalizedIdentity, line: number, prepared: PreparedWrite | null): void;
  /** Writes everything buffered; call before the batch commits. */
  flush(): void;
}

/** A new identity has no attribute, INSi check nor document check: its status depends on these two. */
const statusOf = (corrected: boolean, sex: NormalizedIdentity['sex']): IdentityStatus =>
  deriveStatus({ insiVerified: false, documentChecked: false, attributes: [], birthDateCorrected: corrected, sex });

export function createImportBatchWriter(db: Db, ctx: ImportWriterContext): ImportBatchWriter {
  let id = (db.prepare('SELECT coalesce(max(id), 0) FROM identities').pluck().get() as number) + 1;
  const identities = createMultiRowInsert(
    db,
    `INSERT INTO identities (id, ipp, birth_name, birth_first_names, first_birth_name, sex, birth_date, birth_date_corrected,
       birthplace_cog, birthplace_from_insi, used_name, used_first_name, traits_source, insi_verified_at, status, created_at, updated_at)`,
    17,
  );
  // The identity is new, so it has no active INS to retire (setActiveIns would look for one per row).
  const ins = createMultiRowInsert(db, 'INSERT INTO ins (identity_id, matricule, oid, source, endpoint, history_json, obtained_at, active)', 8);
  const journal = createJournalBulkWriter(db);
  const indexTexts = createMultiRowInsert(db, `INSERT INTO ${ctx.indexTextsTable} (id, terms, keys)`, 3);
  const statuses = new Map<string, IdentityStatus>();

  /** Parents first: the INS rows' foreign key is checked at once. */
  const flush = () => {
    identities.flush();
    ins.flush();
    journal.flush();
    indexTexts.flush();
  };

  return {
    write(identity, line, prepared) {
      let ipp = identity.ipp;
      if (!ipp) {
        // nextIpp skips numbers already taken, including by rows of this batch: they must be written.
        flush();
        ipp = nextIpp(db, (candidate) => ctx.fileIpps.has(candidate));
      }
      const key = `${identity.birthDateCorrected}${identity.sex}`;
      let status = statuses.get(key);
      if (status === undefined) statuses.set(key, (status = statusOf(identity.birthDateCorrected, identity.sex)));
      identities.add(
        id, ipp, identity.birthName, identity.birthFirstNames, identity.firstBirthName, identity.sex, identity.birthDate,
        identity.birthDateCorrected ? 1 : 0, identity.birthplaceCog, 0, identity.usedName ?? null, identity.usedFirstName ?? null,
        'import', null, status, ctx.at, ctx.at,
      );
      const p = prepared ?? prepareWrite(identity, ipp, ctx.fileName, line);
      indexTexts.add(id, p.terms, p.keys);
      if (identity.insMatricule) ins.add(id, identity.insMatricule, INS_OIDS.NIR, 'import', null, null, ctx.at, 1);
      journal.append({
        at: ctx.at,
        operator: ctx.operator,
        workstation: ctx.workstation,
        action: 'identity.import',
        entity: 'identity',
        entityId: id,
        reason: null,
        payload: p.payload,
        payloadJson: p.payloadJson,
      });
      id += 1;
      // An INS block can only fill when the identity block just did: then every parent is written.
      if (identities.pending === 0) flush();
    },
    flush,
  };
}
