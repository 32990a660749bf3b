// Extra persons a test, a benchmark or the demo loads into a running mock (POST /admin/persons): the mock then
// answers for them like for its built-in test identities. Validated here so that a bad load fails loudly.
import type { MockIdentity, MockIns } from './dataset/identities.js';

export interface PersonInput {
  id?: string;
  birthName: string;
  /** ListePrenom as INSi returns it. */
  firstNames: string;
  sex: 'M' | 'F';
  birthDate: string;
  birthplaceCog: string;
  /** 13-character matricule and 2-digit key; oid NIR (default) or NIA. */
  ins: { num: string; key: string; oid?: 'NIR' | 'NIA' };
  history?: MockIns[];
}

export const MAX_EXTRA_PERSONS = 200_000;

function check(p: PersonInput, i: number): MockIdentity {
  const where = `personne n° ${i + 1}`;
  const text = (v: unknown, name: string) => {
    if (typeof v !== 'string' || v.trim() === '') throw new Error(`${where} : ${name} manquant`);
    return v;
  };
  text(p.birthName, 'birthName');
  text(p.firstNames, 'firstNames');
  if (p.sex !== 'M' && p.sex !== 'F') throw new Error(`${where} : sex doit valoir M ou F`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(p.birthDate)) throw new Error(`${where} : birthDate attendue au format AAAA-MM-JJ`);
  if (!/^[0-9AB]{5}$/.test(p.birthplaceCog ?? '')) throw new Error(`${where} : birthplaceCog attendu sur 5 caractères`);
  if (!p.ins || !/^[0-9]{5}(?:[0-9]{2}|2A|2B)[0-9]{6}$/.test(p.ins.num) || !/^\d{2}$/.test(p.ins.key)) throw new Error(`${where} : ins { num (13), key (2) } invalide`);
  return {
    id: p.id ?? `extra-${p.ins.num}`,
    birthName: p.birthName,
    firstNames: p.firstNames,
    sex: p.sex,
    birthDate: p.birthDate,
    birthplaceCog: p.birthplaceCog,
    ins: { num: p.ins.num, key: p.ins.key, oid: p.ins.oid === 'NIA' ? 'NIA' : 'NIR' },
    history: p.history ?? [],
    synthetic: true,
    source: 'chargée par POST /admin/persons',
  };
}

export function checkPersons(body: unknown): MockIdentity[] {
  const list = (body as { persons?: unknown })?.persons ?? body;
  if (!Array.isArray(list)) throw new Error('Corps attendu : { "persons": [ … ] }');
  return list.map((p, i) => check(p as PersonInput, i));
}
