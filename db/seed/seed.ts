// Inserts synthetic identities (identities, INS, attributes, document checks) in large transactions
// with prepared statements; the search index is written once per batch (db/search/bulk.ts). A load as
// large as the base (≥ 50,000 rows) runs as ONE transaction with its secondary indexes suspended and
// re-created at the end (db/search/bulk-indexes.ts): all or nothing, and sorted index builds instead of
// random page updates. Journaling seeded data is the caller's choice (`journal` hook), off by default.
import type { Db } from '../connection.js';
import { BULK_DEFERRABLE_INDEXES, withDeferredIndexes, worthDeferringIndexes } from '../search/bulk-indexes.js';
import { optimizeSearchIndex, withDeferredSearchIndex } from '../search/bulk.js';
import { withBulkPragmas } from './bulk-pragmas.js';
import { createIdentityGenerator, type SyntheticIdentity } from './generator.js';

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
}

export interface SeedResult {
  inserted: number;
  tookMs: number;
}

/** Operator recorded on seeded attributes and document checks. */
export const SEED_OPERATOR = 'seed';
const SEED_WORKSTATION = 'seed';

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
  const next = createIdentityGenerator({
    seed: opts.seed,
    now: opts.now,
    firstIppNumber: firstFreeIppNumber(db),
    ...(hadIns ? { isMatriculeTaken: (m: string) => taken.get(m) !== undefined } : {}),
  });
  const insertIdentity = db.prepare(
    `INSERT INTO identities (ipp, birth_name, birth_first_names, first_birth_name, sex, birth_date, birth_date_corrected,
       birthplace_cog, birthplace_from_insi, used_name, used_first_name, traits_source, insi_verified_at, status,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertIns = db.prepare(
    `INSERT INTO ins (identity_id, matricule, oid, source, endpoint, obtained_at, active) VALUES (?, ?, ?, 'insi', ?, ?, 1)`,
  );
  const insertAttribute = db.prepare(
    'INSERT INTO identity_attributes (identity_id, attribute, reason, set_at, set_by) VALUES (?, ?, ?, ?, ?)',
  );
  const insertCheck = db.prepare(
    `INSERT INTO document_checks (identity_id, device_type, valid_until, checked_at, operator, workstation)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );

  const write = (p: SyntheticIdentity) => {
    const id = Number(
      insertIdentity.run(
        p.ipp, p.birthName, p.birthFirstNames, p.firstBirthName, p.sex, p.birthDate, p.birthDateCorrected ? 1 : 0,
        p.birthplaceCog, p.birthplaceFromInsi ? 1 : 0, p.usedName, p.usedFirstName, p.traitsSource, p.insiVerifiedAt,
        p.status, p.createdAt, p.createdAt,
      ).lastInsertRowid,
    );
    // Synthetic data: the endpoint says so, whatever environment the base is used in.
    if (p.ins) insertIns.run(id, p.ins.matricule, p.ins.oid, 'synthetique', p.ins.obtainedAt);
    for (const a of p.attributes) insertAttribute.run(id, a, 'Donnée synthétique (jeu de démonstration)', p.createdAt, SEED_OPERATOR);
    const c = p.documentCheck;
    if (c) insertCheck.run(id, c.deviceType, c.validUntil, c.checkedAt, SEED_OPERATOR, SEED_WORKSTATION);
    opts.journal?.(db, id);
  };

  const batchSize = Math.max(1, opts.batchSize ?? 20_000);
  const existing = db.prepare('SELECT count(*) FROM identities').pluck().get() as number;
  const large = worthDeferringIndexes(opts.count, existing);
  // A matricule lookup (second seed into a base with INS) needs ins_matricule during the load.
  const deferrable = BULK_DEFERRABLE_INDEXES.filter((name) => !(hadIns && name === 'ins_matricule'));
  let inserted = 0;
  const writeRows = (n: number) => {
    for (let i = 0; i < n; i++) write(next());
    inserted += n;
  };
  const batch = db.transaction((n: number) => withDeferredSearchIndex(db, () => writeRows(n)));
  const all = db.transaction(() =>
    withDeferredIndexes(db, deferrable, () =>
      withDeferredSearchIndex(db, () => {
        while (inserted < opts.count) {
          writeRows(Math.min(batchSize, opts.count - inserted));
          opts.onProgress?.(inserted, opts.count);
        }
      }),
    ),
  );
  withBulkPragmas(db, () => {
    if (large) all.immediate();
    else
      while (inserted < opts.count) {
        batch.immediate(Math.min(batchSize, opts.count - inserted));
        opts.onProgress?.(inserted, opts.count);
      }
    if (inserted > 0) db.transaction(() => optimizeSearchIndex(db)).immediate();
  });
  return { inserted, tookMs: Math.round(performance.now() - started) };
}
