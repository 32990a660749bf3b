// INS matricule (NIR or NIA, 13 characters + 2-digit key), domain.md §1 and research §6: key computation
// (97 − N mod 97, Corsica 2A→19, 2B→18), validation with specific French messages, display formats,
// and the OID of the assigning authority.

export type MatriculeKind = 'NIR' | 'NIA' | 'AUTRE';
export type OidKind = 'NIR' | 'NIA' | 'TEST' | 'DEMO' | 'AUTRE';

export const INS_OIDS = {
  NIR: '1.2.250.1.213.1.4.8',
  NIA: '1.2.250.1.213.1.4.9',
  TEST: '1.2.250.1.213.1.4.10',
  DEMO: '1.2.250.1.213.1.4.11',
} as const;

const BODY = /^[0-9]{5}(?:[0-9]{2}|2A|2B)[0-9]{6}$/;

/** Key of a 13-character body (upper case; 2A/2B only as the département). Throws on another shape. */
export function nirKey(body13: string): number {
  if (!BODY.test(body13)) throw new RangeError(`Corps de matricule invalide : « ${body13} »`);
  const dept = body13.slice(5, 7);
  const numeric = body13.slice(0, 5) + (dept === '2A' ? '19' : dept === '2B' ? '18' : dept) + body13.slice(7);
  // 13 digits stay below 2^53: the number is exact, and so is its remainder.
  return 97 - (Number(numeric) % 97);
}

export type MatriculeCheck =
  | { ok: true; matricule: string; kind: MatriculeKind }
  | { ok: false; code: string; message: string };

const fail = (code: string, message: string): MatriculeCheck => ({ ok: false, code, message });
const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Validates a typed INS matricule (spaces ignored, case-insensitive). The digits cannot tell a NIR from
 * a NIA (same format; only the OID does), so `kind` comes from `oid` when given, else 'AUTRE'.
 */
export function checkInsMatricule(raw: string, oid?: string | null): MatriculeCheck {
  const m = raw.replace(/\s+/g, '').toUpperCase();
  if (m === '') return fail('required', 'Le matricule INS est vide');
  const bad = /[^0-9AB]/u.exec(m)?.[0];
  if (bad !== undefined) return fail('invalid_character', `Le caractère « ${bad} » n'est pas autorisé dans le matricule INS`);

  const first = m[0];
  if (first === '7' || first === '8') {
    return fail('nnp', `Le numéro commence par ${first} : c'est un numéro national provisoire (NNP), pas un matricule INS`);
  }
  if (first === '5' || first === '6') {
    return fail('mig', `Le numéro commence par ${first} : c'est un numéro de migrant de passage (MIG), pas un matricule INS`);
  }
  if (first !== '1' && first !== '2') {
    return fail('sex_digit', `Le matricule INS doit commencer par 1 ou 2 (sexe), pas par ${first}`);
  }
  if (m.length === 13 && BODY.test(m)) {
    return fail('missing_key', `Il manque la clé du matricule INS (15 caractères attendus) : pour ce numéro, la clé est ${pad2(nirKey(m))}`);
  }
  if (m.length !== 15) {
    return fail('length', `Le matricule INS doit comporter 15 caractères (13 + clé de 2 chiffres), il en a ${m.length}`);
  }
  const month = Number(m.slice(3, 5));
  if (!/^[0-9]{2}$/.test(m.slice(3, 5)) || month === 0 || (month > 12 && month < 20)) {
    return fail('month', `Le mois de naissance « ${m.slice(3, 5)} » du matricule INS n'est pas valide (01 à 12, ou 20 à 99 si inconnu)`);
  }
  const body = m.slice(0, 13);
  const key = m.slice(13);
  if (!BODY.test(body) || !/^[0-9]{2}$/.test(key)) {
    return fail('format', 'Le matricule INS ne peut contenir de lettre que pour la Corse (2A ou 2B, à la place du département)');
  }
  const expected = nirKey(body);
  if (Number(key) !== expected) {
    return fail('key', `La clé ${key} du matricule INS est fausse : la clé attendue est ${pad2(expected)} (vérifiez chaque chiffre)`);
  }
  const byOid = oid ? oidKind(oid) : 'AUTRE';
  return { ok: true, matricule: m, kind: byOid === 'NIR' || byOid === 'NIA' ? byOid : 'AUTRE' };
}

const groups = (m: string) => [m.slice(0, 1), m.slice(1, 3), m.slice(3, 5), m.slice(5, 7), m.slice(7, 10), m.slice(10, 13), m.slice(13, 15)];

/** `180032B02040123` → `1 80 03 2B 020 401 23` (input of another length is returned unchanged). */
export function formatMatricule(m: string): string {
  const compact = m.replace(/\s+/g, '');
  return compact.length === 15 ? groups(compact).join(' ') : m;
}

/**
 * The matricule as shown when the identity is not qualifiée (domain.md §1): `1 80 03 2B ••• ••• ••`.
 * Sex, birth year, month and département stay visible — they repeat traits the agent already sees on
 * the record and let them tell two numbers apart; commune, order number and key are masked, so the
 * full matricule cannot be copied or read out.
 */
export function maskMatricule(m: string): string {
  const compact = m.replace(/\s+/g, '');
  if (compact.length !== 15) return '•'.repeat(Math.max(compact.length, 1));
  const g = groups(compact);
  return [...g.slice(0, 4), ...g.slice(4).map((part) => '•'.repeat(part.length))].join(' ');
}

/** Kind of INS from its OID (an optional `urn:oid:` prefix is accepted). */
export function oidKind(oid: string): OidKind {
  const bare = oid.trim().replace(/^urn:oid:/i, '');
  for (const [kind, value] of Object.entries(INS_OIDS)) if (value === bare) return kind as OidKind;
  return 'AUTRE';
}
