// Helpers shared by the identity use cases: validation dependencies, journaling with the operator and
// workstation, loading an identity or failing in French, and per-field change lists.
import { checkBirthplace } from '../../../core/cog/check.js';
import { AppError } from '../../../core/contract/reply.js';
import type { ValidationDeps } from '../../../core/identity/validate.js';
import { getIdentity, type IdentityRecord } from '../../../db/repos/identities.js';
import { appendJournal, type JournalAction, type JournalChange } from '../../../db/journal/index.js';
import type { SessionOperator } from '../sessions.js';
import type { AppContext } from '../context.js';
import { refuseIfMerged } from '../duplicates/merged-guard.js';

export function validationDeps(ctx: AppContext): ValidationDeps {
  return { todayIso: ctx.clock.today(), checkBirthplace: (code, date) => checkBirthplace(ctx.cog, code, date) };
}

export function loadIdentity(ctx: AppContext, id: number): IdentityRecord {
  const identity = getIdentity(ctx.db, id);
  if (!identity) throw new AppError('not_found', `Aucune identité n° ${id} dans la base.`);
  return identity;
}

/** An identity a use case is about to change (or ask INSi about): refused once a merge absorbed it. */
export function loadWritableIdentity(ctx: AppContext, id: number): IdentityRecord {
  const identity = loadIdentity(ctx, id);
  refuseIfMerged(ctx, id);
  return identity;
}

export function assertVersion(identity: IdentityRecord, expected: number): void {
  if (identity.version !== expected) {
    throw new AppError(
      'conflict',
      "Cette identité a été modifiée sur un autre poste depuis que vous l'avez ouverte. Rechargez-la : votre saisie reste affichée, rien n'a été enregistré.",
    );
  }
}

export function journalIdentity(
  ctx: AppContext,
  operator: SessionOperator,
  at: string,
  action: JournalAction,
  identityId: number,
  changes: readonly JournalChange[],
  reason: string | null = null,
  data?: unknown,
): void {
  appendJournal(ctx.db, {
    at,
    operator: operator.username,
    workstation: ctx.workstation,
    action,
    entity: 'identity',
    entityId: identityId,
    reason,
    changes,
    ...(data === undefined ? {} : { data }),
  });
}

/** Changed fields between two snapshots, as journal changes. */
export function diff<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): JournalChange[] {
  return fields
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

export function requireReason(reason: string | undefined, what: string): string {
  const trimmed = (reason ?? '').trim();
  if (trimmed.length < 3) throw new AppError('validation', `Indiquez le motif ${what} (3 caractères au moins).`, [{ field: 'reason' as never, code: 'required', message: `Motif obligatoire ${what}.` }]);
  return trimmed;
}
