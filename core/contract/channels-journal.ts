// Contract of the referent tab « Journal » (spread into channels.ts): the journal and the access journal
// searched with filters (newest first, keyset paging on seq), their hash-chain verification, and the
// export for an audit (rows with their hashes, so an auditor can verify them again).
import { z } from 'zod';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ');
export const JournalKindSchema = z.enum(['journal', 'access']);

export const JournalFiltersSchema = z.object({
  journal: JournalKindSchema,
  operator: z.string().trim().max(64).optional(),
  /** IPP of the identity (a former IPP kept as an alias works too). */
  ipp: z.string().trim().max(32).optional(),
  /** Journal: an action id (`identity.update`…); access journal: open / print / export. */
  action: z.string().max(64).optional(),
  from: Day.optional(),
  to: Day.optional(),
});

export const JournalRowSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  operator: z.string(),
  workstation: z.string(),
  action: z.string(),
  label: z.string(),
  ipp: z.string().nullable(),
  reason: z.string().nullable(),
  /** « champ : avant → après », one per changed field (journal only). */
  changes: z.array(z.string()),
});

const VerificationSchema = z.object({ entries: z.number().int(), ok: z.boolean(), firstBrokenSeq: z.number().int().nullable(), message: z.string() });

export const journalChannels = {
  'journal.search': {
    access: 'referent' as const,
    input: JournalFiltersSchema.extend({
      /** Next page: entries older than this seq. */
      before: z.number().int().positive().optional(),
      limit: z.number().int().min(1).max(200).optional(),
    }),
    output: z.object({ rows: z.array(JournalRowSchema), nextBefore: z.number().int().nullable(), tookMs: z.number() }),
  },
  /** Action ids and French labels, for the action filter. */
  'journal.actions': {
    access: 'referent' as const,
    input: z.object({ journal: JournalKindSchema }),
    output: z.array(z.object({ action: z.string(), label: z.string() })),
  },
  /** Checks one hash chain (the journal by default) and names the first broken link; journaled. */
  'journal.verify': {
    access: 'referent' as const,
    input: z.object({ journal: JournalKindSchema.optional() }),
    output: VerificationSchema,
  },
  /** The filtered entries as CSV (`;`, BOM) or JSON lines, hashes included; journaled. */
  'journal.export': {
    access: 'referent' as const,
    input: JournalFiltersSchema.extend({ format: z.enum(['csv', 'jsonl']) }),
    output: z.object({ fileName: z.string(), mimeType: z.string(), content: z.string(), entries: z.number().int() }),
  },
};
