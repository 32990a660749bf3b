// Use cases: record (IV+) or withdraw the check of a high-trust identity device. The device must be in
// the structure's configured list and still valid on the day of the check; status is re-derived.
import { AppError } from '../../../core/contract/reply.js';
import { parseBirthDate } from '../../../core/identity/birth-date.js';
import { isHighTrustDevice } from '../../../core/identity/labels.js';
import { activeDocumentCheck, insertDocumentCheck, withdrawDocumentCheck } from '../../../db/repos/document-checks.js';
import { getIdentity, updateIdentity, type IdentityRecord } from '../../../db/repos/identities.js';
import { deviceTypes, type AppContext } from '../context.js';
import type { SessionOperator } from '../sessions.js';
import { assertVersion, journalIdentity, loadWritableIdentity, requireReason } from './common.js';
import { derivedStatus } from './status-facts.js';

const fieldError = (field: string, code: string, message: string) =>
  new AppError('validation', message, [{ field: field as never, code, message }]);

/** Accepts JJ/MM/AAAA or AAAA-MM-JJ; the document must not be expired on the day of the check. */
function parseValidUntil(raw: string, today: string): string {
  const trimmed = raw.trim();
  if (trimmed === '') throw fieldError('validUntil', 'required', 'Indiquez la date de fin de validité de la pièce.');
  // Reuse the calendar checks of birth dates, against a far horizon: an expiry date is in the future.
  const parsed = parseBirthDate(trimmed, '2200-12-31');
  if (!parsed.ok || parsed.corrected) {
    throw fieldError('validUntil', 'invalid_date', parsed.ok ? 'La date de fin de validité doit être complète.' : parsed.message.replace('date de naissance', 'date de fin de validité'));
  }
  if (parsed.iso < today) {
    throw fieldError('validUntil', 'document_expired', "La pièce est expirée : elle ne peut pas servir au contrôle d'identité.");
  }
  return parsed.iso;
}

export function recordDocumentCheck(
  ctx: AppContext,
  operator: SessionOperator,
  input: { id: number; version: number; deviceType: string; validUntil: string },
): IdentityRecord {
  const before = loadWritableIdentity(ctx, input.id);
  assertVersion(before, input.version);
  const devices = deviceTypes(ctx.db);
  if (!isHighTrustDevice(input.deviceType, devices)) {
    throw fieldError('deviceType', 'not_high_trust', `« ${input.deviceType} » n'est pas un dispositif d'identification à haut niveau de confiance de la liste de la structure.`);
  }
  const device = devices.find((d) => d.code === input.deviceType.trim().toUpperCase())!;
  const today = ctx.clock.today();
  if (device.minorsOnly) {
    const adulthood = `${String(Number(before.birthDate.slice(0, 4)) + 18)}${before.birthDate.slice(4)}`;
    if (adulthood <= today) throw fieldError('deviceType', 'minors_only', `« ${device.label} » n'est recevable que pour un mineur.`);
  }
  const validUntil = parseValidUntil(input.validUntil, today);
  const at = ctx.clock.now();
  return ctx.db.transaction(() => {
    const previous = activeDocumentCheck(ctx.db, before.id);
    if (previous) withdrawDocumentCheck(ctx.db, before.id, { at, operator: operator.username, reason: 'Remplacé par un nouveau contrôle' });
    insertDocumentCheck(ctx.db, { identityId: before.id, deviceType: device.code, validUntil, checkedAt: at, operator: operator.username, workstation: ctx.workstation });
    const status = derivedStatus(ctx.db, before);
    updateIdentity(ctx.db, before.id, before.version, { status, updatedAt: at });
    journalIdentity(
      ctx,
      operator,
      at,
      'identity.document_check',
      before.id,
      [
        { field: 'documentCheck', before: previous ? `${previous.deviceType} (${previous.validUntil})` : null, after: `${device.code} (${validUntil})` },
        ...(status !== before.status ? [{ field: 'status', before: before.status, after: status }] : []),
      ],
      null,
      { deviceType: device.code, validUntil },
    );
    return getIdentity(ctx.db, before.id)!;
  })();
}

export function withdrawCheck(
  ctx: AppContext,
  operator: SessionOperator,
  input: { id: number; version: number; reason: string },
): IdentityRecord {
  const before = loadWritableIdentity(ctx, input.id);
  assertVersion(before, input.version);
  const reason = requireReason(input.reason, 'du retrait du contrôle');
  const previous = activeDocumentCheck(ctx.db, before.id);
  if (!previous) throw new AppError('validation', "Aucun contrôle de pièce d'identité n'est enregistré pour cette identité.");
  const at = ctx.clock.now();
  return ctx.db.transaction(() => {
    withdrawDocumentCheck(ctx.db, before.id, { at, operator: operator.username, reason });
    const status = derivedStatus(ctx.db, before);
    updateIdentity(ctx.db, before.id, before.version, { status, updatedAt: at });
    journalIdentity(ctx, operator, at, 'identity.document_check_withdraw', before.id, [
      { field: 'documentCheck', before: `${previous.deviceType} (${previous.validUntil})`, after: null },
      ...(status !== before.status ? [{ field: 'status', before: before.status, after: status }] : []),
    ], reason);
    return getIdentity(ctx.db, before.id)!;
  })();
}
