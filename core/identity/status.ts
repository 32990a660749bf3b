// Identity status derivation and the RNIV rules around it, domain.md §5: status = f(INSi+, IV+), forced to
// provisoire by douteuse/fictive; a corrected birth date or sex I ignores INSi+ (never récupérée/qualifiée).
// Status is never typed in: these functions are the only place it is decided.
import type { IdentityAttribute, IdentityStatus, StatusFacts } from './types.js';

const isBlockedByAttribute = (facts: StatusFacts) =>
  facts.attributes.includes('douteuse') || facts.attributes.includes('fictive');

/** INSi+ that counts: a corrected date or an indeterminate sex cannot carry an INS. */
const insiCounts = (facts: StatusFacts) => facts.insiVerified && !facts.birthDateCorrected && facts.sex !== 'I';

export function deriveStatus(facts: StatusFacts): IdentityStatus {
  if (isBlockedByAttribute(facts)) return 'provisoire';
  const insi = insiCounts(facts);
  if (facts.documentChecked) return insi ? 'qualifiee' : 'validee';
  return insi ? 'recuperee' : 'provisoire';
}

/** What is missing to reach qualifiée, as French sentences for the status tooltip; empty when qualifiée. */
export function missingForQualified(facts: StatusFacts): string[] {
  const permanent: string[] = [];
  if (facts.birthDateCorrected) {
    permanent.push('Date de naissance corrigée : une identité avec une date corrigée ne peut pas être qualifiée');
  }
  if (facts.sex === 'I') {
    permanent.push("Sexe indéterminé : l'INS ne connaît que M ou F, une identité de sexe indéterminé ne peut pas être qualifiée");
  }
  // Nothing the agent does can qualify such an identity: listing INSi or a document would mislead.
  if (permanent.length > 0) return permanent;

  const steps: string[] = [];
  if (facts.attributes.includes('douteuse')) steps.push("Retirer l'attribut « douteuse » après levée du doute");
  if (facts.attributes.includes('fictive')) {
    steps.push("Retirer l'attribut « fictive » : une identité fictive ne peut pas être qualifiée");
  }
  // Setting douteuse/fictive invalidates the stored INS: once lifted, a new INSi retrieval is needed.
  if (!facts.insiVerified || isBlockedByAttribute(facts)) steps.push("Récupérer l'INS via le téléservice INSi (carte Vitale ou traits)");
  if (!facts.documentChecked) steps.push("Contrôler une pièce d'identité à haut niveau de confiance");
  return steps;
}

/** Why `adding` cannot join `current`, or null. Douteuse and fictive exclude each other; homonyme goes with any. */
export function attributeConflict(current: readonly IdentityAttribute[], adding: IdentityAttribute): string | null {
  if (adding === 'douteuse' && current.includes('fictive')) {
    return "Une identité fictive ne peut pas être aussi douteuse : retirez d'abord l'attribut « fictive »";
  }
  if (adding === 'fictive' && current.includes('douteuse')) {
    return "Une identité douteuse ne peut pas être aussi fictive : retirez d'abord l'attribut « douteuse »";
  }
  return null;
}

/** Strict traits are locked once the identity is past provisoire; unlocking needs a reason. */
export function traitsLocked(status: IdentityStatus): boolean {
  return status !== 'provisoire';
}

/** Facts after a strict trait was edited: INSi+ is lost (qualifiée → validée, récupérée → provisoire). */
export function afterStrictTraitEdit(facts: StatusFacts): StatusFacts {
  return { ...facts, insiVerified: false };
}

/** Whether the INSi teleservice may be called for this identity (RNIV [EXI SI 09]). */
export function canCallInsi(facts: StatusFacts): { ok: true } | { ok: false; reason: string } {
  if (facts.attributes.includes('douteuse')) {
    return { ok: false, reason: "Appel INSi impossible : l'identité est douteuse. Levez le doute et retirez l'attribut d'abord" };
  }
  if (facts.attributes.includes('fictive')) {
    return { ok: false, reason: "Appel INSi impossible : l'identité est fictive" };
  }
  return { ok: true };
}
