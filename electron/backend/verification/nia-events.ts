// Seed §3.2: an identity whose INS is a NIA is re-verified « à l'occasion d'un nouvel événement ». The events of
// this desk are an opening of the record (identity.get, the admission), an edit (identity.update) and a merge
// into the survivor (duplicates.merge: its traits or its INS may change); each queues
// the identity in verification_requests (once: a pending request stands), and the next batch verifies it. A
// request is not a change of the identity: it is not journaled, but keeps who and when.
import { niaEventQueues } from '../../../core/verification/due.js';
import type { IdentityRecord } from '../../../db/repos/identities.js';
import { getActiveIns } from '../../../db/repos/ins.js';
import { mergedInto, requestVerification, type RequestReason } from '../../../db/verification/index.js';
import type { AppContext } from '../context.js';

/** Queues a NIA identity for re-verification; true when a new request was made. */
export function noteIdentityEvent(ctx: AppContext, identity: IdentityRecord, reason: RequestReason, operator: string): boolean {
  const ins = getActiveIns(ctx.db, identity.id);
  if (!ins) return false;
  const queues = niaEventQueues({
    status: identity.status,
    attributes: identity.attributes,
    sex: identity.sex,
    birthDateCorrected: identity.birthDateCorrected,
    mergedInto: mergedInto(ctx.db, identity.id),
    activeInsOid: ins.oid,
    insiVerifiedAt: identity.insiVerifiedAt,
  });
  return queues && requestVerification(ctx.db, { identityId: identity.id, reason, at: ctx.clock.now(), by: operator });
}
