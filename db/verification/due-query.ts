// The due list of the periodic INSi re-verification in SQL (rules: core/verification/due.ts). The 4-year rule is
// one range of the partial index identities_insi_due (insi_verified_at, status; identities not merged — shared
// with db/indicators); the NIA rule reads the few rows of verification_requests (CROSS JOIN keeps them the outer
// loop: never a scan of identities). Merged identities, douteuse/fictive ones and those without an active INS are
// left out, like dueReasons() does. 1M identities: 15 ms to count 130 000 due, 0.4 s to freeze them (verify-bench).
import { dueCutoff } from '../../core/verification/due.js';
import { INS_OIDS } from '../../core/identity/nir.js';
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';

const NIA_OIDS = [INS_OIDS.NIA, `urn:oid:${INS_OIDS.NIA}`];

// Status récupérée/qualifiée already excludes douteuse/fictive, a corrected date and sex I (core/identity/status.ts),
// and implies an active INS (reached only through an accepted INSi answer or a confirmed verification; douteuse or
// fictive invalidates the INS and forces provisoire): the range is read on the index alone (1M identities: ~25 ms
// for 130 000 due, where checking the ins table for each would cost ~10 times more). The runner skips an item that
// would break this (« plus vérifiable »).
/** Exported for the plan test. */
export const FOUR_YEARS_SQL = `
  SELECT i.id FROM identities i INDEXED BY identities_insi_due
  WHERE i.insi_verified_at IS NOT NULL AND i.merged_into IS NULL AND i.insi_verified_at <= @cutoff
    AND i.status IN ('recuperee', 'qualifiee')`;

export const NIA_SQL = `
  SELECT i.id FROM verification_requests r CROSS JOIN identities i ON i.id = r.identity_id
  WHERE i.merged_into IS NULL AND i.sex IN ('M', 'F')
    AND ' ' || i.attributes || ' ' NOT LIKE '% douteuse %' AND ' ' || i.attributes || ' ' NOT LIKE '% fictive %'
    AND EXISTS (SELECT 1 FROM ins WHERE ins.identity_id = i.id AND ins.active = 1 AND ins.oid IN (@nia1, @nia2))`;

const params = (now: string) => ({ cutoff: dueCutoff(now), nia1: NIA_OIDS[0], nia2: NIA_OIDS[1] });

export interface DueCounts {
  /** Distinct identities due (one may be due for both reasons). */
  total: number;
  fourYears: number;
  nia: number;
}

export function countDue(db: Db, now: string): DueCounts {
  const p = params(now);
  const fourYears = stmt<[typeof p], number>(db, `SELECT count(*) FROM (${FOUR_YEARS_SQL})`).pluck().get(p)!;
  const nia = stmt<[typeof p], number>(db, `SELECT count(*) FROM (${NIA_SQL})`).pluck().get(p)!;
  const both = nia === 0 ? 0 : stmt<[typeof p], number>(db, `SELECT count(*) FROM (${NIA_SQL} AND i.id IN (${FOUR_YEARS_SQL}))`).pluck().get(p)!;
  return { total: fourYears + nia - both, fourYears, nia };
}

/** Ids of the identities due now, ascending (tests, small bases). */
export function dueIdentityIds(db: Db, now: string): number[] {
  return stmt<[ReturnType<typeof params>], number>(db, `${FOUR_YEARS_SQL} UNION ${NIA_SQL} ORDER BY 1`).pluck().all(params(now));
}

/** Freezes the due list into the run's items (call inside the transaction that creates the run). */
export function freezeDueList(db: Db, runId: number, now: string): number {
  return stmt(
    db,
    `INSERT INTO verification_items (run_id, identity_id, state) SELECT @runId, id, 'pending' FROM (${FOUR_YEARS_SQL} UNION ${NIA_SQL})`,
  ).run({ ...params(now), runId }).changes;
}
