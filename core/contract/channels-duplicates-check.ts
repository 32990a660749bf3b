// Contract of the duplicate check at creation (spread into channels.ts): before a new identity is saved,
// the identities that may be the same person, side by side with what was typed, with the reasons.
import { z } from 'zod';
import { IdentityDraftSchema, SearchRowSchema, SexSchema } from './schemas.js';

/** The typed traits as they would be stored, to show beside the candidates. */
export const TypedTraitsSchema = z.object({
  birthName: z.string(),
  birthFirstNames: z.string(),
  sex: SexSchema,
  birthDate: z.string(),
  birthplaceCog: z.string(),
  birthplaceLabel: z.string(),
  usedName: z.string().nullable(),
});

export const DuplicateCandidateSchema = z.object({
  /** The existing identity, as a search row. */
  identity: SearchRowSchema.omit({ matchedBy: true }),
  score: z.number().min(0).max(1),
  reasons: z.array(z.object({ code: z.string(), label: z.string() })),
});

export const duplicatesCheckChannels = {
  /** Candidates for « Cette personne existe peut-être déjà » (empty when the draft is not valid yet). */
  'identity.duplicateCandidates': {
    access: 'agent' as const,
    input: z.object({ draft: IdentityDraftSchema }),
    output: z.object({ typed: TypedTraitsSchema.nullable(), candidates: z.array(DuplicateCandidateSchema) }),
  },
};

/** Optional field of identity.create: the candidates the agent was shown and chose to create past. */
export const DuplicateCandidatesSeenSchema = z.array(z.number().int().positive()).max(20);
