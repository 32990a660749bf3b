// Refuses, before any call, traits INSi cannot receive (CNDA test 2.03 cas 3: no call with Æ, Œ or ’): upper-case
// A–Z with space, hyphen (or double hyphen) and apostrophe separators, sex M/F, a real calendar date, a 5-char COG.
// The agent-facing normalisation is core/identity; this is the last gate in front of the wire.
import type { TraitsQuery, VitaleQuery } from './types.js';

const NAME = /^[A-Z]+(?:(?:-{1,2}|[' ])[A-Z]+)*$/;
const FIRST_NAMES = /^[A-Z]+(?:(?:-|[' ])[A-Z]+)*$/;
const COG = /^(?:\d{5}|2[AB]\d{3})$/;
const NIR13 = /^\d{6}[AB0-9]\d{6}$/;

function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === iso;
}

function firstBad(value: string): string | null {
  const bad = [...value].find((c) => !/[A-Z '-]/.test(c));
  return bad ?? null;
}

/** French problems that prevent the call; empty when the query can be sent. */
export function checkTraitsQuery(q: TraitsQuery): string[] {
  const issues: string[] = [];
  const name = (value: string, label: string, shape: RegExp) => {
    if (value === '') return issues.push(`${label} est vide`);
    const bad = firstBad(value);
    if (bad !== null) return issues.push(`${label} contient le caractère « ${bad} », que le téléservice INSi n'accepte pas`);
    if (!shape.test(value)) issues.push(`${label} « ${value} » n'a pas une forme acceptée par INSi (séparateurs en tête, en fin ou doublés)`);
    return issues.length;
  };
  name(q.birthName, 'Le nom de naissance', NAME);
  name(q.firstName, 'Le prénom envoyé', FIRST_NAMES);
  if (q.sex !== 'M' && q.sex !== 'F') issues.push('Le sexe doit être M ou F pour interroger INSi');
  if (!isCalendarDate(q.birthDate)) issues.push(`La date de naissance « ${q.birthDate} » n'est pas une date complète et réelle`);
  if (q.birthplaceCog && !COG.test(q.birthplaceCog)) issues.push(`Le code lieu de naissance « ${q.birthplaceCog} » n'est pas un code COG à 5 caractères`);
  return issues;
}

export function checkVitaleQuery(q: VitaleQuery): string[] {
  const issues: string[] = [];
  if (!NIR13.test(q.insuredNir.num)) issues.push("Le numéro de l'assuré lu sur la carte Vitale n'a pas 13 caractères valides");
  if (q.beneficiaryNir && !NIR13.test(q.beneficiaryNir.num)) issues.push('Le numéro du bénéficiaire lu sur la carte Vitale est invalide');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(q.birthDate)) issues.push(`La date de naissance de la carte « ${q.birthDate} » est illisible`);
  if (!Number.isInteger(q.birthRank) || q.birthRank < 1) issues.push('Le rang de naissance doit être un entier positif');
  return issues;
}
