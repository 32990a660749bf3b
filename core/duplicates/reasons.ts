// Reason codes of a duplicate or collision candidate pair: what explains the difference between the two
// records (or what makes them one person), stored in duplicate_pairs.reasons_json, with their French labels.

export const DUPLICATE_REASONS = [
  'same_ins',
  'same_traits',
  'typo',
  'accents',
  'phonetic',
  'used_name_as_birth_name',
  'first_names_subset',
  'first_name_typo',
  'day_month_swapped',
  'date_typo',
  'sex_differs',
  'birthplace_differs',
] as const;

export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

export const DUPLICATE_REASON_LABELS: Record<string, string> = {
  same_ins: 'Même INS',
  same_traits: 'Traits identiques',
  typo: 'Faute de frappe',
  accents: 'Accents perdus',
  phonetic: 'Même prononciation',
  used_name_as_birth_name: 'Nom utilisé saisi comme nom de naissance',
  first_names_subset: 'Prénoms manquants ou en trop',
  first_name_typo: 'Faute de frappe dans le prénom',
  day_month_swapped: 'Jour et mois inversés',
  date_typo: 'Faute de frappe dans la date de naissance',
  sex_differs: 'Sexe différent',
  birthplace_differs: 'Lieu de naissance différent',
} satisfies Record<DuplicateReason, string>;

/** French label of a reason code (an unknown code is shown as is). */
export const duplicateReasonLabel = (code: string): string => DUPLICATE_REASON_LABELS[code] ?? code;
