// The dashboard's figures for a period: today's counts (counts.ts), the series per week or month rebuilt
// from the folded changes, INSi calls by result, verifications, and the activity per operator and per
// workstation, all read from the aggregate tables (fold.ts) — a few thousand rows whatever the base size.
import type { z } from 'zod';
import type { IndicatorsSchema } from '../../core/contract/channels-indicators.js';
import { activityKindOf, emptyActivity, type ActivityCounts, ACTIVITY_KINDS } from '../../core/indicators/activity.js';
import { emptyInsiCounts, insiResultOf, type InsiCounts } from '../../core/indicators/insi-results.js';
import { bucketLabel, bucketOf, bucketsBetween, type Granularity } from '../../core/indicators/periods.js';
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';
import { currentCounts, dueCounts, lastVerificationRun, openDuplicatePairs, type CurrentCounts } from './counts.js';
import { foldedSeq } from './fold.js';

export type Indicators = z.output<typeof IndicatorsSchema>;

export interface IndicatorsQuery {
  /** The current instant (ISO, UTC) and the lab's local date. */
  now: string;
  today: string;
  from: string;
  to: string;
  granularity: Granularity;
}

const rate = (part: number, whole: number) => (whole > 0 ? Math.min(1, Math.max(0, part / whole)) : 0);

/** Everything but tookMs (the caller times the fold and the read together). */
export function readIndicators(db: Db, q: IndicatorsQuery): Omit<Indicators, 'tookMs'> {
  const now = currentCounts(db);
  const activity = periodActivity(db, q);
  const insi = emptyInsiCounts();
  for (const b of activity.byBucket.values()) for (const k of Object.keys(insi) as (keyof InsiCounts)[]) insi[k] += b.insi[k];
  const due = dueCounts(db, q.now);
  return {
    today: q.today,
    period: { from: q.from, to: q.to },
    granularity: q.granularity,
    foldedSeq: foldedSeq(db),
    totals: {
      ...now,
      qualificationRate: rate(now.byStatus.qualifiee, now.identities),
      insRate: rate(now.withIns, now.identities),
    },
    series: series(db, q, now, activity.byBucket),
    insi,
    verifications: { ...due, ...activity.verifications, lastRun: lastVerificationRun(db) },
    duplicates: openDuplicatePairs(db),
    operators: activity.operators.map(([operator, c]) => ({ operator, ...c, total: total(c) })),
    workstations: activity.workstations.map(([workstation, c]) => ({ workstation, ...c, total: total(c) })),
  };
}

const total = (c: ActivityCounts) => ACTIVITY_KINDS.reduce((s, k) => s + c[k], 0);

interface BucketActivity {
  creations: number;
  insi: InsiCounts;
}

function periodActivity(db: Db, q: IndicatorsQuery) {
  const byBucket = new Map<string, BucketActivity>();
  const verifications = { confirmed: 0, failed: 0 };
  const rows = stmt<[string, string], { day: string; action: string; outcome: string; n: number }>(
    db,
    `SELECT day, action, outcome, sum(n) AS n FROM indicator_activity
     WHERE day BETWEEN ? AND ? AND action IN ('identity.create', 'identity.import', 'identity.insi_call', 'identity.insi_verify')
     GROUP BY day, action, outcome`,
  ).all(q.from, q.to);
  for (const r of rows) {
    const key = bucketOf(r.day, q.granularity).key;
    let b = byBucket.get(key);
    if (!b) byBucket.set(key, (b = { creations: 0, insi: emptyInsiCounts() }));
    if (r.action === 'identity.insi_call') b.insi[insiResultOf(r.outcome)] += r.n;
    else if (r.action === 'identity.insi_verify') verifications[r.outcome === 'verified' ? 'confirmed' : 'failed'] += r.n;
    else b.creations += r.n;
  }
  return {
    byBucket,
    verifications,
    operators: activityBy(db, 'operator', q),
    workstations: activityBy(db, 'workstation', q),
  };
}

function activityBy(db: Db, column: 'operator' | 'workstation', q: IndicatorsQuery): [string, ActivityCounts][] {
  const rows = stmt<[string, string], { who: string; action: string; n: number }>(
    db,
    `SELECT ${column} AS who, action, sum(n) AS n FROM indicator_activity WHERE day BETWEEN ? AND ? GROUP BY ${column}, action`,
  ).all(q.from, q.to);
  const by = new Map<string, ActivityCounts>();
  for (const r of rows) {
    const kind = activityKindOf(r.action);
    if (!kind) continue;
    let c = by.get(r.who);
    if (!c) by.set(r.who, (c = emptyActivity()));
    c[kind] += r.n;
  }
  return [...by].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0], 'fr'));
}

/** Counts at the end of each bucket: today's counts minus every change journaled after that day. */
function series(db: Db, q: IndicatorsQuery, now: CurrentCounts, byBucket: Map<string, BucketActivity>): Indicators['series'] {
  const buckets = bucketsBetween(q.from, q.to, q.granularity);
  const first = buckets[0]?.first ?? q.from;
  const changes = stmt<[string], { day: string; measure: string; delta: number }>(
    db,
    'SELECT day, measure, sum(delta) AS delta FROM indicator_changes WHERE day > ? GROUP BY day, measure ORDER BY day DESC',
  ).all(first);
  const after = { identities: 0, qualifiee: 0, ins: 0 };
  let i = 0;
  const out: Indicators['series'] = [];
  for (const b of [...buckets].reverse()) {
    const end = b.last < q.to ? b.last : q.to;
    for (; i < changes.length && changes[i]!.day > end; i++) {
      const c = changes[i]!;
      if (c.measure === 'identities') after.identities += c.delta;
      else if (c.measure === 'status:qualifiee') after.qualifiee += c.delta;
      else if (c.measure === 'ins') after.ins += c.delta;
    }
    const identities = Math.max(0, now.identities - after.identities);
    const qualifiee = Math.max(0, now.byStatus.qualifiee - after.qualifiee);
    const withIns = Math.max(0, now.withIns - after.ins);
    const act = byBucket.get(b.key);
    out.push({
      bucket: b.key,
      label: bucketLabel(b, q.granularity),
      first: b.first,
      last: b.last,
      identities,
      qualifiee,
      withIns,
      qualificationRate: rate(qualifiee, identities),
      insRate: rate(withIns, identities),
      creations: act?.creations ?? 0,
      insi: act?.insi ?? emptyInsiCounts(),
    });
  }
  return out.reverse();
}
