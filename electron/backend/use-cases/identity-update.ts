// Use case: correct an identity. Strict traits of a non-provisoire identity are locked: changing one
// needs an explicit unlock reason and drops INSi+ (qualifiée → validée, récupérée → provisoire).
// Optimistic concurrency: the version read by the agent must still be current.
import { AppError } from '../../../core/contract/reply.js';
import { traitsLocked } from '../../../core/identity/status.js';
import type { IdentityDraft } from '../../../core/identity/types.js';
import { STATUS_LABELS } from '../../../core/identity/labels.js';
import { getIdentity, updateIdentity, type IdentityRecord } from '../../../db/repos/identities.js';
import type { AppContext } from '../context.js';
import type { SessionOperator } from '../sessions.js';
import { assertVersion, diff, journalIdentity, loadWritableIdentity, requireReason } from './common.js';
import { validateOrThrow } from './identity-create.js';
import { derivedStatus } from './status-facts.js';
import { noteIdentityEvent } from '../verification/nia-events.js';

const STRICT_FIELDS = ['birthName', 'birthFirstNames', 'firstBirthName', 'sex', 'birthDate', 'birthDateCorrected', 'birthplaceCog'] as const;
const OTHER_FIELDS = ['usedName', 'usedFirstName'] as const;

export function updateIdentityTraits(
  ctx: AppContext,
  operator: SessionOperator,
  input: { id: number; version: number; draft: IdentityDraft; unlockReason?: string | undefined },
): IdentityRecord {
  const before = loadWritableIdentity(ctx, input.id);
  assertVersion(before, input.version);
  const draftIpp = (input.draft.ipp ?? '').trim();
  if (draftIpp !== '' && draftIpp !== before.ipp) {
    throw new AppError('validation', "L'IPP ne se modifie pas.", [{ field: 'ipp', code: 'ipp_immutable', message: "L'IPP d'une identité existante ne se modifie pas (une fusion se fait par le référent)." }]);
  }
  const { ipp: _ipp, insMatricule: _ins, ...next } = validateOrThrow(ctx, { ...input.draft, ipp: before.ipp });
  const proposed: IdentityRecord = { ...before, ...next };
  const strictChanges = diff(before, proposed, STRICT_FIELDS);
  const otherChanges = diff(before, proposed, OTHER_FIELDS);
  if (strictChanges.length === 0 && otherChanges.length === 0) return before;

  let reason: string | null = null;
  if (strictChanges.length > 0 && traitsLocked(before.status)) {
    if (!input.unlockReason?.trim()) {
      throw new AppError(
        'locked',
        `Les traits stricts sont verrouillés (${STATUS_LABELS[before.status]}) : déverrouillez-les en indiquant un motif. Le statut sera rétrogradé.`,
      );
    }
    reason = requireReason(input.unlockReason, 'du déverrouillage');
  }
  const at = ctx.clock.now();
  return ctx.db.transaction(() => {
    const editedStrict = strictChanges.length > 0;
    const insiVerifiedAt = editedStrict ? null : before.insiVerifiedAt;
    const status = derivedStatus(ctx.db, proposed, { insiVerified: insiVerifiedAt !== null });
    const after = updateIdentity(ctx.db, before.id, before.version, {
      birthName: next.birthName,
      birthFirstNames: next.birthFirstNames,
      firstBirthName: next.firstBirthName,
      sex: next.sex,
      birthDate: next.birthDate,
      birthDateCorrected: next.birthDateCorrected,
      birthplaceCog: next.birthplaceCog,
      usedName: next.usedName,
      usedFirstName: next.usedFirstName,
      ...(editedStrict ? { traitsSource: 'saisie' as const, insiVerifiedAt: null, birthplaceFromInsi: false } : {}),
      status,
      updatedAt: at,
    });
    if (reason !== null) journalIdentity(ctx, operator, at, 'identity.traits_unlock', before.id, [], reason);
    const statusChange = before.status !== status ? [{ field: 'status', before: before.status, after: status }] : [];
    journalIdentity(ctx, operator, at, 'identity.update', before.id, [...strictChanges, ...otherChanges, ...statusChange], reason);
    const updated = getIdentity(ctx.db, after.id)!;
    noteIdentityEvent(ctx, updated, 'modification', operator.username);
    return updated;
  })();
}
