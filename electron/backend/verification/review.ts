// Use cases of the review queue of failed verifications (referent): the open items with the identity and the INSi
// retrieval made with the local traits compared field by field (insi-flow/outcome-view.ts, the agent's comparison),
// a fresh retrieval when the stored one is too old, and the decision: accept INSi's identity (insi.accept's rules:
// CR 00, answer still valid, version checked) or keep the local identity with a reason. The item is closed in the
// same transaction as the decision, journaled as identity.review_resolve.
import type { z } from 'zod';
import type { ReviewItemSchema } from '../../../core/contract/channels-verification.js';
import { AppError } from '../../../core/contract/reply.js';
import { canCallInsi } from '../../../core/identity/status.js';
import type { InsiCallRecord } from '../../../core/insi/types.js';
import { journalData } from '../../../db/journal/read.js';
import { getActiveIns } from '../../../db/repos/ins.js';
import type { InsiAnswerRecord } from '../../../db/repos/insi-answers.js';
import { closeReview, type ReviewItem } from '../../../db/repos/review-queue.js';
import { countOpenVerificationReviews, getVerificationReview, latestAnswerSince, openVerificationReviews } from '../../../db/verification/index.js';
import type { AppContext } from '../context.js';
import { acceptInsiAnswer } from '../insi-flow/accept.js';
import { ANSWER_VALIDITY_MS, type StoredAnswer } from '../insi-flow/answer.js';
import { comparisonView, returnedView, sentSummary, type InsiOutcomeView } from '../insi-flow/outcome-view.js';
import { searchInsi } from '../insi-flow/search.js';
import type { SessionOperator } from '../sessions.js';
import { journalIdentity, loadIdentity } from '../use-cases/common.js';
import { statusFacts } from '../use-cases/status-facts.js';

type ReviewView = z.output<typeof ReviewItemSchema>;

/** The wire calls of an answer, read back from their journal entries (what was sent, what came back). */
function attempts(ctx: AppContext, answer: InsiAnswerRecord<StoredAnswer>): InsiOutcomeView['attempts'] {
  return answer.answer.callSeqs.flatMap((seq) => {
    const d = journalData(ctx.db, seq) as Partial<InsiCallRecord> & { cr?: string | null; purpose?: string } | undefined;
    if (!d?.sent) return [];
    return [
      {
        reason: d.purpose === 'verify' ? 'Vérification : récupération par les traits de la fiche' : 'Récupération par les traits de la fiche',
        sent: sentSummary(d.sent),
        result: d.cr ?? (d.fault ? [d.fault.subcode, d.fault.detailCode].filter(Boolean).join(' / ') || 'erreur SOAP' : String(d.status ?? '')),
        durationMs: Math.round(d.durationMs ?? 0),
      },
    ];
  });
}

function outcomeView(ctx: AppContext, answer: InsiAnswerRecord<StoredAnswer>, identityId: number): InsiOutcomeView {
  const identity = loadIdentity(ctx, identityId);
  const i = answer.answer.individual;
  const local = { ...identity, matricule: getActiveIns(ctx.db, identity.id)?.matricule ?? null };
  const m = answer.answer.message;
  return {
    callId: answer.callId,
    outcome: answer.outcome as InsiOutcomeView['outcome'],
    message: m ? { audience: 'agent', title: m.title, text: m.text, advice: [] } : null,
    attempts: attempts(ctx, answer),
    returned: i ? returnedView(ctx, i) : null,
    comparison: i ? comparisonView(ctx, local, i) : null,
    warnings: [],
    identityId: answer.identityId,
    identityVersion: answer.identityVersion,
    environment: answer.environment,
  };
}

function whyNotAcceptable(ctx: AppContext, answer: InsiAnswerRecord<StoredAnswer> | null, identityVersion: number, facts: ReturnType<typeof statusFacts>): string | null {
  if (!answer) return "La réponse INSi n'a pas été conservée : relancez la récupération INSi.";
  if (answer.decision) return 'Cette réponse INSi a déjà fait l’objet d’une décision.';
  if (answer.outcome !== 'found' || !answer.answer.individual) return "INSi n'a pas renvoyé une identité unique : rien à accepter. Conservez l'identité locale ou relancez la récupération après correction des traits.";
  const can = canCallInsi(facts);
  if (!can.ok) return `${can.reason}.`;
  if (answer.identityVersion !== identityVersion) return "La fiche a été modifiée depuis la récupération INSi : relancez la récupération avant d'accepter.";
  if (Date.parse(ctx.clock.now()) - Date.parse(answer.createdAt) > ANSWER_VALIDITY_MS) return "La réponse INSi date de plus d'une heure : relancez la récupération avant d'accepter.";
  return null;
}

