// Pure generator of synthetic but realistic French identities for demos and benchmarks: same seed and
// clock → same identities. Names as stored (normalised), shared birth dates and true homonym pairs,
// every status and attribute with the RNIV consistency rules, valid NIR keys, COG codes valid at birth.
import { INS_OIDS, nirKey } from '../../core/identity/nir.js';
import { deriveStatus } from '../../core/identity/status.js';
import type { IdentityAttribute, IdentityStatus, Sex } from '../../core/identity/types.js';
import {
  COMMON_SURNAMES,
  FEMALE_COMPOUNDS,
  FEMALE_FIRST_NAMES,
  MALE_COMPOUNDS,
  MALE_FIRST_NAMES,
  OTHER_SURNAMES,
  SURNAME_ENDINGS,
  SURNAME_MIDDLES,
  SURNAME_ONSETS,
} from './names.js';
import { COMMUNES, CORSICA, CORSICA_SPLIT, COUNTRIES, countryValidOn, OVERSEAS, UNKNOWN_PLACE } from './places.js';
import { createRng, zipfPicker, type Rng } from './prng.js';

export interface SyntheticIdentity {
  ipp: string;
  birthName: string;
  birthFirstNames: string;
  firstBirthName: string;
  sex: Sex;
  birthDate: string;
  birthDateCorrected: boolean;
  birthplaceCog: string;
  birthplaceFromInsi: boolean;
  usedName: string | null;
  usedFirstName: string | null;
  traitsSource: 'saisie' | 'insi';
  insiVerifiedAt: string | null;
  status: IdentityStatus;
  attributes: IdentityAttribute[];
  /** Only for récupérée / qualifiée (INSi+), with a valid key. */
  ins: { matricule: string; oid: string; obtainedAt: string } | null;
  /** High-trust document check (IV+), for validée / qualifiée. */
  documentCheck: { deviceType: string; validUntil: string; checkedAt: string } | null;
  createdAt: string;
}

export interface GeneratorOptions {
  seed: string | number;
  /** The clock: no birth or record date after it. */
  now: Date;
  /** Number of the first IPP (`S0000001` style); default 1. */
  firstIppNumber?: number;
  /** Matricules already stored (a second seed into the same base): another order number is drawn. */
  isMatriculeTaken?: (matricule: string) => boolean;
}

