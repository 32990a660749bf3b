// describeBirthplace: the label of a COG code as it was on the birth date, and today's name of the same place
// when it changed (rename, merger, Corsica 20 → 2A/2B), in the BirthplaceSchema shape the UI receives.
import { normalizeCogCode, periodForDate } from './check.js';
import { codesValidAt, latestPeriod, periodsOf } from './history.js';
import { shortLabel } from './labels.js';
import type { CogPlace, CogReference } from './model.js';
import { UNKNOWN_CODE, UNKNOWN_LABEL } from './model.js';

export interface BirthplaceDescription {
  code: string;
  label: string;
  currentLabel: string | null;
  kind: 'commune' | 'pays' | 'inconnu' | 'hors-referentiel';
}

// Any date after the vintage: what is valid then is what is valid today.
const TODAY_OR_LATER = '9999-12-31';

export function describeBirthplace(ref: CogReference, rawCode: string, birthDateIso: string | null): BirthplaceDescription {
  const code = normalizeCogCode(rawCode);
  if (code === UNKNOWN_CODE) return { code, label: UNKNOWN_LABEL, currentLabel: null, kind: 'inconnu' };
  const at = periodForDate(ref, code, birthDateIso);
  if (!at) return { code, label: `Code hors référentiel (${code})`, currentLabel: null, kind: 'hors-referentiel' };
  const label = shortLabel(ref, at);
  const today = currentOf(ref, at);
  const currentLabel = today && shortLabel(ref, today) !== label ? shortLabel(ref, today) : null;
  return { code, label, currentLabel, kind: at.kind === 'pays' ? 'pays' : 'commune' };
}

/** Today's state of the place a period denotes: the same code still valid, else the code(s) it became. */
export function currentOf(ref: CogReference, place: CogPlace): CogPlace | null {
  const latest = latestPeriod(ref, place.code);
  // A code reused for another place (Algerian 91xxx then Essonne) is not the same place: require kind or name continuity.
  if (latest && latest.validTo === null && (latest.kind === place.kind || latest.nameKey === place.nameKey)) return latest;
  const successors = codesValidAt(ref, place.code, TODAY_OR_LATER);
  const [only] = successors;
  if (successors.length !== 1 || only === undefined) return null;
  return periodsOf(ref, only).find((p) => p.validTo === null) ?? null;
}
