// Inserts synthetic identities (identities, INS, attributes, document checks) in large transactions
// with prepared statements; the search index is written once per batch (db/search/bulk.ts). A load as
// large as the base (≥ 50,000 rows) runs as ONE transaction with its secondary indexes suspended and
// re-created at the end (db/search/bulk-indexes.ts): all or nothing, and sorted index builds instead of
// random page updates. Journaling seeded data is the caller's choice (`journal` hook), off by default.
// A large CLI seed generates in a worker thread (identity-source.ts) and inserts 64 rows per statement;
// while that worker is behind, this thread indexes the rows already written (search catch-ups).
import type { Db } from '../connection.js';
import { BULK_DEFERRABLE_INDEXES, withDeferredIndexes, worthDeferringIndexes } from '../search/bulk-indexes.js';
import { optimizeSearchIndex, withDeferredSearchIndex, type CatchUp } from '../search/bulk.js';
import { withBulkPragmas } from './bulk-pragmas.js';
import { F } from './flat-identities.js';
import { createMultiRowInsert, type MultiRowInsert } from './multi-row-insert.js';
import { localIdentitySource, workerIdentitySource, type IdentitySource } from './identity-source.js';

export interface SeedOptions {
  count: number;
  seed: string | number;
  now: Date;
  /** Rows per transaction (default 20,000); a large load (see above) is one transaction, written in such batches. */
  batchSize?: number;
  /** Called inside the transaction after each identity is written. */
  journal?: (db: Db, identityId: number) => void;
  /** Progress callback after each batch written (committed, except in a large load's single transaction). */
  onProgress?: (inserted: number, total: number) => void;
  /**
   * Generate in a worker thread while this one inserts (CLI, tests: the sources run as files, not
   * from a bundle). Used from 20,000 identities into a base without INS (with INS, each matricule
   * drawn is checked against the base, in this thread).
   */
  generateInWorker?: boolean;
  /** Unindexed rows worth indexing while the generator worker is behind (default CATCH_UP_MIN_ROWS). */
  searchCatchUpRows?: number;
}

export interface SeedResult {
  inserted: number;
  tookMs: number;
}

/** Operator recorded on seeded attributes and document checks. */
export const SEED_OPERATOR = 'seed';
const SEED_WORKSTATION = 'seed';

const INDEX_TEXTS_TABLE = 'temp.seed_index_texts';

/**
 * Unindexed rows worth a catch-up while the generator is behind: each catch-up adds a segment per
 * search table that the final merge rewrites, so not too many (at most ~10 for a million).
 */
const CATCH_UP_MIN_ROWS = 100_000;

/** Below this, starting a worker thread costs more than generating in this one. */
const WORKER_MIN_ROWS = 20_000;

/** Next free number after the seed IPPs already stored (`S0000001`…), so seeding twice adds more. */
function firstFreeIppNumber(db: Db): number {
  const r = db
    .prepare(`SELECT max(CAST(substr(ipp, 2) AS INTEGER)) AS n FROM identities WHERE ipp >= 'S0' AND ipp < 'S:' AND length(ipp) >= 8`)
    .get() as { n: number | null };
  return (r.n ?? 0) + 1;
}

