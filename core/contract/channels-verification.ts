// Contract of the referent tabs « Vérifications INSi » and « File de revue » (spread into channels.ts): the periodic
// INSi re-verification (due counts by reason, the current run's progress, start / pause / resume / cancel, last
// runs) and the review queue of failed verifications (the stored INSi retrieval compared with the local identity;
// accept INSi's identity or keep the local one with a reason).
import { z } from 'zod';
import { IdentityId, InsiOutcomeSchema, StatusSchema } from './schemas.js';

const referent = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ access: 'referent' as const, input, output });

export const RunStateSchema = z.enum(['running', 'paused', 'cancelled', 'done']);

const Counts = {
  due: z.number().int(),
  done: z.number().int(),
  pending: z.number().int(),
  confirmed: z.number().int(),
  failed: z.number().int(),
  /** « À relancer »: INSi unavailable (waiting for a new try, or given up: still due). */
  retried: z.number().int(),
  skipped: z.number().int(),
};

export const RunViewSchema = z.object({
  id: z.number().int(),
  state: RunStateSchema,
  startedAt: z.string(),
  startedBy: z.string(),
  finishedAt: z.string().nullable(),
  ratePerSecond: z.number().nullable(),
  ...Counts,
  /** Verifications per second over the run's active time. */
  throughput: z.number().nullable(),
  etaSeconds: z.number().nullable(),
  /** « 2 min 10 s », or null when unknown. */
  etaLabel: z.string().nullable(),
  /** A runner is working on it now (false: paused, or interrupted and waiting to be resumed). */
  live: z.boolean(),
});

export const VerificationStatusSchema = z.object({
  due: z.object({ total: z.number().int(), fourYears: z.number().int(), nia: z.number().int() }),
  current: RunViewSchema.nullable(),
  lastRuns: z.array(RunViewSchema),
});

export const ReviewItemSchema = z.object({
  id: z.number().int(),
  identityId: IdentityId,
  ipp: z.string(),
  /** « DUPONT Marie, née le 12/03/1980 » style summary parts. */
  birthName: z.string(),
  birthFirstNames: z.string(),
  sex: z.string(),
  birthDate: z.string(),
  status: StatusSchema,
  identityVersion: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  reason: z.string(),
  /** The INSi retrieval made with the local traits and its comparison (null when the answer was not kept). */
  outcome: InsiOutcomeSchema.nullable(),
  /** An INSi identity can be accepted (CR 00 answer still valid, fiche unchanged since). */
  acceptable: z.boolean(),
  /** Why it cannot be accepted, in French (stale answer, record changed, nothing found…). */
  notAcceptableReason: z.string().nullable(),
});

export const verificationChannels = {
  'verification.status': referent(z.object({}), VerificationStatusSchema),
  'verification.start': referent(z.object({ ratePerSecond: z.number().min(0.1).max(1000) }), RunViewSchema),
  'verification.pause': referent(z.object({}), RunViewSchema),
  'verification.resume': referent(z.object({ ratePerSecond: z.number().min(0.1).max(1000).optional() }), RunViewSchema),
  'verification.cancel': referent(z.object({}), RunViewSchema),
  'review.list': referent(
    z.object({ limit: z.number().int().min(1).max(200).optional(), offset: z.number().int().min(0).optional() }),
    z.object({ items: z.array(ReviewItemSchema), total: z.number().int() }),
  ),
  /** A fresh INSi retrieval with the local traits for an item (the stored answer is too old to be accepted). */
  'review.refresh': referent(z.object({ id: z.number().int().positive() }), ReviewItemSchema),
  'review.resolve': referent(
    z.discriminatedUnion('decision', [
      /** Accept the INSi identity of the stored retrieval (insi.accept rules, version checked). */
      z.object({ decision: z.literal('accept_insi'), id: z.number().int().positive(), version: z.number().int().nonnegative(), acceptUnknownBirthplace: z.boolean().optional() }),
      /** Keep the local identity: a reason is mandatory. */
      z.object({ decision: z.literal('keep_local'), id: z.number().int().positive(), reason: z.string().trim().min(3, 'motif obligatoire (3 caractères au moins)').max(500) }),
    ]),
    z.object({ closed: z.number().int(), message: z.string() }),
  ),
};
