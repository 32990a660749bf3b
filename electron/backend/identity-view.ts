// Builds the identity as the UI sees it (IdentityView): derived status, what is missing to reach
// qualifiée, lock state, birthplace labels, the INS with its matricule shown only when qualifiée, and
// where a merged identity went (mergedInto) or which former IPPs a survivor keeps (ippAliases).
import type { z } from 'zod';
import { describeBirthplace } from '../../core/cog/index.js';
import type { IdentityViewSchema } from '../../core/contract/schemas.js';
import { maskMatricule, oidKind } from '../../core/identity/nir.js';
import { canCallInsi, missingForQualified, traitsLocked } from '../../core/identity/status.js';
import type { StatusFacts } from '../../core/identity/types.js';
import { activeAttributes } from '../../db/repos/attributes.js';
import { activeDocumentCheck } from '../../db/repos/document-checks.js';
import type { IdentityRecord } from '../../db/repos/identities.js';
import { getActiveIns, latestIns } from '../../db/repos/ins.js';
import { aliasesOf } from '../../db/repos/ipp-aliases.js';
import { mergedInto } from '../../db/merge/read.js';
import { deviceTypes, type AppContext } from './context.js';
import { derivedStatus, statusFacts } from './use-cases/status-facts.js';

export type IdentityView = z.output<typeof IdentityViewSchema>;

function insView(ctx: AppContext, identity: IdentityRecord, qualified: boolean): IdentityView['ins'] {
  const ins = getActiveIns(ctx.db, identity.id) ?? latestIns(ctx.db, identity.id);
  if (!ins) return null;
  const invalidated = ins.invalidatedAt !== null || !ins.active;
  return {
    matricule: qualified && !invalidated ? ins.matricule : null,
    masked: maskMatricule(ins.matricule),
    oid: ins.oid,
    kind: oidKind(ins.oid),
    invalidated,
  };
}

export const PROVISIONAL_WITHOUT_CHECK =
  "Identité provisoire sans contrôle de pièce d'identité : le RNIV recommande de contrôler une pièce à haut niveau de confiance lors de l'appel à INSi (risque de collision).";

function insiCall(facts: StatusFacts): IdentityView['insiCall'] {
  const can = canCallInsi(facts);
  if (!can.ok) return { allowed: false, reason: can.reason, warning: null };
  if (facts.sex === 'I') return { allowed: true, reason: null, warning: 'Sexe indéterminé : INSi ne connaît que M ou F ; utilisez la carte Vitale ou corrigez le sexe.' };
  return { allowed: true, reason: null, warning: !facts.insiVerified && !facts.documentChecked ? PROVISIONAL_WITHOUT_CHECK : null };
}

export function buildIdentityView(ctx: AppContext, identity: IdentityRecord): IdentityView {
  const facts = statusFacts(ctx.db, identity);
  const status = derivedStatus(ctx.db, identity);
  const check = activeDocumentCheck(ctx.db, identity.id);
  const devices = deviceTypes(ctx.db);
  const place = describeBirthplace(ctx.cog, identity.birthplaceCog, identity.birthDate);
  return {
    id: identity.id,
    ipp: identity.ipp,
    birthName: identity.birthName,
    birthFirstNames: identity.birthFirstNames,
    firstBirthName: identity.firstBirthName,
    sex: identity.sex,
    birthDate: identity.birthDate,
    birthDateCorrected: identity.birthDateCorrected,
    // A code outside our reference that the agent accepted from INSi says so (domain.md §4).
    birthplace:
      place.kind === 'hors-referentiel' && identity.birthplaceFromInsi ? { ...place, label: `${identity.birthplaceCog} (accepté depuis INSi)` } : place,
    usedName: identity.usedName,
    usedFirstName: identity.usedFirstName,
    status,
    attributes: activeAttributes(ctx.db, identity.id),
    insiVerified: facts.insiVerified,
    documentCheck: check
      ? {
          deviceType: check.deviceType,
          deviceLabel: devices.find((d) => d.code === check.deviceType)?.label ?? check.deviceType,
          validUntil: check.validUntil,
          checkedAt: check.checkedAt,
          operator: check.operator,
        }
      : null,
    ins: insView(ctx, identity, status === 'qualifiee'),
    missingForQualified: missingForQualified(facts),
    traitsLocked: traitsLocked(status),
    insiCall: insiCall(facts),
    insiVerifiedAt: identity.insiVerifiedAt,
    version: identity.version,
    createdAt: identity.createdAt,
    updatedAt: identity.updatedAt,
    mergedInto: mergedInto(ctx.db, identity.id)?.final ?? null,
    ippAliases: aliasesOf(ctx.db, identity.id),
  };
}