export function seedIdentities(db: Db, opts: SeedOptions): SeedResult {
  const started = performance.now();
  const hadIns = db.prepare('SELECT 1 FROM ins LIMIT 1').get() !== undefined;
  const taken = db.prepare('SELECT 1 FROM ins WHERE matricule = ?').pluck();
  const existing = db.prepare('SELECT count(*) FROM identities').pluck().get() as number;
  const large = worthDeferringIndexes(opts.count, existing);
  const firstIppNumber = firstFreeIppNumber(db);
  const source: IdentitySource =
    opts.generateInWorker && opts.count >= WORKER_MIN_ROWS && !hadIns
      ? workerIdentitySource({ seed: opts.seed, now: opts.now, firstIppNumber, count: opts.count })
      : localIdentitySource({
          seed: opts.seed,
          now: opts.now,
          firstIppNumber,
          ...(hadIns ? { isMatriculeTaken: (m: string) => taken.get(m) !== undefined } : {}),
        });
  // Many rows per statement, except when something reads the base between two identities (the
  // journal hook; matricules checked against the INS already stored).
  const rowsPerStatement = opts.journal || hadIns ? 1 : 64;
  // A child block holds as many rows as its identities can have (3 attributes at most), so it never
  // fills — and writes — before the identities it references.
  const block = (head: string, columns: number, perIdentity = 1) => createMultiRowInsert(db, head, columns, rowsPerStatement * perIdentity);
  // Explicit ids (the next ones after the largest), so child rows are written without reading them back.
  const insertIdentity = block(
    `INSERT INTO identities (id, ipp, birth_name, birth_first_names, first_birth_name, sex, birth_date, birth_date_corrected,
       birthplace_cog, birthplace_from_insi, used_name, used_first_name, traits_source, insi_verified_at, status,
       created_at, updated_at)`,
    17,
  );
  const insertIns = block(`INSERT INTO ins (identity_id, matricule, oid, source, endpoint, obtained_at, active)`, 7);
  const insertAttribute = block('INSERT INTO identity_attributes (identity_id, attribute, reason, set_at, set_by)', 5, 3);
  const insertCheck = block(
    'INSERT INTO document_checks (identity_id, device_type, valid_until, checked_at, operator, workstation)',
    6,
  );
  // Index texts come with the identities (flat-identities.ts); the indexes are built from this table.
  // Prepared once the bulk pragmas are set: changing temp_store drops the temp tables.
  let insertIndexTexts: MultiRowInsert;
  const indexed = { texts: INDEX_TEXTS_TABLE };
  const journaled: number[] = [];

  /** Parents first: the foreign keys of the child rows are checked at once. */
  const flush = () => {
    insertIdentity.flush();
    insertIns.flush();
    insertAttribute.flush();
    insertCheck.flush();
    insertIndexTexts.flush();
    for (const id of journaled) opts.journal?.(db, id);
    journaled.length = 0;
  };

  /** Buffers the identity `id` whose flat values start at `o` in `v`. */
  const write = (id: number, v: readonly (string | number | null)[], o: number) => {
    const createdAt = v[o + F.createdAt];
    insertIdentity.add(
      id, v[o + F.ipp], v[o + F.birthName], v[o + F.birthFirstNames], v[o + F.firstBirthName], v[o + F.sex], v[o + F.birthDate],
      v[o + F.birthDateCorrected], v[o + F.birthplaceCog], v[o + F.birthplaceFromInsi], v[o + F.usedName],
      v[o + F.usedFirstName], v[o + F.traitsSource], v[o + F.insiVerifiedAt], v[o + F.status], createdAt, createdAt,
    );
    // Synthetic data: the endpoint says so, whatever environment the base is used in.
    if (v[o + F.insMatricule] !== null) {
      insertIns.add(id, v[o + F.insMatricule], v[o + F.insOid], 'insi', 'synthetique', v[o + F.insObtainedAt], 1);
    }
    const attributes = v[o + F.attributes] as string;
    if (attributes !== '') {
      for (const a of attributes.split(' ')) insertAttribute.add(id, a, 'Donnée synthétique (jeu de démonstration)', createdAt, SEED_OPERATOR);
    }
    if (v[o + F.checkDeviceType] !== null) {
      insertCheck.add(id, v[o + F.checkDeviceType], v[o + F.checkValidUntil], v[o + F.checkCheckedAt], SEED_OPERATOR, SEED_WORKSTATION);
    }
    insertIndexTexts.add(id, v[o + F.searchText], v[o + F.phoneticText]);
    if (opts.journal) journaled.push(id);
    // Children may fill their block before the identities do: parents are then written first.
    if (insertIdentity.pending === 0) flush();
  };

  const batchSize = Math.max(1, opts.batchSize ?? 20_000);
  // A matricule lookup (second seed into a base with INS) needs ins_matricule during the load.
  const deferrable = BULK_DEFERRABLE_INDEXES.filter((name) => !(hadIns && name === 'ins_matricule'));
  let inserted = 0;
  /** Last id the search index covers (catch-ups), from the first batch on. */
  let indexedThrough: number | null = null;
  const catchUpRows = Math.max(1, opts.searchCatchUpRows ?? CATCH_UP_MIN_ROWS);
  /**
   * Writes n identities. With `catchUp` (a large load), whenever the generator worker is behind and
   * enough rows wait for the search index, indexes them instead of waiting: that work would otherwise
   * come after the last row, with the worker idle.
   */
  const writeRows = (n: number, catchUp?: CatchUp) => {
    let id = (db.prepare('SELECT coalesce(max(id), 0) FROM identities').pluck().get() as number) + 1;
    indexedThrough ??= id - 1;
    for (let i = 0; i < n; i++) {
      if (catchUp && id - 1 - indexedThrough >= catchUpRows && !source.ready()) {
        flush();
        catchUp(id - 1);
        indexedThrough = id - 1;
      }
      source.next();
      write(id++, source.values, source.at);
    }
    flush();
    inserted += n;
  };
  const batch = db.transaction((n: number) => {
    withDeferredSearchIndex(db, () => writeRows(n), indexed);
    db.exec(`DELETE FROM ${INDEX_TEXTS_TABLE}`);
  });
  const all = db.transaction(() =>
    withDeferredIndexes(db, deferrable, () =>
      withDeferredSearchIndex(db, (catchUp) => {
        while (inserted < opts.count) {
          writeRows(Math.min(batchSize, opts.count - inserted), catchUp);
          opts.onProgress?.(inserted, opts.count);
        }
      }, indexed),
    ),
  );
  try {
    withBulkPragmas(db, () => {
      db.exec(`CREATE TEMP TABLE IF NOT EXISTS ${INDEX_TEXTS_TABLE} (id INTEGER PRIMARY KEY, terms TEXT NOT NULL, keys TEXT NOT NULL)`);
      insertIndexTexts = block(`INSERT INTO ${INDEX_TEXTS_TABLE} (id, terms, keys)`, 3);
      if (large) all.immediate();
      else
        while (inserted < opts.count) {
          batch.immediate(Math.min(batchSize, opts.count - inserted));
          opts.onProgress?.(inserted, opts.count);
        }
      if (inserted > 0) db.transaction(() => optimizeSearchIndex(db)).immediate();
    });
  } finally {
    source.close();
    if (db.open) db.exec(`DROP TABLE IF EXISTS ${INDEX_TEXTS_TABLE}`);
  }
  return { inserted, tookMs: Math.round(performance.now() - started) };
}
