// Contract of the referent tab « Doublons » (spread into channels.ts): the bulk duplicate scan, the review
// queue of open pairs (collisions first), one pair side by side, the decisions (personnes distinctes,
// homonymes), the merge with its field-by-field choices, and the recent merges with their undo.
import { z } from 'zod';
import type { MergeField } from '../merge/plan.js';
import { AttributeSchema, IdentityId, IdentityViewSchema, SexSchema, StatusSchema } from './schemas.js';

const reason = z.string().max(500);
const PairId = z.number().int().positive();
const paging = { limit: z.number().int().min(1).max(200).default(50), offset: z.number().int().min(0).default(0) };

const side = z.enum(['survivor', 'absorbed']);
/** Which record's value the survivor keeps, for each merge field (core/merge/plan.ts MERGE_FIELDS). */
export const MergeChoicesSchema = z.object({
  birthName: side,
  birthFirstNames: side,
  firstBirthName: side,
  sex: side,
  birthDate: side,
  birthplaceCog: side,
  usedName: side,
  usedFirstName: side,
} satisfies Record<MergeField, typeof side>);

export const PairReasonSchema = z.object({ code: z.string(), label: z.string() });

export const PairIdentitySummarySchema = z.object({
  id: IdentityId,
  ipp: z.string(),
  birthName: z.string(),
  birthFirstNames: z.string(),
  firstBirthName: z.string(),
  sex: SexSchema,
  birthDate: z.string(),
  birthplaceLabel: z.string(),
  usedName: z.string().nullable(),
  status: StatusSchema,
  attributes: z.array(AttributeSchema),
});

export const PairSummarySchema = z.object({
  id: PairId,
  kind: z.enum(['duplicate', 'collision']),
  score: z.number(),
  reasons: z.array(PairReasonSchema),
  foundAt: z.string(),
  a: PairIdentitySummarySchema,
  b: PairIdentitySummarySchema,
});

export const PairFieldSchema = z.object({
  /** A merge field (strict trait or used name), or `ins`. */
  field: z.string(),
  label: z.string(),
  a: z.string().nullable(),
  b: z.string().nullable(),
  equal: z.boolean(),
  /** The survivor keeps one of the two values of this field (strict traits and used names). */
  choosable: z.boolean(),
});

export const PairSideSchema = IdentityViewSchema.extend({ ippAliases: z.array(z.string()) });

export const MergeSummarySchema = z.object({
  id: z.number().int().positive(),
  at: z.string(),
  operator: z.string(),
  reason: z.string(),
  survivor: z.object({ id: IdentityId, ipp: z.string(), birthName: z.string(), firstBirthName: z.string() }),
  absorbed: z.object({ id: IdentityId, ipp: z.string(), birthName: z.string(), firstBirthName: z.string() }),
  undone: z.object({ at: z.string(), operator: z.string(), reason: z.string() }).nullable(),
});

export const duplicatesChannels = {
  /** Bulk scan of the whole base (blocking keys + similarity): stores new candidate pairs. */
  'duplicates.scan': {
    access: 'referent' as const,
    input: z.object({}),
    output: z.object({
      scanned: z.number().int(),
      candidates: z.number().int(),
      newPairs: z.number().int(),
      collisions: z.number().int(),
      tookMs: z.number(),
    }),
  },
  /** Open pairs, collisions (same INS) first, then by decreasing score. */
  'duplicates.list': {
    access: 'referent' as const,
    input: z.object(paging),
    output: z.object({ pairs: z.array(PairSummarySchema), openDuplicates: z.number().int(), openCollisions: z.number().int() }),
  },
  /** One pair: both identities in full, side by side, with per-field equality. Journals both openings. */
  'duplicates.get': {
    access: 'referent' as const,
    input: z.object({ pairId: PairId }),
    output: z.object({
      pair: PairSummarySchema.omit({ a: true, b: true }).extend({ status: z.enum(['open', 'distinct', 'merged', 'homonyme']) }),
      a: PairSideSchema,
      b: PairSideSchema,
      fields: z.array(PairFieldSchema),
    }),
  },
  /** Distinct: never proposed again. Homonyme: the attribute on both identities, with the reason. */
  'duplicates.decide': {
    access: 'referent' as const,
    input: z.object({ pairId: PairId, decision: z.enum(['distinct', 'homonyme']), reason }),
    output: z.object({ pairId: PairId, status: z.enum(['distinct', 'homonyme']), message: z.string() }),
  },
  /** The survivor absorbs the other record (choices: which value of each trait it keeps). */
  'duplicates.merge': {
    access: 'referent' as const,
    input: z.object({
      pairId: PairId.nullable().optional(),
      survivorId: IdentityId,
      absorbedId: IdentityId,
      versions: z.object({ survivor: z.number().int().nonnegative(), absorbed: z.number().int().nonnegative() }),
      choices: MergeChoicesSchema,
      reason,
    }),
    output: z.object({ mergeId: z.number().int().positive(), survivor: IdentityViewSchema, message: z.string() }),
  },
  /** Most recent merges first, undone ones flagged. */
  'merges.list': {
    access: 'referent' as const,
    input: z.object(paging),
    output: z.object({ merges: z.array(MergeSummarySchema), total: z.number().int() }),
  },
  /** Restores both records exactly as they were before the merge. */
  'merges.undo': {
    access: 'referent' as const,
    input: z.object({ mergeId: z.number().int().positive(), reason }),
    output: z.object({ survivorId: IdentityId, absorbedId: IdentityId, message: z.string() }),
  },
};
