// Use case: create an identity typed at the desk. Normalises and validates every field (RNIV rules and
// COG at the birth date), refuses a typed INS, allocates the IPP, and writes identity + journal in one
// transaction.
import { AppError } from '../../../core/contract/reply.js';
import { deriveStatus } from '../../../core/identity/status.js';
import type { FieldIssue, IdentityDraft, NormalizedIdentity } from '../../../core/identity/types.js';
import { validateIdentityDraft } from '../../../core/identity/validate.js';
import { getIdentity, insertIdentity, ippExists, type IdentityRecord } from '../../../db/repos/identities.js';
import { nextIpp } from '../../../db/repos/meta.js';
import type { AppContext } from '../context.js';
import type { SessionOperator } from '../sessions.js';
import { journalIdentity, validationDeps } from './common.js';

export const IDENTITY_FIELDS = [
  'ipp', 'birthName', 'birthFirstNames', 'firstBirthName', 'sex', 'birthDate', 'birthDateCorrected',
  'birthplaceCog', 'usedName', 'usedFirstName',
] as const;

export function validateOrThrow(ctx: AppContext, draft: IdentityDraft): NormalizedIdentity {
  const result = validateIdentityDraft(draft, validationDeps(ctx));
  const errors: FieldIssue[] = [...result.errors];
  if ((draft.insMatricule ?? '').trim() !== '') {
    errors.push({
      field: 'insMatricule',
      code: 'ins_not_typed',
      message: "Le matricule INS ne se saisit pas : il est obtenu auprès du téléservice INSi (carte Vitale ou traits).",
    });
  }
  if (errors.length > 0 || !result.identity) {
    throw new AppError('validation', 'Identité non enregistrée : corrigez les champs signalés.', errors);
  }
  return result.identity;
}

/**
 * `duplicateCandidatesSeen`: the possible duplicates the agent was shown (« Cette personne existe
 * peut-être déjà ») and chose to create past; checked to exist, and journaled with the creation.
 */
/** IPPs of the candidates the agent was shown; an unknown id is refused (nothing is created). */
function duplicateCandidatesSeenIpps(ctx: AppContext, ids: readonly number[]): string[] {
  return [...new Set(ids)].map((id) => {
    const candidate = getIdentity(ctx.db, id);
    if (!candidate) {
      throw new AppError('validation', `Identité proche présentée inconnue (n° ${id}) : rechargez la vérification des doublons.`);
    }
    return candidate.ipp;
  });
}

export function createIdentity(
  ctx: AppContext,
  operator: SessionOperator,
  draft: IdentityDraft,
  duplicateCandidatesSeen: readonly number[] = [],
): IdentityRecord {
  const identity = validateOrThrow(ctx, draft);
  const at = ctx.clock.now();
  return ctx.db.transaction(() => {
    const seen = duplicateCandidatesSeenIpps(ctx, duplicateCandidatesSeen);
    if (identity.ipp && ippExists(ctx.db, identity.ipp)) {
      throw new AppError('validation', `L'IPP ${identity.ipp} est déjà attribué.`, [
        { field: 'ipp', code: 'ipp_taken', message: `L'IPP ${identity.ipp} est déjà attribué à une autre identité.` },
      ]);
    }
    const ipp = identity.ipp ?? nextIpp(ctx.db);
    const status = deriveStatus({
      insiVerified: false,
      documentChecked: false,
      attributes: [],
      birthDateCorrected: identity.birthDateCorrected,
      sex: identity.sex,
    });
    const id = insertIdentity(ctx.db, { ...identity, ipp, traitsSource: 'saisie', status, createdAt: at });
    const stored = { ...identity, ipp };
    journalIdentity(
      ctx,
      operator,
      at,
      'identity.create',
      id,
      IDENTITY_FIELDS.map((field) => ({ field, before: null, after: stored[field] })),
      seen.length === 0
        ? null
        : `Création maintenue après présentation de ${seen.length} identité(s) déjà enregistrée(s) pouvant être la même personne (IPP ${seen.join(', ')}).`,
      seen.length === 0 ? undefined : { duplicateCandidatesSeen: seen },
    );
    return getIdentity(ctx.db, id)!;
  })();
}
