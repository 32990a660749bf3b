// « Vérifier » an INS through the same client interface. Design: the real verification operation is not public
// (research §1.8 — its WSDL, action, body and codes are UNCONFIRMED), so a verification is a traits retrieval
// (rechercherInsAvecTraitsIdentite, same strategy) with the stored INSi traits, and it succeeds only if INSi gives
// back the stored matricule, OID and exactly the stored traits (core/insi/verify.ts). Swapping in the official
// operation later changes this module only.
import { judgeVerification, type StoredInsIdentity, type VerificationJudgement, type VerificationVerdict } from '../../../core/insi/verify.js';
import type { TraitsSearchInput } from '../../../core/insi/strategy.js';
import type { InsiMessage } from '../../../core/insi/types.js';
import type { InsiSearchOutcome } from './client.js';

export interface VerificationOutcome {
  verdict: VerificationVerdict | 'not_found' | 'multiple' | 'failed' | 'invalid_query';
  judgement: VerificationJudgement | null;
  /** The retrieval that carried the verification (its calls go to the journal as identity.insi_verify). */
  search: InsiSearchOutcome;
  /** Null when verified. */
  message: InsiMessage | null;
}

const ON_FAILURE = 'Lancez une récupération INSi avec les traits de la fiche ; le résultat sera soumis à un référent.';

export async function verifyIdentity(
  identity: StoredInsIdentity,
  search: (traits: TraitsSearchInput) => Promise<InsiSearchOutcome>,
): Promise<VerificationOutcome> {
  const outcome = await search({
    birthName: identity.birthName,
    birthFirstNames: identity.birthFirstNames,
    sex: identity.sex,
    birthDate: identity.birthDate,
    birthplaceCog: identity.birthplaceCog,
  });
  if (outcome.end !== 'found' || !outcome.individual) {
    const verdict = outcome.end === 'nothing_to_send' ? 'invalid_query' : outcome.end === 'found' ? 'failed' : outcome.end;
    const message =
      verdict === 'not_found' || verdict === 'multiple'
        ? {
            audience: 'agent' as const,
            title: "Vérification de l'INS échouée",
            text: verdict === 'not_found' ? "INSi ne retrouve plus l'identité avec les traits enregistrés." : 'Plusieurs identités INSi correspondent aux traits enregistrés.',
            advice: [ON_FAILURE],
          }
        : outcome.message;
    return { verdict, judgement: null, search: outcome, message };
  }
  const judgement = judgeVerification(identity, outcome.individual);
  return { verdict: judgement.verdict, judgement, search: outcome, message: verdictMessage(judgement) };
}

function verdictMessage(j: VerificationJudgement): InsiMessage | null {
  const list = j.differences.join(', ');
  switch (j.verdict) {
    case 'verified':
      return null;
    case 'traits_changed':
      return {
        audience: 'agent',
        title: 'INS vérifiée, traits modifiés par INSi',
        text: `Le matricule est confirmé mais INSi renvoie des traits différents (${list}).`,
        advice: ['Comparez les traits et acceptez ceux d’INSi s’ils correspondent à la pièce d’identité.'],
      };
    case 'ins_changed':
      return {
        audience: 'agent',
        title: 'Nouveau matricule INS',
        text: "Le matricule enregistré figure dans l'historique INSi : un nouveau matricule actif a été attribué.",
        advice: ['Comparez et acceptez le nouveau matricule renvoyé par INSi.'],
      };
    case 'mismatch':
      return {
        audience: 'agent',
        title: "Vérification de l'INS en échec : matricule différent",
        text: `INSi renvoie un autre matricule que celui enregistré (${list}), absent de son historique.`,
        advice: ['Ne modifiez rien sans un référent en identitovigilance : risque de collision.', ON_FAILURE],
      };
  }
}
