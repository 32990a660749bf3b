// Domain types of a patient identity (RNIV / INS), shared by every side: core rules, db, backend, renderer.
// Names in English, values as stored; the French vocabulary lives in labels.ts.

export const SEXES = ['M', 'F', 'I'] as const;
export type Sex = (typeof SEXES)[number];

export const IDENTITY_STATUSES = ['provisoire', 'recuperee', 'validee', 'qualifiee'] as const;
export type IdentityStatus = (typeof IDENTITY_STATUSES)[number];

export const IDENTITY_ATTRIBUTES = ['douteuse', 'fictive', 'homonyme'] as const;
export type IdentityAttribute = (typeof IDENTITY_ATTRIBUTES)[number];

/** The strict traits (traits stricts), normalised as stored. */
export interface StrictTraits {
  birthName: string;
  birthFirstNames: string;
  firstBirthName: string;
  sex: Sex;
  /** ISO YYYY-MM-DD, completed per RNIV when the document had an unknown day/month. */
  birthDate: string;
  birthDateCorrected: boolean;
  /** COG code, 5 chars: commune, 99XXX country, or 99999 « INCONNU ». */
  birthplaceCog: string;
}

/** The identity fields as an agent (or a CSV row) types them, before normalisation. */
export interface IdentityDraft {
  ipp?: string | null;
  birthName: string;
  birthFirstNames: string;
  firstBirthName?: string | null;
  sex: string;
  /** Any accepted form: JJ/MM/AAAA, JJMMAAAA, AAAA-MM-JJ; 00 for an unknown day or month. */
  birthDate: string;
  birthplaceCog: string;
  usedName?: string | null;
  usedFirstName?: string | null;
  /** Only from an import of an existing base (legacy INS); INSi answers come through their own path. */
  insMatricule?: string | null;
}

export type IdentityField = keyof IdentityDraft;

export interface FieldIssue {
  field: IdentityField;
  /** Stable snake_case code. */
  code: string;
  /** Specific French message for the agent. */
  message: string;
}

/** High-trust identity device check (IV+). */
export interface DocumentCheck {
  deviceType: string;
  /** ISO date the document stops being valid. */
  validUntil: string;
  checkedAt: string;
  operator: string;
}

export interface AttributeState {
  attribute: IdentityAttribute;
  reason: string;
  setAt: string;
  operator: string;
}

/** INS as returned by INSi (matricule with its 2-digit key, OID). */
export interface Ins {
  matricule: string;
  oid: string;
  /** Set when douteuse/fictive invalidated it; kept in history. */
  invalidatedAt: string | null;
}

/** Inputs of the status derivation (domain.md §5). */
export interface StatusFacts {
  /** INSi+: current strict traits are those of an accepted INSi CR 00 / successful verification, unaltered since. */
  insiVerified: boolean;
  /** IV+: a high-trust device was checked. */
  documentChecked: boolean;
  attributes: readonly IdentityAttribute[];
  birthDateCorrected: boolean;
  sex: Sex;
}

/** Result of checking a COG code against the INSEE reference for a birth date (implemented by core/cog). */
export type BirthplaceCheck =
  | { status: 'ok'; label: string }
  /** Exists but was not valid on the birth date: accepted with a warning proposing the code valid then. */
  | { status: 'not_valid_at_date'; label: string; message: string; suggestedCode: string | null }
  /** Never existed in the reference: rejected. */
  | { status: 'unknown_code'; message: string }
  | { status: 'malformed'; message: string };

export type BirthplaceChecker = (code: string, birthDateIso: string | null) => BirthplaceCheck;

/** An identity draft once normalised and validated (what gets stored). */
export interface NormalizedIdentity extends StrictTraits {
  ipp: string | null;
  usedName: string | null;
  usedFirstName: string | null;
  insMatricule: string | null;
}
