// An identity absorbed by a merge is read-only: every write on it is refused with where it went.
// Called through use-cases/common.ts loadWritableIdentity by every use case that writes on an identity.
import { AppError } from '../../../core/contract/reply.js';
import { mergedInto } from '../../../db/merge/read.js';
import type { AppContext } from '../context.js';

export function refuseIfMerged(ctx: AppContext, identityId: number): void {
  const into = mergedInto(ctx.db, identityId);
  if (!into) return;
  throw new AppError(
    'validation',
    `Identité fusionnée dans l'IPP ${into.final.ipp} : elle ne se modifie plus. Ouvrez l'identité IPP ${into.final.ipp} (ou faites annuler la fusion par un référent).`,
  );
}
