// Journal action codes (`entity.verb_noun`, snake_case) and their French labels for the history view.
// Add a code here before journaling a new kind of event; the label map is exhaustive by type.
export const JOURNAL_ACTIONS = [
  'identity.create',
  'identity.import',
  'identity.update',
  'identity.traits_unlock',
  'identity.status_change',
  'identity.document_check',
  'identity.document_check_withdraw',
  'identity.attribute_set',
  'identity.attribute_remove',
  'identity.insi_call',
  'identity.insi_accept',
  'identity.insi_reject',
  'identity.insi_verify',
  'identity.review_resolve',
  'identity.ins_invalidate',
  'identity.merge',
  'identity.merged_into',
  'identity.merge_undo',
  'identity.duplicate_distinct',
  'identity.export',
  'operator.create',
  'operator.update',
  'operator.deactivate',
  'operator.login',
  'operator.login_failed',
  'operator.logout',
  'system.init',
  'system.mode_set',
  'system.import',
  'system.journal_verify',
  'system.verification_run',
  'system.journal_export',
  'system.duplicate_scan',
] as const;
export type JournalAction = (typeof JOURNAL_ACTIONS)[number];

export const isJournalAction = (s: string): s is JournalAction => (JOURNAL_ACTIONS as readonly string[]).includes(s);

const LABELS: Record<JournalAction, string | ((data: unknown) => string)> = {
  'identity.create': "Création de l'identité",
  'identity.import': "Création de l'identité par import",
  'identity.update': 'Modification des traits',
  'identity.traits_unlock': 'Déverrouillage des traits stricts',
  'identity.status_change': 'Changement de statut',
  'identity.document_check': "Contrôle de pièce d'identité",
  'identity.document_check_withdraw': "Retrait du contrôle de pièce d'identité",
  'identity.attribute_set': (d) => attributeLabel(d, 'posé'),
  'identity.attribute_remove': (d) => attributeLabel(d, 'retiré'),
  'identity.insi_call': 'Appel au téléservice INSi',
  'identity.insi_accept': 'Identité INSi acceptée',
  'identity.insi_reject': 'Réponse INSi refusée',
  'identity.insi_verify': "Vérification de l'INS auprès d'INSi",
  'identity.review_resolve': (d) => reviewLabel(d),
  'identity.ins_invalidate': 'INS invalidée',
  'identity.merge': "Fusion d'identités",
  'identity.merged_into': "Identité fusionnée dans une autre (IPP conservé en alias)",
  'identity.merge_undo': "Annulation d'une fusion",
  'identity.duplicate_distinct': 'Doublon potentiel écarté : personnes distinctes',
  'identity.export': "Export de l'identité",
  'operator.create': 'Création du compte opérateur',
  'operator.update': 'Modification du compte opérateur',
  'operator.deactivate': 'Désactivation du compte opérateur',
  'operator.login': 'Connexion',
  'operator.login_failed': 'Échec de connexion',
  'operator.logout': 'Déconnexion',
  'system.init': 'Initialisation de la base',
  'system.mode_set': 'Mode de la base défini',
  'system.import': 'Import en masse',
  'system.journal_verify': 'Vérification du journal',
  'system.verification_run': (d) => runLabel(d),
  'system.duplicate_scan': 'Recherche des doublons potentiels',
  'system.journal_export': 'Export du journal pour audit',
};

/** Re-verification batch events (electron/backend/verification). */
function runLabel(data: unknown): string {
  const event = typeof data === 'object' && data !== null ? (data as { event?: unknown }).event : undefined;
  const words: Record<string, string> = { start: 'lancée', resume: 'reprise', pause: 'mise en pause', cancel: 'annulée', done: 'terminée' };
  return `Vérification INSi périodique ${typeof event === 'string' && words[event] ? words[event] : ''}`.trim();
}

function reviewLabel(data: unknown): string {
  const decision = typeof data === 'object' && data !== null ? (data as { decision?: unknown }).decision : undefined;
  return decision === 'keep_local' ? 'File de revue : identité locale conservée' : 'File de revue : identité INSi acceptée';
}

function attributeLabel(data: unknown, verb: string): string {
  const attr = typeof data === 'object' && data !== null ? (data as { attribute?: unknown }).attribute : undefined;
  return typeof attr === 'string' ? `Attribut « ${attr} » ${verb}` : `Attribut ${verb}`;
}

/** French label of an action; `data` is the entry's free data (e.g. `{ attribute: 'douteuse' }`). */
export function journalLabel(action: string, data?: unknown): string {
  if (!isJournalAction(action)) return `Opération « ${action} »`;
  const l = LABELS[action];
  return typeof l === 'function' ? l(data) : l;
}
