// French messages for every way an INSi search can end, each for the person who can act on it: the agent
// (CR 01 / final 02 advice, service unavailable) or the administrator (IDAM, certificate, address). Seed §3.2:
// « un message adapté et des conseils pour affiner la recherche ou utiliser la carte Vitale ».
import type { CallStatus, InsiFault, InsiMessage } from './types.js';

const ADVICE_SPELLING = "Vérifiez l'orthographe du nom de naissance et des prénoms sur la pièce d'identité (accents, traits d'union, apostrophes, nom composé).";
const ADVICE_ALL_FIRST_NAMES = "Saisissez tous les prénoms de naissance, dans l'ordre de la pièce d'identité.";
const ADVICE_BIRTH_DATE = 'Vérifiez la date de naissance.';
const ADVICE_VITALE = "Utilisez la carte Vitale du patient : l'interrogation par carte Vitale est plus fiable.";
const ADVICE_BIRTHPLACE = 'Renseignez ou vérifiez le lieu de naissance (code COG de la commune à la date de naissance, ou du pays).';

export const NOT_FOUND_MESSAGE: InsiMessage = {
  audience: 'agent',
  title: 'Aucune identité trouvée par INSi',
  text: "Le téléservice INSi n'a trouvé aucune identité correspondant à ces traits. Cela ne prouve pas que le patient n'a pas d'INS.",
  advice: [ADVICE_SPELLING, ADVICE_ALL_FIRST_NAMES, ADVICE_BIRTH_DATE, ADVICE_VITALE],
};

/** Final CR 02: `birthplaceSent` tells whether the refinement with the birthplace was tried; 'vitale' for the card path. */
export function multipleMessage(birthplaceSent: boolean | 'vitale'): InsiMessage {
  return {
    audience: 'agent',
    title: 'Plusieurs identités trouvées par INSi',
    text:
      birthplaceSent === 'vitale'
        ? 'Plusieurs identités correspondent au bénéficiaire choisi sur la carte Vitale : interrogez INSi par les traits de la pièce d’identité.'
        : birthplaceSent
          ? 'Plusieurs identités correspondent à ces traits, même avec le lieu de naissance et tous les prénoms.'
          : "Plusieurs identités correspondent à ces traits et aucun lieu de naissance n'a pu être envoyé pour les départager.",
    advice: [ADVICE_BIRTHPLACE, ADVICE_ALL_FIRST_NAMES, ADVICE_VITALE, ADVICE_BIRTH_DATE],
  };
}

export function invalidQueryMessage(issues: readonly string[]): InsiMessage {
  return {
    audience: 'agent',
    title: 'Interrogation INSi impossible avec ces traits',
    text: "Les traits ne peuvent pas être envoyés au téléservice INSi ; aucun appel n'a été fait.",
    advice: [...issues, 'Corrigez les traits stricts de la fiche puis relancez la recherche.'],
  };
}

const faultRef = (f: InsiFault | null) =>
  f ? ` (code ${[f.subcode, f.detailCode].filter(Boolean).join(' / ') || 'inconnu'})` : '';

/** The message for a search that stopped on a technical failure after its automatic retries. */
export function failureMessage(status: CallStatus, ctx: { fault: InsiFault | null; error: string | null; endpoint: string; timeoutMs: number; tries: number }): InsiMessage {
  const after = ctx.tries > 1 ? ` (${ctx.tries} tentatives)` : '';
  switch (status) {
    case 'fault_unavailable':
      return {
        audience: 'agent',
        title: 'Téléservice INSi temporairement indisponible',
        text: `Le téléservice INSi est temporairement indisponible${after}. Réessayez dans quelques minutes.`,
        advice: ["Si le problème persiste, prévenez votre responsable informatique.", ADVICE_VITALE],
      };
    case 'timeout':
      return {
        audience: 'agent',
        title: "INSi n'a pas répondu à temps",
        text: `Le téléservice INSi n'a pas répondu dans le délai de ${Math.round(ctx.timeoutMs / 1000)} secondes${after}. Réessayez plus tard.`,
        advice: ['Si le problème persiste, prévenez votre responsable informatique.'],
      };
    case 'network':
    case 'http_error':
    case 'malformed':
    case 'unexpected_cr':
      return {
        audience: 'agent',
        title: 'Erreur technique lors de l’appel à INSi',
        text: `L'appel au téléservice INSi a échoué${after} : ${ctx.error ?? 'réponse inattendue'}. Réessayez plus tard.`,
        advice: ['Si le problème persiste, prévenez votre responsable informatique (les trames sont conservées dans le journal).'],
      };
    case 'fault_configuration':
      return configurationMessage(ctx.fault, ctx.endpoint);
    case 'tls':
      return {
        audience: 'administrateur',
        title: 'Connexion sécurisée à INSi impossible',
        text: `La connexion TLS mutuelle au téléservice INSi (${ctx.endpoint}) a échoué : ${ctx.error ?? 'erreur de certificat'}.`,
        advice: ['Vérifiez le certificat logiciel (fichier, mot de passe, date de validité) et les autorités de confiance IGC-Santé dans la configuration INSi.'],
      };
    case 'http_rejected':
      return {
        audience: 'administrateur',
        title: 'Adresse du téléservice INSi refusée',
        text: `Le serveur ${ctx.endpoint} a refusé la requête : ${ctx.error ?? 'erreur HTTP'}.`,
        advice: ["Vérifiez l'adresse (URL) du téléservice INSi dans la configuration."],
      };
    case 'fault_other':
      return {
        audience: 'agent',
        title: 'INSi a renvoyé une erreur',
        text: `${ctx.fault?.detailText ?? ctx.fault?.reason ?? 'Erreur du téléservice INSi'}${faultRef(ctx.fault)}.`,
        advice: ['Si le problème persiste, prévenez votre responsable informatique (les trames sont conservées dans le journal).'],
      };
    default:
      return { audience: 'agent', title: 'Erreur INSi', text: `Statut inattendu : ${status}.`, advice: [] };
  }
}

function configurationMessage(fault: InsiFault | null, endpoint: string): InsiMessage {
  const detail = fault?.detailCode?.toLowerCase();
  const base = { audience: 'administrateur' as const, title: 'Accès au téléservice INSi refusé : configuration à corriger' };
  if (detail === 'desir_560') {
    return {
      ...base,
      text: `Le certificat logiciel présenté n'a pas les droits suffisants pour accéder à INSi${faultRef(fault)}.`,
      advice: ['Le certificat doit être un certificat logiciel de personne morale IGC-Santé dont le nom (CN) est exactement INSI-AUTO ou INSI-MANU.', "Contactez l'administrateur du logiciel ; inutile de réessayer."],
    };
  }
  return {
    ...base,
    text: `L'accès par ce logiciel au téléservice INSi (${endpoint}) n'est pas autorisé${faultRef(fault)} : ${fault?.detailText ?? 'numéro d’autorisation inconnu'}`,
    advice: ["Vérifiez le numéro d'autorisation du logiciel (IDAM), son nom et sa version dans la configuration INSi.", "Contactez l'administrateur du logiciel ; inutile de réessayer."],
  };
}
