// Use case « Refuser la réponse INSi » (insi.refuse): nothing in the identity changes; the decision and its reason
// are journaled (identity.insi_reject) and the answer can no longer be accepted.
import { AppError } from '../../../core/contract/reply.js';
import { appendJournal } from '../../../db/journal/index.js';
import { decideInsiAnswer } from '../../../db/repos/insi-answers.js';
import type { AppContext } from '../context.js';
import type { SessionOperator } from '../sessions.js';
import { openAnswer } from './decision-common.js';

export function refuseInsiAnswer(ctx: AppContext, operator: SessionOperator, input: { callId: string; reason: string }): void {
  const answer = openAnswer(ctx, input.callId);
  const reason = input.reason.trim() || null;
  const at = ctx.clock.now();
  ctx.db.transaction(() => {
    if (!decideInsiAnswer(ctx.db, answer.callId, { decision: 'refused', at, operator: operator.username, resultIdentityId: null })) {
      throw new AppError('conflict', 'Cette réponse INSi a déjà fait l’objet d’une décision.');
    }
    const i = answer.answer.individual;
    appendJournal(ctx.db, {
      at,
      operator: operator.username,
      workstation: ctx.workstation,
      action: 'identity.insi_reject',
      entity: answer.identityId === null ? 'system' : 'identity',
      entityId: answer.identityId,
      reason,
      changes: [],
      data: {
        callId: answer.callId,
        decision: 'refused',
        outcome: answer.outcome,
        endpoint: answer.endpoint,
        environment: answer.environment,
        returned: i ? { matricule: i.active.matricule, oid: i.active.oid, traits: i.traits } : null,
        callSeqs: answer.answer.callSeqs,
      },
    });
  })();
}
