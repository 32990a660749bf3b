// Which journal actions count as which kind of desk activity, per operator and per workstation.
export const ACTIVITY_KINDS = ['creations', 'edits', 'insiCalls', 'documentChecks', 'verifications'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_LABELS: Record<ActivityKind, string> = {
  creations: 'Créations',
  edits: 'Modifications',
  insiCalls: 'Appels INSi',
  documentChecks: 'Contrôles de pièce',
  verifications: 'Vérifications INS',
};

const BY_ACTION: Record<string, ActivityKind> = {
  'identity.create': 'creations',
  'identity.import': 'creations',
  'identity.update': 'edits',
  'identity.traits_unlock': 'edits',
  'identity.status_change': 'edits',
  'identity.attribute_set': 'edits',
  'identity.attribute_remove': 'edits',
  'identity.document_check_withdraw': 'edits',
  'identity.insi_accept': 'edits',
  'identity.insi_call': 'insiCalls',
  'identity.document_check': 'documentChecks',
  'identity.insi_verify': 'verifications',
};

export const activityKindOf = (action: string): ActivityKind | null => BY_ACTION[action] ?? null;

export type ActivityCounts = Record<ActivityKind, number>;
export const emptyActivity = (): ActivityCounts => ({ creations: 0, edits: 0, insiCalls: 0, documentChecks: 0, verifications: 0 });
