// Use case « Vérifier l'INS » (insi.verify): the client's verification with the stored INS and traits.
// Confirmed → INSi+ refreshed. Failed (not found, several, traits or INS changed, other matricule) → INSi+ dropped
// (status downgraded), the retrieval kept as an answer a referent may accept, and the identity queued for review.
// Service unavailable → nothing downgraded. Every wire call and the outcome are journaled.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../core/contract/reply.js';
import { canCallInsi } from '../../../core/identity/status.js';
import { formatDateFr } from '../../../core/identity/birth-date.js';
import { insertInsiAnswer } from '../../../db/repos/insi-answers.js';
import { getIdentity, updateIdentity, type IdentityRecord } from '../../../db/repos/identities.js';
import { getActiveIns } from '../../../db/repos/ins.js';
import { enqueueReview } from '../../../db/repos/review-queue.js';
import type { AppContext } from '../context.js';
import type { SessionOperator } from '../sessions.js';
import { journalIdentity, loadIdentity } from '../use-cases/common.js';
import { derivedStatus, statusFacts } from '../use-cases/status-facts.js';
import type { StoredAnswer } from './answer.js';
import { journalInsiCall } from './journal-call.js';

export type VerifyVerdict = 'confirmed' | 'failed' | 'unavailable';

export interface VerifyResult {
  verdict: VerifyVerdict;
  message: string;
  identity: IdentityRecord;
}

export async function verifyInsi(ctx: AppContext, operator: SessionOperator, identityId: number): Promise<VerifyResult> {
  const before = loadIdentity(ctx, identityId);
  const can = canCallInsi(statusFacts(ctx.db, before));
  if (!can.ok) throw new AppError('validation', `${can.reason}.`);
  const ins = getActiveIns(ctx.db, before.id);
  if (!ins) throw new AppError('validation', "Aucune INS active à vérifier sur cette fiche : récupérez d'abord l'INS auprès d'INSi.");
  if (before.sex !== 'M' && before.sex !== 'F') throw new AppError('validation', 'Sexe indéterminé : INSi ne connaît que M ou F.');
  await ctx.insi.ready();
  const client = ctx.insi.client();
  const callId = randomUUID();
  const callSeqs: number[] = [];
  const outcome = await client.verify(
    { birthName: before.birthName, birthFirstNames: before.birthFirstNames, sex: before.sex, birthDate: before.birthDate, birthplaceCog: before.birthplaceCog, matricule: ins.matricule, oid: ins.oid },
    { onCall: (r) => callSeqs.push(journalInsiCall(ctx, operator, before.id, callId, 'verify', r)) },
  );
  const text = outcome.message ? `${outcome.message.title} : ${outcome.message.text}` : '';
  if (outcome.verdict === 'failed' || outcome.verdict === 'invalid_query') {
    return { verdict: 'unavailable', message: `${text || 'Vérification impossible pour le moment.'} Rien n'a été modifié sur la fiche.`, identity: before };
  }

  const at = ctx.clock.now();
  const confirmed = outcome.verdict === 'verified';
  const identity = ctx.db.transaction(() => {
    const current = loadIdentity(ctx, before.id);
    if (current.version !== before.version) {
      throw new AppError('conflict', "La fiche a été modifiée pendant la vérification INSi : rechargez-la et relancez la vérification.");
    }
    const insiVerifiedAt = confirmed ? at : null;
    const status = derivedStatus(ctx.db, current, { insiVerified: confirmed });
    const after = updateIdentity(ctx.db, current.id, current.version, { insiVerifiedAt, status, updatedAt: at });
    const changes = [
      { field: 'insiVerifiedAt', before: current.insiVerifiedAt, after: insiVerifiedAt },
      ...(status !== current.status ? [{ field: 'status', before: current.status, after: status }] : []),
    ];
    const data = { callId, verdict: outcome.verdict, differences: outcome.judgement?.differences ?? [], endpoint: client.endpoint, environment: client.environment, callSeqs };
    journalIdentity(ctx, operator, at, 'identity.insi_verify', current.id, changes, confirmed ? null : text, data);
    if (!confirmed) {
      const answer: StoredAnswer = {
        individual: outcome.search.individual,
        foundWith: outcome.search.foundWith,
        draft: null,
        callSeqs,
        productionEndpoint: ctx.insi.productionEndpoint(),
        message: outcome.message ? { title: outcome.message.title, text: outcome.message.text } : null,
      };
      insertInsiAnswer(ctx.db, {
        callId, mode: 'verify', identityId: current.id, identityVersion: after.version, outcome: outcome.search.end,
        endpoint: outcome.search.endpoint, environment: outcome.search.environment, answer, operator: operator.username,
        workstation: ctx.workstation, createdAt: at,
      });
      enqueueReview(ctx.db, { identityId: current.id, kind: 'insi_verify_failed', reason: text, data, at, operator: operator.username });
    }
    return getIdentity(ctx.db, current.id)!;
  })();
  return {
    verdict: confirmed ? 'confirmed' : 'failed',
    message: confirmed
      ? `INS confirmée par INSi le ${formatDateFr(at.slice(0, 10))} : matricule et traits inchangés.`
      : `${text} L'identité perd son statut INSi et a été placée dans la file de revue d'un référent en identitovigilance.`,
    identity,
  };
}
