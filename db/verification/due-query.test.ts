// The due list in SQL agrees with the pure rule (core/verification/due.ts) on a base of varied identities, and
// its plan reads the partial index (no scan of identities).
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { INS_OIDS } from '../../core/identity/nir.js';
import { dueReasons, type DueFacts } from '../../core/verification/due.js';
import type { IdentityStatus } from '../../core/identity/types.js';
import { migrateTo } from '../migrations/runner.js';
import { MIGRATIONS } from '../migrations/index.js';
import { countDue, dueIdentityIds, FOUR_YEARS_SQL, freezeDueList, NIA_SQL } from './due-query.js';
import { requestVerification } from './requests.js';

const NOW = '2026-11-23T09:30:00.000Z';

function base() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, MIGRATIONS.length);
  const facts: (DueFacts & { id: number })[] = [];
  const statuses: IdentityStatus[] = ['provisoire', 'recuperee', 'validee', 'qualifiee'];
  const dates = [null, '2020-01-01T00:00:00.000Z', '2022-11-23T09:30:00.000Z', '2022-11-23T09:30:00.001Z', '2025-06-01T00:00:00.000Z'];
  let n = 0;
  for (const status of statuses)
    for (const verifiedAt of dates)
      for (const oid of [null, INS_OIDS.NIR, INS_OIDS.NIA])
        for (const attrs of ['', 'douteuse', 'homonyme'])
          for (const requested of [false, true])
            for (const merged of [false, true]) {
              // Douteuse forces provisoire (core/identity/status.ts): other combinations never exist.
              if (attrs === 'douteuse' && status !== 'provisoire') continue;
              // INSi+ (récupérée, qualifiée) is reached only with an INS, and keeps it.
              if ((status === 'recuperee' || status === 'qualifiee') && (oid === null || verifiedAt === null)) continue;
              n++;
              const id = Number(
                db.prepare(
                  `INSERT INTO identities (ipp, birth_name, birth_first_names, first_birth_name, sex, birth_date, birthplace_cog, status, insi_verified_at, created_at, updated_at)
                   VALUES (?, 'X', 'Y', 'Y', 'F', '1980-01-01', '63220', ?, ?, 't', 't')`,
                ).run(`P${n}`, status, verifiedAt).lastInsertRowid,
              );
              if (attrs) db.prepare("INSERT INTO identity_attributes (identity_id, attribute, reason, set_at, set_by) VALUES (?, ?, 'r', 't', 'o')").run(id, attrs);
              if (oid) db.prepare("INSERT INTO ins (identity_id, matricule, oid, source, obtained_at) VALUES (?, '123', ?, 'insi', 't')").run(id, oid);
              if (merged) db.prepare('UPDATE identities SET merged_into = 1 WHERE id = ?').run(id);
              if (requested) requestVerification(db, { identityId: id, reason: 'ouverture', at: NOW, by: 'agent' });
              facts.push({ id, status, attributes: attrs ? [attrs as 'douteuse'] : [], sex: 'F', birthDateCorrected: false, mergedInto: merged ? 1 : null, activeInsOid: oid, insiVerifiedAt: verifiedAt, niaRequested: requested });
            }
  return { db, facts };
}

describe('due query', () => {
  it('selects exactly what the pure rule says is due, and counts by reason', () => {
    const { db, facts } = base();
    const expected = facts.filter((f) => dueReasons(f, NOW).length > 0).map((f) => f.id);
    expect(expected.length).toBeGreaterThan(5);
    expect(dueIdentityIds(db, NOW)).toEqual(expected);
    const c = countDue(db, NOW);
    expect(c).toEqual({
      total: expected.length,
      fourYears: facts.filter((f) => dueReasons(f, NOW).includes('quatre_ans')).length,
      nia: facts.filter((f) => dueReasons(f, NOW).includes('nia')).length,
    });
    db.prepare("INSERT INTO verification_runs (started_at, started_by, workstation, state, due, updated_at) VALUES ('t', 'r', 'P', 'running', 0, 't')").run();
    expect(freezeDueList(db, 1, NOW)).toBe(expected.length);
  });

  it('reads the partial index, never scans identities', () => {
    const { db } = base();
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${FOUR_YEARS_SQL}`).all({ cutoff: NOW }) as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan).toMatch(/USING (COVERING )?INDEX identities_insi_due \(insi_verified_at>\? AND insi_verified_at<\?\)/);
    expect(plan).not.toMatch(/\bins\b/);
    const nia = (db.prepare(`EXPLAIN QUERY PLAN ${NIA_SQL}`).all({ nia1: 'a', nia2: 'b' }) as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(nia).toMatch(/^SCAN r/);
    expect(nia).not.toMatch(/SCAN i\b/);
    expect(plan).not.toMatch(/SCAN i\b/);
  });
});
