// Use case: set or remove the attributes douteuse / fictive / homonyme, always with a reason.
// Douteuse or fictive force provisoire, drop INSi+ and invalidate the stored INS (kept in history);
// removing one set by another operator is a referent's decision.
import { AppError } from '../../../core/contract/reply.js';
import { ATTRIBUTE_LABELS } from '../../../core/identity/labels.js';
import { attributeConflict } from '../../../core/identity/status.js';
import type { IdentityAttribute } from '../../../core/identity/types.js';
import { activeAttributes, removeAttribute, setAttribute } from '../../../db/repos/attributes.js';
import { getIdentity, updateIdentity, type IdentityRecord } from '../../../db/repos/identities.js';
import { getActiveIns, invalidateIns } from '../../../db/repos/ins.js';
import type { JournalChange } from '../../../db/journal/index.js';
import type { AppContext } from '../context.js';
import type { SessionOperator } from '../sessions.js';
import { assertVersion, journalIdentity, loadWritableIdentity, requireReason } from './common.js';
import { derivedStatus } from './status-facts.js';

const BLOCKING: readonly IdentityAttribute[] = ['douteuse', 'fictive'];

export function changeAttribute(
  ctx: AppContext,
  operator: SessionOperator,
  input: { id: number; version: number; attribute: IdentityAttribute; value: boolean; reason: string },
): IdentityRecord {
  const before = loadWritableIdentity(ctx, input.id);
  assertVersion(before, input.version);
  const reason = requireReason(input.reason, input.value ? "de l'attribut" : 'du retrait');
  const label = ATTRIBUTE_LABELS[input.attribute];
  const active = activeAttributes(ctx.db, before.id);
  const current = active.find((a) => a.attribute === input.attribute);
  if (input.value && current) throw new AppError('validation', `L'attribut « ${label} » est déjà posé.`);
  if (!input.value && !current) throw new AppError('validation', `L'attribut « ${label} » n'est pas posé sur cette identité.`);
  if (input.value) {
    const conflict = attributeConflict(before.attributes, input.attribute);
    if (conflict) throw new AppError('validation', conflict);
  } else if (current && BLOCKING.includes(input.attribute) && current.operator !== operator.username && operator.role !== 'referent') {
    throw new AppError('forbidden', `L'attribut « ${label} » a été posé par ${current.operator} : seul un référent en identitovigilance peut le retirer.`);
  }
  const at = ctx.clock.now();
  return ctx.db.transaction(() => {
    const changes: JournalChange[] = [{ field: 'attribute', before: input.value ? null : input.attribute, after: input.value ? input.attribute : null }];
    let insiVerifiedAt = before.insiVerifiedAt;
    if (input.value) {
      setAttribute(ctx.db, { identityId: before.id, attribute: input.attribute, reason, at, operator: operator.username });
      if (BLOCKING.includes(input.attribute)) {
        insiVerifiedAt = null;
        if (getActiveIns(ctx.db, before.id)) {
          invalidateIns(ctx.db, before.id, at, `Attribut « ${label} »`);
          changes.push({ field: 'ins', before: 'active', after: 'invalidée' });
        }
      }
    } else {
      removeAttribute(ctx.db, { identityId: before.id, attribute: input.attribute, reason, at, operator: operator.username });
    }
    const refreshed = getIdentity(ctx.db, before.id)!;
    const status = derivedStatus(ctx.db, refreshed, { insiVerified: insiVerifiedAt !== null });
    updateIdentity(ctx.db, before.id, before.version, { status, insiVerifiedAt, updatedAt: at });
    if (status !== before.status) changes.push({ field: 'status', before: before.status, after: status });
    journalIdentity(ctx, operator, at, input.value ? 'identity.attribute_set' : 'identity.attribute_remove', before.id, changes, reason, {
      attribute: input.attribute,
    });
    return getIdentity(ctx.db, before.id)!;
  })();
}