function itemView(ctx: AppContext, item: ReviewItem): ReviewView {
  const identity = loadIdentity(ctx, item.identityId);
  const answer = latestAnswerSince<StoredAnswer>(ctx.db, item.identityId, item.createdAt);
  const notAcceptable = whyNotAcceptable(ctx, answer, identity.version, statusFacts(ctx.db, identity));
  return {
    id: item.id,
    identityId: identity.id,
    ipp: identity.ipp,
    birthName: identity.birthName,
    birthFirstNames: identity.birthFirstNames,
    sex: identity.sex,
    birthDate: identity.birthDate,
    status: identity.status,
    identityVersion: identity.version,
    createdAt: item.createdAt,
    createdBy: item.createdBy,
    reason: item.reason,
    outcome: answer ? outcomeView(ctx, answer, identity.id) : null,
    acceptable: notAcceptable === null,
    notAcceptableReason: notAcceptable,
  };
}

export function listReviews(ctx: AppContext, limit = 100, offset = 0): { items: ReviewView[]; total: number } {
  return { items: openVerificationReviews(ctx.db, limit, offset).map((item) => itemView(ctx, item)), total: countOpenVerificationReviews(ctx.db) };
}

function openItem(ctx: AppContext, id: number): ReviewItem {
  const item = getVerificationReview(ctx.db, id);
  if (!item) throw new AppError('not_found', `Aucun élément n° ${id} dans la file de revue.`);
  if (item.status !== 'open') throw new AppError('conflict', `Cet élément de la file de revue a déjà été traité par ${item.closedBy ?? 'un référent'}.`);
  return item;
}

/** « Relancer la récupération INSi »: a new traits retrieval with the record's current traits. */
export async function refreshReview(ctx: AppContext, operator: SessionOperator, id: number): Promise<ReviewView> {
  const item = openItem(ctx, id);
  await searchInsi(ctx, operator, { mode: 'traits', identityId: item.identityId, draft: null, cardId: null, beneficiaryIndex: null });
  return itemView(ctx, openItem(ctx, id));
}

export type ResolveInput =
  | { decision: 'accept_insi'; id: number; version: number; acceptUnknownBirthplace?: boolean | undefined }
  | { decision: 'keep_local'; id: number; reason: string };

export function resolveReview(ctx: AppContext, operator: SessionOperator, input: ResolveInput): { closed: number; message: string } {
  const item = openItem(ctx, input.id);
  const at = ctx.clock.now();
  if (input.decision === 'keep_local') {
    const reason = input.reason.trim();
    if (reason.length < 3) throw new AppError('validation', "Indiquez le motif de conservation de l'identité locale (3 caractères au moins).");
    ctx.db.transaction(() => {
      if (!closeReview(ctx.db, item.id, { at, operator: operator.username, resolution: 'keep_local' })) throw new AppError('conflict', 'Cet élément vient d’être traité par un autre référent.');
      journalIdentity(ctx, operator, at, 'identity.review_resolve', item.identityId, [], reason, { reviewId: item.id, decision: 'keep_local' });
    })();
    return { closed: item.id, message: "Identité locale conservée : l'élément est retiré de la file de revue." };
  }
  const answer = latestAnswerSince<StoredAnswer>(ctx.db, item.identityId, item.createdAt);
  const identity = loadIdentity(ctx, item.identityId);
  const why = whyNotAcceptable(ctx, answer, identity.version, statusFacts(ctx.db, identity));
  if (why !== null || !answer) throw new AppError('validation', why ?? 'Réponse INSi introuvable.');
  ctx.db.transaction(() => {
    acceptInsiAnswer(ctx, operator, { callId: answer.callId, version: input.version, acceptUnknownBirthplace: input.acceptUnknownBirthplace ?? false, documentCheck: null });
    if (!closeReview(ctx.db, item.id, { at, operator: operator.username, resolution: 'accept_insi' })) throw new AppError('conflict', 'Cet élément vient d’être traité par un autre référent.');
    journalIdentity(ctx, operator, at, 'identity.review_resolve', item.identityId, [], null, { reviewId: item.id, decision: 'accept_insi', callId: answer.callId });
  })();
  return { closed: item.id, message: "Identité INSi acceptée : traits et INS mis à jour, l'élément est retiré de la file de revue." };
}
