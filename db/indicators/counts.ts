// Today's counts straight from the indexes: identities per status and attribute, active INS, re-verifications
// due (rules of core/verification/due.ts), the last verification run, open duplicate pairs. Records absorbed
// by a merge are left out.
import { STATUSES, type StatusName } from '../../core/indicators/changes.js';
import type { IdentityAttribute, IdentityStatus, Sex } from '../../core/identity/types.js';
import { dueCutoff, dueReasons } from '../../core/verification/due.js';
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';

export const ATTRIBUTES = ['douteuse', 'fictive', 'homonyme'] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

export interface CurrentCounts {
  identities: number;
  byStatus: Record<StatusName, number>;
  byAttribute: Record<AttributeName, number>;
  withIns: number;
}

type KeyCount = { k: string; n: number };

function tally<K extends string>(keys: readonly K[], plus: KeyCount[], minus: KeyCount[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const r of plus) if (r.k in out) out[r.k as K] += r.n;
  for (const r of minus) if (r.k in out) out[r.k as K] -= r.n;
  return out;
}

export function currentCounts(db: Db): CurrentCounts {
  // Counting everything on the covering indexes, then taking the few merged records away, is far cheaper
  // than a filtered count over a million rows.
  const byStatus = tally(
    STATUSES,
    stmt<[], KeyCount>(db, 'SELECT status AS k, count(*) AS n FROM identities GROUP BY status').all(),
    stmt<[], KeyCount>(db, 'SELECT status AS k, count(*) AS n FROM identities INDEXED BY identities_merged_into WHERE merged_into IS NOT NULL GROUP BY status').all(),
  );
  const byAttribute = tally(
    ATTRIBUTES,
    stmt<[], KeyCount>(db, 'SELECT attribute AS k, count(*) AS n FROM identity_attributes WHERE removed_at IS NULL GROUP BY attribute').all(),
    stmt<[], KeyCount>(
      db,
      `SELECT a.attribute AS k, count(*) AS n FROM identities i INDEXED BY identities_merged_into
       JOIN identity_attributes a ON a.identity_id = i.id AND a.removed_at IS NULL
       WHERE i.merged_into IS NOT NULL GROUP BY a.attribute`,
    ).all(),
  );
  const activeIns = stmt<[], { n: number }>(db, 'SELECT count(*) AS n FROM ins WHERE active = 1').get()!.n;
  const mergedIns = stmt<[], { n: number }>(
    db,
    'SELECT count(*) AS n FROM identities i INDEXED BY identities_merged_into JOIN ins ON ins.identity_id = i.id AND ins.active = 1 WHERE i.merged_into IS NOT NULL',
  ).get()!.n;
  const identities = STATUSES.reduce((s, k) => s + byStatus[k], 0);
  return { identities, byStatus, byAttribute, withIns: activeIns - mergedIns };
}

export interface DueCounts {
  /** Distinct identities due now. */
  due: number;
  dueByAge: number;
  /** NIA matricules queued by an event (verification_requests). */
  requested: number;
}

/**
 * Due now. By age: récupérée/qualifiée (which implies an active INS and no douteuse/fictive) verified on or
 * before the cutoff, counted on the covering index identities_insi_due. NIA: the few queued requests, each
 * judged by the pure rule, those already due by age counted once.
 */
export function dueCounts(db: Db, now: string): DueCounts {
  const dueByAge = stmt<[string], { n: number }>(
    db,
    `SELECT count(*) AS n FROM identities INDEXED BY identities_insi_due
     WHERE insi_verified_at IS NOT NULL AND merged_into IS NULL AND insi_verified_at <= ? AND status IN ('recuperee', 'qualifiee')`,
  ).get(dueCutoff(now))!.n;
  const requests = stmt<[], RequestFacts>(
    db,
    `SELECT i.status, i.attributes, i.sex, i.birth_date_corrected, i.merged_into, i.insi_verified_at,
       (SELECT oid FROM ins WHERE ins.identity_id = i.id AND ins.active = 1) AS oid
     FROM verification_requests r JOIN identities i ON i.id = r.identity_id`,
  ).all();
  let requested = 0;
  let onlyNia = 0;
  for (const r of requests) {
    const reasons = dueReasons(
      {
        status: r.status,
        attributes: r.attributes === '' ? [] : (r.attributes.split(' ') as IdentityAttribute[]),
        sex: r.sex,
        birthDateCorrected: r.birth_date_corrected === 1,
        mergedInto: r.merged_into,
        activeInsOid: r.oid,
        insiVerifiedAt: r.insi_verified_at,
        niaRequested: true,
      },
      now,
    );
    if (reasons.includes('nia')) requested += 1;
    if (reasons.includes('nia') && !reasons.includes('quatre_ans')) onlyNia += 1;
  }
  return { due: dueByAge + onlyNia, dueByAge, requested };
}

interface RequestFacts {
  status: IdentityStatus;
  attributes: string;
  sex: Sex;
  birth_date_corrected: number;
  merged_into: number | null;
  insi_verified_at: string | null;
  oid: string | null;
}

export interface LastRun {
  id: number;
  state: string;
  startedAt: string;
  due: number;
  done: number;
  confirmed: number;
  failed: number;
  unavailable: number;
}

export function lastVerificationRun(db: Db): LastRun | null {
  const run = stmt<[], { id: number; state: string; started_at: string; due: number }>(
    db,
    'SELECT id, state, started_at, due FROM verification_runs ORDER BY id DESC LIMIT 1',
  ).get();
  if (!run) return null;
  const by = Object.fromEntries(
    stmt<[number], KeyCount>(db, 'SELECT state AS k, count(*) AS n FROM verification_items WHERE run_id = ? GROUP BY state')
      .all(run.id)
      .map((r) => [r.k, r.n]),
  ) as Record<string, number>;
  const confirmed = by.confirmed ?? 0;
  const failed = by.failed ?? 0;
  return {
    id: run.id,
    state: run.state,
    startedAt: run.started_at,
    due: run.due,
    done: confirmed + failed + (by.skipped ?? 0),
    confirmed,
    failed,
    unavailable: by.unavailable ?? 0,
  };
}

export function openDuplicatePairs(db: Db): { open: number; collisions: number } {
  const rows = stmt<[], KeyCount>(db, "SELECT kind AS k, count(*) AS n FROM duplicate_pairs WHERE status = 'open' GROUP BY kind").all();
  const n = (k: string) => rows.find((r) => r.k === k)?.n ?? 0;
  return { open: n('duplicate') + n('collision'), collisions: n('collision') };
}
