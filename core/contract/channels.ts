// The one registry of contract channels (`area.verb`): input/output zod schemas and the role each needs.
// Served by Electron IPC, by the loopback web host and by an in-memory transport alike.
import { z } from 'zod';
import {
  AttributeSchema,
  CogSuggestionSchema,
  DeviceTypeSchema,
  FieldIssueSchema,
  IdentityDraftSchema,
  IdentityId,
  IdentityViewSchema,
  JournalEntrySchema,
  OperatorSchema,
  RoleSchema,
  SearchRowSchema,
  BirthplaceSchema,
  InsiOutcomeSchema,
  InsiStatusSchema,
  VitaleCardSchema,
} from './schemas.js';
import { duplicatesChannels } from './channels-duplicates.js';
import { duplicatesCheckChannels, DuplicateCandidatesSeenSchema } from './channels-duplicates-check.js';
import { indicatorsChannels } from './channels-indicators.js';
import { journalChannels } from './channels-journal.js';
import { verificationChannels } from './channels-verification.js';

type Access = 'public' | 'agent' | 'referent';

const channel = <I extends z.ZodType, O extends z.ZodType>(access: Access, input: I, output: O) => ({
  access,
  input,
  output,
});

const reason = z.string().max(500);
const version = z.number().int().nonnegative();

export const channels = {
  'session.login': channel(
    'public',
    z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) }),
    z.object({ operator: OperatorSchema, token: z.string(), demo: z.boolean() }),
  ),
  /** First run of a production database: creates the first referent account (refused once any operator exists). */
  'session.bootstrap': channel(
    'public',
    z.object({
      username: z.string().regex(/^[a-z0-9._-]{2,32}$/),
      displayName: z.string().min(1).max(80),
      password: z.string().min(8).max(200),
    }),
    z.object({ operator: OperatorSchema, token: z.string(), demo: z.boolean() }),
  ),
  'session.logout': channel('agent', z.object({}), z.object({})),
  'session.current': channel(
    'public',
    z.object({}),
    z.object({ operator: OperatorSchema.nullable(), demo: z.boolean(), needsBootstrap: z.boolean(), workstation: z.string() }),
  ),

  'identity.search': channel(
    'agent',
    z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(200).optional() }),
    z.object({ rows: z.array(SearchRowSchema), truncated: z.boolean(), tookMs: z.number() }),
  ),
  'identity.get': channel('agent', z.object({ id: IdentityId }), IdentityViewSchema),
  'identity.check': channel(
    'agent',
    z.object({ draft: IdentityDraftSchema }),
    z.object({
      normalized: z.record(z.string(), z.unknown()),
      errors: z.array(FieldIssueSchema),
      warnings: z.array(FieldIssueSchema),
    }),
  ),
  'identity.create': channel(
    'agent',
    z.object({
      draft: IdentityDraftSchema,
      /** Ids of the possible duplicates the agent was shown and chose to create past (journaled). */
      duplicateCandidatesSeen: DuplicateCandidatesSeenSchema.optional(),
    }),
    IdentityViewSchema,
  ),
  ...duplicatesCheckChannels,
  'identity.update': channel(
    'agent',
    z.object({ id: IdentityId, version, draft: IdentityDraftSchema, unlockReason: reason.optional() }),
    IdentityViewSchema,
  ),
  'identity.recordDocumentCheck': channel(
    'agent',
    z.object({
      id: IdentityId,
      version,
      deviceType: z.string().min(1).max(10),
      validUntil: z.string().max(20),
    }),
    IdentityViewSchema,
  ),
  'identity.withdrawDocumentCheck': channel(
    'agent',
    z.object({ id: IdentityId, version, reason }),
    IdentityViewSchema,
  ),
  'identity.setAttribute': channel(
    'agent',
    z.object({ id: IdentityId, version, attribute: AttributeSchema, value: z.boolean(), reason }),
    IdentityViewSchema,
  ),
  'identity.history': channel('agent', z.object({ id: IdentityId }), z.array(JournalEntrySchema)),

  'reference.deviceTypes': channel('agent', z.object({}), z.array(DeviceTypeSchema)),
  'reference.cogSuggest': channel(
    'agent',
    z.object({ query: z.string().max(100), birthDate: z.string().max(20).optional(), limit: z.number().int().min(1).max(50).optional() }),
    z.array(CogSuggestionSchema),
  ),
  'reference.cogDescribe': channel(
    'agent',
    z.object({ code: z.string().max(10), birthDate: z.string().max(20).optional() }),
    BirthplaceSchema.nullable(),
  ),

  'insi.status': channel('agent', z.object({}), InsiStatusSchema),
  /** Cards present in the (virtual) Vitale card reader. */
  'insi.cards': channel('agent', z.object({}), z.array(VitaleCardSchema)),
  /**
   * Asks INSi for the INS of an identity (identityId) or of a new patient (draft), by traits (with the
   * automatic retries of seed §3.2) or by Vitale card. Returns the comparison; nothing is changed yet.
   */
  'insi.search': channel(
    'agent',
    z.object({
      mode: z.enum(['traits', 'vitale']),
      identityId: IdentityId.nullable(),
      draft: IdentityDraftSchema.nullable(),
      cardId: z.string().max(64).nullable(),
      beneficiaryIndex: z.number().int().min(0).max(20).nullable(),
    }),
    InsiOutcomeSchema,
  ),
  /** Accepts a CR 00 answer: strict traits replaced by INSi's byte for byte, INS + OID + history stored, INSi+. */
  'insi.accept': channel(
    'agent',
    z.object({
      callId: z.string().max(64),
      /** For an existing identity: the version the comparison was made against. */
      version: z.number().int().nonnegative().nullable(),
      /** For a new patient: used names typed at the desk (never taken from INSi). */
      usedName: z.string().max(200).nullish(),
      usedFirstName: z.string().max(200).nullish(),
      /** The returned COG is absent from our reference: the agent accepts it explicitly. */
      acceptUnknownBirthplace: z.boolean(),
      /** Optional document check recorded in the same step (→ qualifiée). */
      documentCheck: z.object({ deviceType: z.string().min(1).max(10), validUntil: z.string().max(20) }).nullable(),
    }),
    IdentityViewSchema,
  ),
  /** Refuses an answer: nothing changes, the decision is journaled. */
  'insi.refuse': channel('agent', z.object({ callId: z.string().max(64), reason: z.string().max(500) }), z.object({})),
  /** Verification: the stored INS and traits must be returned unchanged by INSi; failure drops INSi+. */
  'insi.verify': channel(
    'agent',
    z.object({ identityId: IdentityId }),
    z.object({ verdict: z.enum(['confirmed', 'failed', 'unavailable']), message: z.string(), identity: IdentityViewSchema }),
  ),

  ...journalChannels,
  ...indicatorsChannels,
  ...duplicatesChannels,
  ...verificationChannels,
  'operators.list': channel(
    'referent',
    z.object({}),
    z.array(OperatorSchema.extend({ active: z.boolean() })),
  ),
  'operators.create': channel(
    'referent',
    z.object({
      username: z.string().regex(/^[a-z0-9._-]{2,32}$/),
      displayName: z.string().min(1).max(80),
      role: RoleSchema,
      password: z.string().min(8).max(200),
    }),
    OperatorSchema,
  ),
} as const;

export type Channels = typeof channels;
export type Channel = keyof Channels;
export type In<C extends Channel> = z.input<Channels[C]['input']>;
export type Out<C extends Channel> = z.output<Channels[C]['output']>;

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
