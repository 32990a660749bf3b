// French labels of places: the département or territory a commune belongs to (as it was on a date), and the
// short label shown in fields (« Ajaccio (2A) », « Allemagne », « INCONNU »).
import type { CogPlace, CogReference } from './model.js';
import { isValidOn } from './model.js';

// Départements whose code was reused after a reorganisation: the name depends on the date.
const FORMER_DEPARTEMENTS: { code: string; name: string; until: string }[] = [
  { code: '20', name: 'Corse', until: '1976-01-01' },
  { code: '75', name: 'Seine', until: '1968-01-01' },
  { code: '78', name: 'Seine-et-Oise', until: '1968-01-01' },
];

export function departementName(ref: CogReference, code: string, dateIso: string | null): string | null {
  const former = FORMER_DEPARTEMENTS.find((d) => d.code === code && (dateIso === null ? !ref.departements.has(code) : dateIso < d.until));
  return former?.name ?? ref.departements.get(code) ?? null;
}

/** Where the place is: « Corse-du-Sud (2A) », « Algérie », « pays », « territoire rattaché à Royaume-Uni ». */
export function contextLabel(ref: CogReference, place: CogPlace, dateIso: string | null): string {
  switch (place.kind) {
    case 'commune':
    case 'arrondissement': {
      const dept = place.context ?? '';
      // Named as on the birth date when the place was valid then; otherwise as today, or as in its own period if extinct.
      const when = dateIso !== null && isValidOn(place, dateIso) ? dateIso : place.validTo === null ? null : place.validFrom;
      const name = departementName(ref, dept, when);
      const where = name ? `${name} (${dept})` : `département ${dept}`;
      return place.kind === 'arrondissement' ? `arrondissement municipal, ${where}` : where;
    }
    case 'commune-outremer':
      return ref.territories.get(place.context ?? '') ?? 'outre-mer';
    case 'pays': {
      const parent = place.context ? countryName(ref, place.context) : null;
      return parent ? `territoire rattaché à : ${parent}` : 'pays';
    }
  }
}

function countryName(ref: CogReference, code: string): string | null {
  const periods = ref.periodsByCode.get(code);
  return periods?.[periods.length - 1]?.name ?? null;
}

/** Field label: « Ajaccio (2A) », « Aïn-Bessem (commune mixte) (Algérie) », « Allemagne ». */
export function shortLabel(ref: CogReference, place: CogPlace): string {
  if (place.kind === 'pays') return place.name;
  if (place.kind === 'commune-outremer') return `${place.name} (${ref.territories.get(place.context ?? '') ?? place.context ?? ''})`;
  return `${place.name} (${place.context ?? ''})`;
}
