// Pure rules of a merge (domain.md §8): which value of each trait the survivor keeps (chosen field by
// field), whether the result still carries INSi+ (domain.md §5: only traits exactly as an INSi
// retrieval accepted them do), and what happens to the absorbed record's INS (two different INS refuse
// the merge; the absorbed's INS moves to a survivor that has none).
import { isFirstBirthNameCoherent } from '../identity/first-names.js';
import type { StrictTraits } from '../identity/types.js';

export const STRICT_MERGE_FIELDS = ['birthName', 'birthFirstNames', 'firstBirthName', 'sex', 'birthDate', 'birthplaceCog'] as const;
export const MERGE_FIELDS = [...STRICT_MERGE_FIELDS, 'usedName', 'usedFirstName'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeSide = 'survivor' | 'absorbed';
export type MergeChoices = Record<MergeField, MergeSide>;

export const KEEP_SURVIVOR: MergeChoices = Object.fromEntries(MERGE_FIELDS.map((f) => [f, 'survivor'])) as MergeChoices;

export type TraitsSource = 'saisie' | 'import' | 'insi';

/** The traits a merge decides: the strict traits, the used names and the INSi provenance. */
export interface MergedTraits extends StrictTraits {
  birthplaceFromInsi: boolean;
  usedName: string | null;
  usedFirstName: string | null;
  traitsSource: TraitsSource;
  insiVerifiedAt: string | null;
}

/** One record as the merge sees it. */
export interface MergeParty extends MergedTraits {
  ipp: string;
  /** Matricule of the active INS, or null. */
  activeMatricule: string | null;
}

/**
 * What becomes of the absorbed record's active INS: `none` (it has none), `move` (to a survivor without
 * one), `retire` (the survivor holds the same INS: the absorbed's copy is made inactive).
 */
export type InsMove = 'none' | 'move' | 'retire';

export type MergePlan = { ok: true; traits: MergedTraits; ins: InsMove } | { ok: false; message: string };

const sameStrictTraits = (a: MergedTraits | MergeParty, b: MergedTraits | MergeParty) =>
  a.birthName === b.birthName &&
  a.birthFirstNames === b.birthFirstNames &&
  a.firstBirthName === b.firstBirthName &&
  a.sex === b.sex &&
  a.birthDate === b.birthDate &&
  a.birthDateCorrected === b.birthDateCorrected &&
  a.birthplaceCog === b.birthplaceCog;

export function planMerge(survivor: MergeParty, absorbed: MergeParty, choices: MergeChoices): MergePlan {
  const s = survivor.activeMatricule;
  const a = absorbed.activeMatricule;
  if (s !== null && a !== null && s !== a) {
    return {
      ok: false,
      message:
        `Fusion refusée : l'IPP ${survivor.ipp} et l'IPP ${absorbed.ipp} portent deux INS différentes. ` +
        "Une INS désigne une seule personne : ce sont deux personnes distinctes, ou l'une des INS est erronée (vérifiez-la auprès d'INSi).",
    };
  }
  const pick = <F extends MergeField>(field: F) => (choices[field] === 'absorbed' ? absorbed : survivor)[field];
  const dateFrom = choices.birthDate === 'absorbed' ? absorbed : survivor;
  const placeFrom = choices.birthplaceCog === 'absorbed' ? absorbed : survivor;
  const values = {
    birthName: pick('birthName'),
    birthFirstNames: pick('birthFirstNames'),
    firstBirthName: pick('firstBirthName'),
    sex: pick('sex'),
    birthDate: dateFrom.birthDate,
    birthDateCorrected: dateFrom.birthDateCorrected,
    birthplaceCog: placeFrom.birthplaceCog,
    birthplaceFromInsi: placeFrom.birthplaceFromInsi,
    usedName: pick('usedName'),
    usedFirstName: pick('usedFirstName'),
  };
  if (!isFirstBirthNameCoherent(values.birthFirstNames, values.firstBirthName)) {
    return {
      ok: false,
      message:
        `Le premier prénom de naissance retenu (« ${values.firstBirthName} ») n'est pas en tête des prénoms de naissance retenus ` +
        `(« ${values.birthFirstNames} ») : retenez ces deux traits sur la même identité.`,
    };
  }
  const ins: InsMove = a === null ? 'none' : s === null ? 'move' : 'retire';
  const insiOf = (p: MergeParty) => ({ traitsSource: p.traitsSource, insiVerifiedAt: p.insiVerifiedAt });
  // INSi+ survives only for traits exactly as an INSi answer gave them, with that INS on the survivor.
  const keepsSurvivors = sameStrictTraits({ ...values, ...insiOf(survivor) }, survivor) && survivor.insiVerifiedAt !== null;
  const takesAbsorbeds = sameStrictTraits({ ...values, ...insiOf(absorbed) }, absorbed) && absorbed.insiVerifiedAt !== null && a !== null;
  const unchanged = sameStrictTraits({ ...values, ...insiOf(survivor) }, survivor);
  const insi = keepsSurvivors
    ? insiOf(survivor)
    : takesAbsorbeds
      ? insiOf(absorbed)
      : unchanged
        ? insiOf(survivor)
        : { traitsSource: 'saisie' as const, insiVerifiedAt: null };
  return { ok: true, traits: { ...values, ...insi }, ins };
}

/** The strict fields whose chosen value differs from the survivor's own (what the merge edits). */
export function editedStrictFields(survivor: MergeParty, absorbed: MergeParty, choices: MergeChoices): MergeField[] {
  return STRICT_MERGE_FIELDS.filter((f) => choices[f] === 'absorbed' && absorbed[f] !== survivor[f]);
}
