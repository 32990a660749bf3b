// compareBirthplaces: local COG code vs another source's (INSi) for the same person. Codes that denote the same
// place at different times (Corsica 20 → 2A/2B, mergers, communes nouvelles, département changes) are « historique ».
import { normalizeCogCode } from './check.js';
import { describeBirthplace } from './describe.js';
import { explainPath } from './explain.js';
import { historyPath, periodOn } from './history.js';
import type { CogReference } from './model.js';
import { formatDateFr } from './model.js';

export interface BirthplaceComparison {
  verdict: 'identique' | 'historique' | 'different';
  explanation: string;
}

export function compareBirthplaces(ref: CogReference, localCode: string, otherCode: string, birthDateIso: string | null): BirthplaceComparison {
  const local = normalizeCogCode(localCode);
  const other = normalizeCogCode(otherCode);
  const localLabel = describeBirthplace(ref, local, birthDateIso).label;
  if (local === other) return { verdict: 'identique', explanation: `Même lieu de naissance : ${local} ${localLabel}` };

  const path = historyPath(ref, local, other) ?? historyPath(ref, other, local);
  if (path) {
    const validThen = birthDateIso === null ? [] : [local, other].filter((c) => periodOn(ref, c, birthDateIso));
    const on = birthDateIso === null ? '' : `Le ${formatDateFr(birthDateIso)}, `;
    // Before a merger both codes were valid: two distinct communes then, only one of which is the birthplace.
    const atBirth =
      validThen.length === 1 ? ` ${on}le code en vigueur était ${validThen[0]}.`
      : validThen.length === 2 ? ` ${on}les deux codes désignaient des communes distinctes : vérifiez la commune de naissance.`
      : '';
    return { verdict: 'historique', explanation: `Même lieu sous deux codes de dates différentes : ${explainPath(path)}.${atBirth}` };
  }
  const otherLabel = describeBirthplace(ref, other, birthDateIso).label;
  return { verdict: 'different', explanation: `Lieux de naissance différents : ${local} ${localLabel} et ${other} ${otherLabel}` };
}
