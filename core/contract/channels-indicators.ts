// Contract of the referent dashboard « Indicateurs » (spread into channels.ts): one read of every figure,
// computed from pre-aggregated tables (db/indicators/).
import { z } from 'zod';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ');
const Count = z.number().int().nonnegative();
const Rate = z.number().min(0).max(1);

export const PeriodSchema = z.object({ from: Day, to: Day });
export const GranularitySchema = z.enum(['week', 'month']);

const InsiCountsSchema = z.object({ cr00: Count, cr01: Count, cr02: Count, unavailable: Count, fault: Count });
const ActivitySchema = z.object({ creations: Count, edits: Count, insiCalls: Count, documentChecks: Count, verifications: Count });

export const IndicatorsSchema = z.object({
  /** The lab's local date the figures are computed for. */
  today: Day,
  period: PeriodSchema,
  granularity: GranularitySchema,
  /** Last journal entry folded into the aggregates. */
  foldedSeq: z.number().int().nonnegative(),
  tookMs: z.number().nonnegative(),
  totals: z.object({
    identities: Count,
    byStatus: z.object({ provisoire: Count, recuperee: Count, validee: Count, qualifiee: Count }),
    byAttribute: z.object({ douteuse: Count, fictive: Count, homonyme: Count }),
    withIns: Count,
    qualificationRate: Rate,
    insRate: Rate,
  }),
  series: z.array(
    z.object({
      bucket: z.string(),
      label: z.string(),
      first: Day,
      last: Day,
      /** Counts at the end of the bucket (rebuilt from today's counts and the journaled changes). */
      identities: Count,
      qualifiee: Count,
      withIns: Count,
      qualificationRate: Rate,
      insRate: Rate,
      creations: Count,
      insi: InsiCountsSchema,
    }),
  ),
  insi: InsiCountsSchema,
  verifications: z.object({
    /** Due now (distinct identities): last INSi success 4 years old or more, or a NIA with a queued event. */
    due: Count,
    dueByAge: Count,
    /** NIA matricules queued by an event. */
    requested: Count,
    /** In the period, from the journal. */
    confirmed: Count,
    failed: Count,
    lastRun: z
      .object({ id: z.number().int(), state: z.string(), startedAt: z.string(), due: Count, done: Count, confirmed: Count, failed: Count, unavailable: Count })
      .nullable(),
  }),
  duplicates: z.object({ open: Count, collisions: Count }),
  operators: z.array(ActivitySchema.extend({ operator: z.string(), total: Count })),
  workstations: z.array(ActivitySchema.extend({ workstation: z.string(), total: Count })),
});

export const indicatorsChannels = {
  /** Referent dashboard; period defaults to the last 12 months, granularity to the month. */
  'indicators.get': {
    access: 'referent' as const,
    input: z.object({ period: PeriodSchema.optional(), granularity: GranularitySchema.optional() }),
    output: IndicatorsSchema,
  },
};
