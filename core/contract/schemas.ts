// zod schemas of the values that cross the contract (inputs validated at the receiver, outputs in tests).
import { z } from 'zod';
import { IDENTITY_ATTRIBUTES, IDENTITY_STATUSES, SEXES } from '../identity/types.js';

const text = (max: number) => z.string().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const IdentityId = z.number().int().positive();

export const IdentityDraftSchema = z.object({
  ipp: text(40).nullish(),
  birthName: text(200),
  birthFirstNames: text(300),
  firstBirthName: text(200).nullish(),
  sex: text(5),
  birthDate: text(20),
  birthplaceCog: text(10),
  usedName: text(200).nullish(),
  usedFirstName: text(200).nullish(),
  insMatricule: text(30).nullish(),
});

export const FieldIssueSchema = z.object({ field: z.string(), code: z.string(), message: z.string() });

export const StatusSchema = z.enum(IDENTITY_STATUSES);
export const AttributeSchema = z.enum(IDENTITY_ATTRIBUTES);
export const SexSchema = z.enum(SEXES);
export const RoleSchema = z.enum(['agent', 'referent']);

export const OperatorSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
});

export const DocumentCheckSchema = z.object({
  deviceType: z.string(),
  deviceLabel: z.string(),
  validUntil: isoDate,
  checkedAt: z.string(),
  operator: z.string(),
});

export const AttributeStateSchema = z.object({
  attribute: AttributeSchema,
  reason: z.string(),
  setAt: z.string(),
  operator: z.string(),
});

/** INS as shown: the matricule is null unless the identity is qualifiée (domain.md §1). */
export const InsViewSchema = z.object({
  matricule: z.string().nullable(),
  masked: z.string(),
  oid: z.string(),
  kind: z.enum(['NIR', 'NIA', 'TEST', 'DEMO', 'AUTRE']),
  invalidated: z.boolean(),
});

export const BirthplaceSchema = z.object({
  code: z.string(),
  /** Name of the place on the birth date (« Ajaccio (2A) », « Maroc », « INCONNU »). */
  label: z.string(),
  /** Today's name when it differs (merger, rename), else null. */
  currentLabel: z.string().nullable(),
  kind: z.enum(['commune', 'pays', 'inconnu', 'hors-referentiel']),
});

export const IdentityViewSchema = z.object({
  id: IdentityId,
  ipp: z.string(),
  birthName: z.string(),
  birthFirstNames: z.string(),
  firstBirthName: z.string(),
  sex: SexSchema,
  birthDate: isoDate,
  birthDateCorrected: z.boolean(),
  birthplace: BirthplaceSchema,
  usedName: z.string().nullable(),
  usedFirstName: z.string().nullable(),
  status: StatusSchema,
  attributes: z.array(AttributeStateSchema),
  insiVerified: z.boolean(),
  documentCheck: DocumentCheckSchema.nullable(),
  ins: InsViewSchema.nullable(),
  /** French sentences: what is missing to reach qualifiée (empty when qualifiée). */
  missingForQualified: z.array(z.string()),
  /** Strict traits locked (non-provisoire): editing needs an explicit unlock with a reason. */
  traitsLocked: z.boolean(),
  /** Whether « Interroger INSi » is possible (douteuse/fictive: no, with the reason) and the RNIV warning to show. */
  insiCall: z.object({ allowed: z.boolean(), reason: z.string().nullable(), warning: z.string().nullable() }),
  /** The traits were accepted from INSi (INSi+) on this date, or null. */
  insiVerifiedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Absorbed by a merge: the identity it now lives in (end of the chain of merges); read-only. */
  mergedInto: z.object({ id: IdentityId, ipp: z.string() }).nullable().optional(),
  /** Former IPPs kept as aliases after merges (search finds this identity by them). */
  ippAliases: z.array(z.string()).optional(),
});

export const MatchKindSchema = z.enum(['exact', 'prefixe', 'phonetique', 'identifiant']);

export const SearchRowSchema = z.object({
  id: IdentityId,
  ipp: z.string(),
  birthName: z.string(),
  birthFirstNames: z.string(),
  firstBirthName: z.string(),
  sex: SexSchema,
  birthDate: isoDate,
  birthDateCorrected: z.boolean(),
  birthplaceCog: z.string(),
  birthplaceLabel: z.string(),
  usedName: z.string().nullable(),
  usedFirstName: z.string().nullable(),
  status: StatusSchema,
  attributes: z.array(AttributeSchema),
  insMasked: z.string().nullable(),
  /** Another identity shares birth name + first birth name + birth date. */
  possibleHomonym: z.boolean(),
  matchedBy: z.array(MatchKindSchema),
});