const DAY = 86_400_000;
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** `YYYY-MM-DD` of a UTC instant (civil-from-days; Date#toISOString is the seed's bottleneck). */
function isoDay(ms: number): string {
  const z = Math.floor(ms / DAY) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** ISO 8601 UTC timestamp with milliseconds, as Date#toISOString writes it. */
function isoTime(ms: number): string {
  const t = ((ms % DAY) + DAY) % DAY;
  const h = Math.floor(t / 3_600_000);
  const mi = Math.floor(t / 60_000) % 60;
  const sec = Math.floor(t / 1000) % 60;
  return `${isoDay(ms)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(sec, 2)}.${pad(t % 1000, 3)}Z`;
}

const commonSurname = zipfPicker(COMMON_SURNAMES, 0.9);
const otherSurname = zipfPicker(OTHER_SURNAMES, 0.8);
const maleFirst = zipfPicker(MALE_FIRST_NAMES, 0.8);
const femaleFirst = zipfPicker(FEMALE_FIRST_NAMES, 0.8);
const commune = zipfPicker(COMMUNES, 0.7);

function surname(rng: Rng): string {
  const x = rng.next();
  if (x < 0.12) return commonSurname(rng);
  if (x < 0.18) return otherSurname(rng);
  const onset = rng.pick(SURNAME_ONSETS) + (rng.chance(0.3) ? rng.pick(SURNAME_ONSETS) : '');
  return onset + rng.pick(SURNAME_MIDDLES) + rng.pick(SURNAME_ENDINGS);
}

function firstNameOf(rng: Rng, sex: 'M' | 'F'): string {
  if (rng.chance(0.07)) return rng.pick(sex === 'M' ? MALE_COMPOUNDS : FEMALE_COMPOUNDS);
  return sex === 'M' ? maleFirst(rng) : femaleFirst(rng);
}

/** 1 to 4 distinct first names; the first one leads the list. */
function firstNames(rng: Rng, sex: 'M' | 'F'): string[] {
  const x = rng.next();
  const count = x < 0.35 ? 1 : x < 0.7 ? 2 : x < 0.95 ? 3 : 4;
  const names: string[] = [];
  for (let guard = 0; names.length < count && guard < 20; guard++) {
    const n = firstNameOf(rng, sex);
    if (!names.includes(n)) names.push(n);
  }
  return names;
}

/** Ages skew young (a lab sees every age); the date never passes `now`. */
function birthDate(rng: Rng, nowMs: number): string {
  const age = 100 * (1 - Math.sqrt(1 - rng.next()));
  return isoDay(nowMs - Math.floor(age * 365.25 * DAY) - rng.int(365) * DAY);
}

/** RNIV completion of an incomplete date: day and month unknown → 31/12, day unknown → 01. */
function correctedDate(rng: Rng, exact: string, nowIso: string): string {
  const year = Number(exact.slice(0, 4));
  const completed = rng.chance(0.7) ? `${year}-12-31` : `${exact.slice(0, 7)}-01`;
  return completed <= nowIso ? completed : `${year - 1}-12-31`;
}

function birthplace(rng: Rng, date: string): string {
  const x = rng.next();
  if (x < 0.8) return commune(rng);
  if (x < 0.83) return rng.pick(OVERSEAS);
  if (x < 0.84) {
    const c = rng.pick(CORSICA);
    return date < CORSICA_SPLIT ? c.before1976 : c.after;
  }
  if (x < 0.843) return UNKNOWN_PLACE;
  const valid = COUNTRIES.filter((c) => countryValidOn(c, date));
  return valid.length > 0 ? rng.pick(valid).code : commune(rng);
}

const HIGH_TRUST_ADULT = ['CN', 'PA', 'CS', 'AV', 'IE'];
const HIGH_TRUST_MINOR = ['AN', 'LE', 'PA', 'CN'];

export function createIdentityGenerator(opts: GeneratorOptions): () => SyntheticIdentity {
  const rng = createRng(opts.seed);
  const nowMs = opts.now.getTime();
  const nowIso = isoDay(nowMs);
  let ippNumber = opts.firstIppNumber ?? 1;
  const pending: SyntheticIdentity[] = [];

  // One person, one NIR: an order number already given (in this run or in the base) is never reused, so a
  // seeded base has no INS collision besides the ones planted on purpose.
  const issued = new Set<string>();
  const free = (full: string) => !issued.has(full) && !opts.isMatriculeTaken?.(full);
  const matricule = (sex: 'M' | 'F', date: string, cog: string): string => {
    const prefix = `${sex === 'M' ? 1 : 2}${date.slice(2, 4)}${date.slice(5, 7)}${cog}`;
    const withOrder = (order: number) => {
      const body = `${prefix}${pad(order, 3)}`;
      return body + pad(nirKey(body), 2);
    };
    for (let attempt = 0; attempt < 20; attempt++) {
      const full = withOrder(rng.between(1, 999));
      if (free(full)) return (issued.add(full), full);
    }
    for (let order = 1; order <= 999; order++) {
      const full = withOrder(order);
      if (free(full)) return (issued.add(full), full);
    }
    throw new Error(`Plus de numéro d'ordre libre pour les NIR commençant par ${prefix} : réduisez --count.`);
  };

  const build = (traits: Pick<SyntheticIdentity, 'birthName' | 'birthFirstNames' | 'firstBirthName' | 'sex' | 'birthDate'> & {
    homonym: boolean;
  }): SyntheticIdentity => {
    const { sex, birthDate: date } = traits;
    const corrected = rng.chance(0.005);
    const storedDate = corrected ? correctedDate(rng, date, nowIso) : date;
    const cog = birthplace(rng, storedDate);
    const attributes: IdentityAttribute[] = [];
    const doubt = rng.next();
    if (doubt < 0.015) attributes.push('douteuse');
    else if (doubt < 0.02) attributes.push('fictive');
    if (traits.homonym) attributes.push('homonyme');
    attributes.sort();
    const facts = {
      insiVerified: rng.chance(0.65),
      documentChecked: rng.chance(0.6),
      attributes,
      birthDateCorrected: corrected,
      sex,
    };
    const status = deriveStatus(facts);
    const blocked = attributes.includes('douteuse') || attributes.includes('fictive');
    const createdMs = Math.max(Date.parse(`${storedDate}T08:00:00Z`), nowMs - rng.int(3650) * DAY - rng.int(DAY));
    const laterMs = () => createdMs + Math.floor(rng.next() * (nowMs - createdMs));
    const insiPlus = status === 'recuperee' || status === 'qualifiee';
    const ageYears = (nowMs - Date.parse(storedDate)) / (365.25 * DAY);
    const insiAt = insiPlus ? laterMs() : null;
    const ins =
      insiPlus && insiAt !== null && sex !== 'I'
        ? {
            matricule: matricule(sex, storedDate, cog),
            oid: cog.startsWith('99') && rng.chance(0.25) ? INS_OIDS.NIA : INS_OIDS.NIR,
            obtainedAt: isoTime(insiAt),
          }
        : null;
    const checkedMs = laterMs();
    const documentCheck =
      facts.documentChecked && !blocked
        ? {
            deviceType: rng.pick(ageYears < 18 ? HIGH_TRUST_MINOR : HIGH_TRUST_ADULT),
            validUntil: isoDay(checkedMs + (30 + rng.int(3600)) * DAY),
            checkedAt: isoTime(checkedMs),
          }
        : null;
    const adultWoman = sex === 'F' && ageYears >= 20;
    const usedName =
      (adultWoman && rng.chance(0.45)) || (sex === 'M' && ageYears >= 20 && rng.chance(0.01))
        ? rng.chance(0.1)
          ? `${surname(rng)}-${traits.birthName.split(/[ '-]/)[0]}`
          : surname(rng)
        : null;
    const otherFirst = traits.birthFirstNames.split(' ')[1];
    const usedFirstName = otherFirst && rng.chance(0.06) ? otherFirst : null;
    return {
      ipp: `S${pad(ippNumber++, 7)}`,
      ...traits,
      birthDate: storedDate,
      birthDateCorrected: corrected,
      birthplaceCog: cog,
      birthplaceFromInsi: insiPlus,
      usedName: usedName === traits.birthName ? null : usedName,
      usedFirstName,
      traitsSource: insiPlus ? 'insi' : 'saisie',
      insiVerifiedAt: insiAt === null ? null : isoTime(insiAt),
      status,
      attributes,
      ins,
      documentCheck: status === 'validee' || status === 'qualifiee' ? documentCheck : null,
      createdAt: isoTime(createdMs),
    };
  };

  return () => {
    const queued = pending.shift();
    if (queued) return queued;
    const sexDraw = rng.next();
    const sex: Sex = sexDraw < 0.51 ? 'F' : sexDraw < 0.999 ? 'M' : 'I';
    const nameSex = sex === 'I' ? (rng.chance(0.5) ? 'F' : 'M') : sex;
    const date = birthDate(rng, nowMs);
    let birthName = surname(rng);
    // Double family names (« nom double », since 2005) are stored with a double hyphen.
    if (date >= '2005-01-01' && rng.chance(0.08)) birthName = `${birthName}--${surname(rng)}`;
    const names = firstNames(rng, nameSex);
    const firstBirthName = names.length > 1 && rng.chance(0.02) ? `${names[0]} ${names[1]}` : (names[0] as string);
    const homonymPair = rng.chance(0.005);
    const traits = { birthName, birthFirstNames: names.join(' '), firstBirthName, sex, birthDate: date };
    const first = build({ ...traits, homonym: homonymPair && rng.chance(0.7) });
    if (homonymPair) {
      // A different person with the same birth name, first names and birth date.
      pending.push(build({ ...traits, homonym: first.attributes.includes('homonyme') }));
    }
    return first;
  };
}
