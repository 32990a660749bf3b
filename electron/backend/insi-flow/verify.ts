// Use case « Vérifier l'INS » (insi.verify, and each item of a re-verification batch): the client's verification
// with the stored INS and traits. Confirmed → INSi+ refreshed. Failed (not found, several, traits or INS changed,
// other matricule) → INSi+ dropped (status downgraded), the retrieval kept as an answer a referent may accept, and
// the identity queued for review. Service unavailable → nothing downgraded. Every wire call and the outcome are
// journaled.
//
// Seed §3.2 « si la vérification échoue, une opération de récupération est lancée en utilisant les informations
// locales »: the verification is carried by a traits retrieval (rechercherInsAvecTraitsIdentite, with the automatic
// retries of the strategy) sent with the record's own strict traits (insi/verify.ts), so on failure that retrieval's
// answer is the one kept in insi_answers (mode 'verify') for the referent's comparison; no second call is needed.
//
// Two steps so that the batch (electron/backend/verification) shares this code path: callVerification() does the
// checks and the wire call (async, outside any transaction); recordVerification() writes the outcome in one
// transaction, which the batch nests in its own to record the item's outcome atomically with the identity change.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../core/contract/reply.js';
import { canCallInsi } from '../../../core/identity/status.js';
import { formatDateFr } from '../../../core/identity/birth-date.js';
import { insertInsiAnswer } from '../../../db/repos/insi-answers.js';
import { getIdentity, updateIdentity, type IdentityRecord } from '../../../db/repos/identities.js';
import { getActiveIns } from '../../../db/repos/ins.js';
import { enqueueReview } from '../../../db/repos/review-queue.js';
import type { VerificationOutcome } from '../insi/index.js';
import type { AppContext } from '../context.js';
import type { SessionOperator } from '../sessions.js';
import { journalIdentity, loadIdentity, loadWritableIdentity } from '../use-cases/common.js';
import { derivedStatus, statusFacts } from '../use-cases/status-facts.js';
import type { StoredAnswer } from './answer.js';
import { journalInsiCall } from './journal-call.js';

export type VerifyVerdict = 'confirmed' | 'failed' | 'unavailable';

export interface VerifyResult {
  verdict: VerifyVerdict;
  message: string;
  identity: IdentityRecord;
  /** The answer kept for the referent (failed only). */
  callId: string | null;
}

/** What one verification call brought back, before anything is written (the wire calls are already journaled). */
export interface VerificationCall {
  before: IdentityRecord;
  callId: string;
  callSeqs: number[];
  outcome: VerificationOutcome;
  endpoint: string;
  environment: string;
}

/** Checks that the identity can be verified (French AppError otherwise). */
export function assertVerifiable(ctx: AppContext, identity: IdentityRecord): void {
  const can = canCallInsi(statusFacts(ctx.db, identity));
  if (!can.ok) throw new AppError('validation', `${can.reason}.`);
  if (!getActiveIns(ctx.db, identity.id)) throw new AppError('validation', "Aucune INS active à vérifier sur cette fiche : récupérez d'abord l'INS auprès d'INSi.");
  if (identity.sex !== 'M' && identity.sex !== 'F') throw new AppError('validation', 'Sexe indéterminé : INSi ne connaît que M ou F.');
}

export interface CallOptions {
  /** Runs each wire call's journal write; the batch queues it into its group commit. Default: at once. */
  journalWrite?: (write: () => void) => void;
}

export async function callVerification(ctx: AppContext, operator: SessionOperator, identityId: number, opts: CallOptions = {}): Promise<VerificationCall> {
  const before = loadWritableIdentity(ctx, identityId);
  assertVerifiable(ctx, before);
  const ins = getActiveIns(ctx.db, before.id)!;
  await ctx.insi.ready();
  const client = ctx.insi.client();
  const callId = randomUUID();
  const callSeqs: number[] = [];
  const outcome = await client.verify(
    { birthName: before.birthName, birthFirstNames: before.birthFirstNames, sex: before.sex as 'M' | 'F', birthDate: before.birthDate, birthplaceCog: before.birthplaceCog, matricule: ins.matricule, oid: ins.oid },
    {
      onCall: (r) => {
        const write = () => void callSeqs.push(journalInsiCall(ctx, operator, before.id, callId, 'verify', r));
        if (opts.journalWrite) opts.journalWrite(write);
        else write();
      },
    },
  );
  return { before, callId, callSeqs, outcome, endpoint: client.endpoint, environment: client.environment };
}

const outcomeText = (o: VerificationOutcome) => (o.message ? `${o.message.title} : ${o.message.text}` : '');

/** The service could not answer (fault, timeout, unusable query): nothing is written. */
export const isUnavailable = (call: VerificationCall) => call.outcome.verdict === 'failed' || call.outcome.verdict === 'invalid_query';

/** Writes the outcome of a verification call in one transaction (nestable). Unavailable → nothing written. */
export function recordVerification(ctx: AppContext, operator: SessionOperator, call: VerificationCall): VerifyResult {
  const { before, outcome, callId, callSeqs } = call;
  const text = outcomeText(outcome);
  if (isUnavailable(call)) {
    return { verdict: 'unavailable', message: `${text || 'Vérification impossible pour le moment.'} Rien n'a été modifié sur la fiche.`, identity: before, callId: null };
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
    const data = { callId, verdict: outcome.verdict, differences: outcome.judgement?.differences ?? [], endpoint: call.endpoint, environment: call.environment, callSeqs };
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
    callId: confirmed ? null : callId,
  };
}

export async function verifyInsi(ctx: AppContext, operator: SessionOperator, identityId: number): Promise<VerifyResult> {
  return recordVerification(ctx, operator, await callVerification(ctx, operator, identityId));
}