export const JournalEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  operator: z.string(),
  workstation: z.string(),
  action: z.string(),
  /** Human French summary (« Création », « Contrôle de pièce d'identité »…). */
  label: z.string(),
  reason: z.string().nullable(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});

export const CogSuggestionSchema = z.object({
  code: z.string(),
  label: z.string(),
  /** « Ajaccio, Corse-du-Sud », « pays », « ancienne commune, aujourd'hui Annecy »… */
  detail: z.string(),
  kind: z.enum(['commune', 'pays', 'inconnu']),
  /** Valid on the given birth date. */
  validAtBirth: z.boolean(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
});

export const DeviceTypeSchema = z.object({ code: z.string(), label: z.string(), minorsOnly: z.boolean() });

// ——— INSi (teleservice) ———

export const DiffSegmentSchema = z.object({ text: z.string(), kind: z.enum(['same', 'added', 'removed']) });

export const InsiFieldComparisonSchema = z.object({
  field: z.enum(['birthName', 'birthFirstNames', 'firstBirthName', 'sex', 'birthDate', 'birthplace', 'matricule']),
  label: z.string(),
  local: z.string().nullable(),
  returned: z.string(),
  verdict: z.enum(['concordant', 'concordant_historique', 'different', 'absent_local']),
  verdictLabel: z.string(),
  /** Character-level diff from local to returned, for highlighting. */
  segments: z.array(DiffSegmentSchema),
  explanation: z.string().nullable(),
});

export const InsiMessageSchema = z.object({
  audience: z.enum(['agent', 'administrateur']),
  title: z.string(),
  text: z.string(),
  advice: z.array(z.string()),
});

/** The identity INSi returned, as shown in the comparison (traits byte for byte as INSi sent them). */
export const InsiReturnedSchema = z.object({
  birthName: z.string(),
  birthFirstNames: z.string(),
  firstBirthName: z.string(),
  sex: z.string(),
  birthDate: z.string(),
  birthplaceCog: z.string().nullable(),
  birthplaceLabel: z.string(),
  matricule: z.string(),
  oid: z.string(),
  kind: z.enum(['NIR', 'NIA', 'TEST', 'DEMO', 'AUTRE']),
  historyCount: z.number().int(),
});

export const InsiAttemptSchema = z.object({
  /** French: « Premier appel sans lieu de naissance », « Relance avec le lieu de naissance »… */
  reason: z.string(),
  /** French summary of what was sent (« ADRTROIS / TOUSSAINT / M / 01/01/1960 »). */
  sent: z.string(),
  /** « 00 », « 01 », « 02 » or the fault code. */
  result: z.string(),
  durationMs: z.number(),
});

export const InsiOutcomeSchema = z.object({
  /** Server-side handle of this answer: accept/refuse refer to it (the client never sends INSi traits back). */
  callId: z.string(),
  outcome: z.enum(['found', 'not_found', 'multiple', 'failed', 'invalid_query', 'nothing_to_send']),
  message: InsiMessageSchema.nullable(),
  attempts: z.array(InsiAttemptSchema),
  returned: InsiReturnedSchema.nullable(),
  comparison: z
    .object({
      fields: z.array(InsiFieldComparisonSchema),
      allConcordant: z.boolean(),
      returnedBirthplaceUnknown: z.boolean(),
      notices: z.array(z.string()),
    })
    .nullable(),
  /** RNIV warnings that do not block (e.g. provisoire identity without document check). */
  warnings: z.array(z.string()),
  identityId: IdentityId.nullable(),
  identityVersion: z.number().int().nullable(),
  environment: z.string(),
});

export const VitaleCardSchema = z.object({
  id: z.string(),
  label: z.string(),
  synthetic: z.boolean(),
  beneficiaries: z.array(z.object({ index: z.number().int(), label: z.string(), quality: z.string() })),
});

export const InsiStatusSchema = z.object({
  available: z.boolean(),
  environment: z.string(),
  endpoint: z.string().nullable(),
  /** Why INSi cannot be called from this workstation, in French, when unavailable. */
  reason: z.string().nullable(),
  cardReader: z.boolean(),
});
