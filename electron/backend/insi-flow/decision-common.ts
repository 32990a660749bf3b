// Checks shared by the decisions on an INSi answer (accept, refuse): the call id exists, no decision was taken
// yet, and for an acceptance the answer is a recent CR 00 from an endpoint this database may take INS from.
import { AppError } from '../../../core/contract/reply.js';
import { getDatabaseMode } from '../../../db/auth/index.js';
import { getInsiAnswer, type InsiAnswerRecord } from '../../../db/repos/insi-answers.js';
import type { AppContext } from '../context.js';
import { ANSWER_VALIDITY_MS, type StoredAnswer } from './answer.js';

const DECISION_LABEL = { accepted: 'acceptée', refused: 'refusée' } as const;

export function openAnswer(ctx: AppContext, callId: string): InsiAnswerRecord<StoredAnswer> {
  const answer = getInsiAnswer<StoredAnswer>(ctx.db, callId);
  if (!answer) throw new AppError('not_found', 'Réponse INSi introuvable : relancez l’interrogation.');
  if (answer.decision) {
    throw new AppError('conflict', `Cette réponse INSi a déjà été ${DECISION_LABEL[answer.decision]} par ${answer.decidedBy ?? 'un opérateur'} : rien n'a été modifié.`);
  }
  return answer;
}

export function assertAcceptable(ctx: AppContext, answer: InsiAnswerRecord<StoredAnswer>): NonNullable<StoredAnswer['individual']> {
  const individual = answer.answer.individual;
  if (answer.outcome !== 'found' || !individual) {
    throw new AppError('validation', 'Seule une réponse INSi « 00 » (une identité unique trouvée) peut être acceptée.');
  }
  if (Date.parse(ctx.clock.now()) - Date.parse(answer.createdAt) > ANSWER_VALIDITY_MS) {
    throw new AppError('validation', 'Cette réponse INSi date de plus d’une heure : relancez l’interrogation avant de l’accepter.');
  }
  if (getDatabaseMode(ctx.db) === 'production' && !answer.answer.productionEndpoint) {
    throw new AppError(
      'forbidden',
      `Cette base est une base de production : elle refuse une INS obtenue auprès d'un service de test (environnement « ${answer.environment} », ${answer.endpoint}).`,
    );
  }
  const t = individual.traits;
  if (t.sex !== 'M' && t.sex !== 'F') throw new AppError('validation', `INSi a renvoyé un sexe inattendu (« ${t.sex} ») : réponse non enregistrable.`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t.birthDate)) throw new AppError('validation', `INSi a renvoyé une date de naissance inattendue (« ${t.birthDate} ») : réponse non enregistrable.`);
  return individual;
}
