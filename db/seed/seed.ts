// Inserts synthetic identities (identities, INS, attributes, document checks) in large transactions
// with prepared statements; the search index is written once per batch (db/search/bulk.ts). Journaling
// seeded data is the caller's choice (`journal` hook), off by default.
import type { Db } from '../connection.js';
import { optimizeSearchIndex, withDeferredSearchIndex } from '../search/bulk.js';
import { createIdentityGenerator, type SyntheticIdentity } from './generator.js';

export interface SeedOptions {
  count: number;
  seed: string | number;
  now: Date;
  /** Rows per transaction (default 20,000). */
  batchSize?: number;
  /** Called inside the transaction after each identity is written. */
  journal?: (db: Db, identityId: number) => void;
  /** Progress callback after each committed batch. */
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
  const batch = db.transaction((n: number) =>
    withDeferredSearchIndex(db, () => {
      for (let i = 0; i < n; i++) write(next());
    }),
  );
  // Random-order index inserts (birth date, names) need the index pages in cache; restored after.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -262144');
  let inserted = 0;
  try {
    while (inserted < opts.count) {
      const n = Math.min(batchSize, opts.count - inserted);
      batch.immediate(n);
      inserted += n;
      opts.onProgress?.(inserted, opts.count);
    }
    if (inserted > 0) db.transaction(() => optimizeSearchIndex(db)).immediate();
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
  return { inserted, tookMs: Math.round(performance.now() - started) };
}
