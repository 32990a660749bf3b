// checkBirthplace: is a COG code a valid birthplace on a birth date? Malformed and never-existing codes are rejected;
// a code that existed but not on that date gets a warning proposing the code valid then (domain.md §4).
import type { BirthplaceCheck } from '../identity/types.js';
import { codesValidAt, latestPeriod, periodOn, periodsOf } from './history.js';
import { shortLabel } from './labels.js';
import type { CogPlace, CogReference } from './model.js';
import { formatDateFr, isValidOn, UNKNOWN_CODE, UNKNOWN_LABEL } from './model.js';

const COG_SHAPE = /^(?:\d{5}|2[AB]\d{3})$/;

/** Trimmed, upper case: the form codes are compared in. */
export function normalizeCogCode(code: string): string {
  return code.trim().toUpperCase();
}

export function isWellFormedCog(code: string): boolean {
  return COG_SHAPE.test(normalizeCogCode(code));
}

/** The period to name a code by for a date: the one valid then, else the closest in time (the latest without a date). */
export function periodForDate(ref: CogReference, code: string, dateIso: string | null): CogPlace | undefined {
  if (dateIso === null) return latestPeriod(ref, code);
  const at = Date.parse(dateIso);
  const distance = (p: CogPlace): number =>
    p.validFrom > dateIso ? Date.parse(p.validFrom) - at : p.validTo === null ? 0 : at - Date.parse(p.validTo);
  let best: CogPlace | undefined;
  for (const p of periodsOf(ref, code)) {
    if (isValidOn(p, dateIso)) return p;
    if (!best || distance(p) < distance(best)) best = p;
  }
  return best;
}

export function checkBirthplace(ref: CogReference, rawCode: string, birthDateIso: string | null): BirthplaceCheck {
  const code = normalizeCogCode(rawCode);
  if (!COG_SHAPE.test(code)) {
    return {
      status: 'malformed',
      message: `Le code lieu de naissance « ${rawCode.trim()} » n'est pas valide : il doit comporter 5 chiffres (2A ou 2B suivis de 3 chiffres pour la Corse, 99 suivi du code pays pour l'étranger, 99999 si inconnu)`,
    };
  }
  if (code === UNKNOWN_CODE) return { status: 'ok', label: UNKNOWN_LABEL };
  const nearest = periodForDate(ref, code, birthDateIso);
  if (!nearest) return { status: 'unknown_code', message: unknownMessage(ref, code) };
  if (birthDateIso === null) return { status: 'ok', label: shortLabel(ref, nearest) };
  const valid = periodOn(ref, code, birthDateIso);
  if (valid) return { status: 'ok', label: shortLabel(ref, valid) };

  const label = shortLabel(ref, nearest);
  const intro = `Le code ${code} (${nearest.name}) n'était pas en vigueur le ${formatDateFr(birthDateIso)}`;
  const candidates = codesValidAt(ref, code, birthDateIso).flatMap((c) => {
    const p = periodOn(ref, c, birthDateIso);
    return p ? [{ code: c, text: `${c} (${p.name})` }] : [];
  });
  const [only] = candidates;
  if (candidates.length === 1 && only !== undefined) {
    const what = nearest.kind === 'pays' ? 'ce pays' : 'cette commune';
    return { status: 'not_valid_at_date', label, message: `${intro} : le code de ${what} était alors ${only.text}`, suggestedCode: only.code };
  }
  if (candidates.length > 1) {
    const list = candidates.map((c) => c.text).join(', ');
    return { status: 'not_valid_at_date', label, message: `${intro} : le lieu correspondait alors à l'un de ces codes : ${list}`, suggestedCode: null };
  }
  return { status: 'not_valid_at_date', label, message: `${intro} (${periodsText(ref, code)}) : vérifiez le lieu de naissance`, suggestedCode: null };
}

function periodsText(ref: CogReference, code: string): string {
  const spans = periodsOf(ref, code).map((p) =>
    p.validTo === null ? `depuis le ${formatDateFr(p.validFrom)}` : `du ${formatDateFr(p.validFrom)} au ${formatDateFr(p.validTo)}`,
  );
  return `en vigueur ${[...new Set(spans)].join(', ')}`;
}

function unknownMessage(ref: CogReference, code: string): string {
  const base = `Le code ${code} n'existe pas dans le Code officiel géographique`;
  const ext = ref.extensions.get(code);
  // NIR birthplace digits sometimes carry these RNIPP codes; say which COG code the agent meant.
  return ext ? `${base} : c'est un code d'extension RNIPP (${ext.name}), le code officiel est ${ext.code}` : base;
}
