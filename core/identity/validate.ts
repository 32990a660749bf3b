// Validation of a whole identity draft (typed by an agent or read from a CSV row): normalises every field,
// reports field-specific French errors and warnings, and yields the identity to store only when error-free.
// The `normalized` object always shows what would be stored, for live display while typing.
import { type BirthDateResult, formatDateFr, parseBirthDate } from './birth-date.js';
import { defaultFirstBirthName, isFirstBirthNameCoherent } from './first-names.js';
import { checkInsMatricule } from './nir.js';
import { normalizeTrait } from './normalize.js';
import type { BirthplaceChecker, FieldIssue, IdentityDraft, NormalizedIdentity, Sex } from './types.js';

export interface ValidationDeps {
  todayIso: string;
  checkBirthplace: BirthplaceChecker;
}

export interface ValidationResult {
  identity: NormalizedIdentity | null;
  normalized: Partial<NormalizedIdentity>;
  errors: FieldIssue[];
  warnings: FieldIssue[];
}

export const UNKNOWN_BIRTHPLACE = '99999';

/**
 * Accepted spellings of the sex, case and accents ignored: M/H/HOMME/MASCULIN, F/FEMME/FEMININ,
 * I/INDETERMINE. H is taken because French documents and habits write « H » for homme; nothing vaguer
 * (no U, no X) so that an unknown value never becomes a sex by accident.
 */
const SEX_SPELLINGS: Readonly<Record<string, Sex>> = {
  M: 'M', H: 'M', HOMME: 'M', MASCULIN: 'M',
  F: 'F', FEMME: 'F', FEMININ: 'F',
  I: 'I', INDETERMINE: 'I',
};

function spellSex(raw: string): Sex | null {
  const key = raw.trim().normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
  return SEX_SPELLINGS[key] ?? null;
}

/** A file writes its sex column a handful of ways: each spelling is folded once (bounded, for odd files). */
const sexBySpelling = new Map<string, Sex | null>();

export function parseSex(raw: string): Sex | null {
  let sex = sexBySpelling.get(raw);
  if (sex === undefined) {
    sex = spellSex(raw);
    if (sexBySpelling.size >= 256) sexBySpelling.clear();
    sexBySpelling.set(raw, sex);
  }
  return sex;
}

/**
 * Bounded memo of a pure per-field function, for a CSV import: birth dates repeat across rows, so each
 * distinct one is parsed once and its ISO string shared (less to allocate and keep). Results are
 * shared: callers here only read them. (Names were tried too: their ASCII fold is cheaper than a lookup.)
 */
function memo<R>(fn: (raw: string) => R, max = 50_000): (raw: string) => R {
  const known = new Map<string, R>();
  return (raw) => {
    let r = known.get(raw);
    if (r === undefined) {
      r = fn(raw);
      if (known.size >= max) known.clear();
      known.set(raw, r);
    }
    return r;
  };
}

/** Birth dates are memoised per « today » (the comparison with today is part of the result). */
let dateMemo: { todayIso: string; parse: (raw: string) => BirthDateResult } | null = null;
function parseBirthDateOnce(raw: string, todayIso: string): BirthDateResult {
  if (dateMemo?.todayIso !== todayIso) dateMemo = { todayIso, parse: memo((r) => parseBirthDate(r, todayIso)) };
  return dateMemo.parse(raw);
}

const IPP = /^[A-Za-z0-9_-]{1,40}$/;

const optional = (raw: string | null | undefined) => (raw ?? '').trim();

export function validateIdentityDraft(draft: IdentityDraft, deps: ValidationDeps): ValidationResult {
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  const normalized: Partial<NormalizedIdentity> = {};

  const ipp = optional(draft.ipp);
  normalized.ipp = ipp === '' ? null : ipp;
  if (ipp !== '' && !IPP.test(ipp)) {
    const bad = [...ipp].find((c) => !/[A-Za-z0-9_-]/.test(c));
    errors.push({
      field: 'ipp',
      code: bad === undefined ? 'too_long' : 'invalid_character',
      message:
        bad === undefined
          ? `L'IPP dépasse 40 caractères (${ipp.length})`
          : `${bad === ' ' ? "L'espace n'est pas autorisée" : `Le caractère « ${bad} » n'est pas autorisé`} dans l'IPP (lettres sans accent, chiffres, « - » et « _ »)`,
    });
  }

  const birthName = normalizeTrait('birthName', draft.birthName);
  normalized.birthName = birthName.value;
  errors.push(...birthName.issues);

  const list = normalizeTrait('birthFirstNames', draft.birthFirstNames);
  normalized.birthFirstNames = list.value;
  errors.push(...list.issues);

  const typedFirst = normalizeTrait('firstBirthName', optional(draft.firstBirthName));
  const first = typedFirst.value === '' ? defaultFirstBirthName(list.value) : typedFirst.value;
  normalized.firstBirthName = first;
  errors.push(...typedFirst.issues);
  if (typedFirst.issues.length === 0 && list.issues.length === 0 && !isFirstBirthNameCoherent(list.value, first)) {
    errors.push({
      field: 'firstBirthName',
      code: 'incoherent',
      message: `Le premier prénom « ${first} » ne correspond pas au début de la liste des prénoms « ${list.value} »`,
    });
  }

  const sexRaw = draft.sex.trim();
  const sex = parseSex(sexRaw);
  if (sex) normalized.sex = sex;
  if (sexRaw === '') errors.push({ field: 'sex', code: 'required', message: 'Le sexe est obligatoire' });
  else if (!sex) {
    errors.push({
      field: 'sex',
      code: 'invalid',
      message: `Le sexe « ${sexRaw} » n'est pas reconnu : saisissez M (masculin), F (féminin) ou I (indéterminé)`,
    });
  } else if (sex === 'I') {
    warnings.push({
      field: 'sex',
      code: 'indeterminate',
      message: "Sexe indéterminé : l'identité ne pourra être ni récupérée ni qualifiée (l'INS ne connaît que M ou F)",
    });
  }

  const date = parseBirthDateOnce(draft.birthDate, deps.todayIso);
  if (date.ok) {
    normalized.birthDate = date.iso;
    normalized.birthDateCorrected = date.corrected;
    if (date.corrected) {
      warnings.push({
        field: 'birthDate',
        code: 'corrected',
        message: `Date de naissance incomplète complétée en ${formatDateFr(date.iso)} (date corrigée) : l'identité ne pourra être ni récupérée ni qualifiée`,
      });
    }
  } else errors.push({ field: 'birthDate', code: date.code, message: date.message });

  const cog = draft.birthplaceCog.trim().toUpperCase();
  normalized.birthplaceCog = cog;
  if (cog === '') {
    errors.push({
      field: 'birthplaceCog',
      code: 'required',
      message: 'Le lieu de naissance est obligatoire : choisissez « INCONNU » (99999) s\'il n\'est pas connu',
    });
  } else {
    const place = deps.checkBirthplace(cog, date.ok ? date.iso : null);
    if (place.status === 'unknown_code' || place.status === 'malformed') {
      errors.push({ field: 'birthplaceCog', code: place.status, message: place.message });
    } else if (place.status === 'not_valid_at_date') {
      warnings.push({ field: 'birthplaceCog', code: 'not_valid_at_date', message: place.message });
    }
    if (cog === UNKNOWN_BIRTHPLACE) {
      warnings.push({
        field: 'birthplaceCog',
        code: 'unknown_birthplace',
        message: "Lieu de naissance inconnu (99999) : l'identité pourra difficilement être qualifiée",
      });
    }
  }

  const usedName = normalizeTrait('usedName', optional(draft.usedName));
  normalized.usedName = usedName.value === '' ? null : usedName.value;
  errors.push(...usedName.issues);
  if (usedName.value !== '' && usedName.value === birthName.value) {
    warnings.push({
      field: 'usedName',
      code: 'same_as_birth_name',
      message: 'Le nom utilisé est identique au nom de naissance : ne le renseignez que s\'il est différent',
    });
  }

  const usedFirst = normalizeTrait('usedFirstName', optional(draft.usedFirstName));
  normalized.usedFirstName = usedFirst.value === '' ? null : usedFirst.value;
  errors.push(...usedFirst.issues);
  if (usedFirst.value !== '' && usedFirst.value === first) {
    warnings.push({
      field: 'usedFirstName',
      code: 'same_as_first_birth_name',
      message: "Le prénom utilisé est identique au premier prénom de naissance : ne le renseignez que s'il est différent",
    });
  }

  const insRaw = optional(draft.insMatricule);
  normalized.insMatricule = insRaw === '' ? null : insRaw.replace(/\s+/g, '').toUpperCase();
  if (insRaw !== '') {
    const ins = checkInsMatricule(insRaw);
    if (!ins.ok) errors.push({ field: 'insMatricule', code: ins.code, message: ins.message });
  }

  return { identity: errors.length === 0 ? complete(normalized) : null, normalized, errors, warnings };
}

/** Every field is set once there is no error; the check keeps that promise explicit for the compiler. */
function complete(n: Partial<NormalizedIdentity>): NormalizedIdentity {
  const { birthName, birthFirstNames, firstBirthName, sex, birthDate, birthDateCorrected, birthplaceCog } = n;
  if (
    birthName === undefined || birthFirstNames === undefined || firstBirthName === undefined || sex === undefined ||
    birthDate === undefined || birthDateCorrected === undefined || birthplaceCog === undefined
  ) {
    throw new Error('validateIdentityDraft: champ manquant sans erreur associée');
  }
  return {
    birthName, birthFirstNames, firstBirthName, sex, birthDate, birthDateCorrected, birthplaceCog,
    ipp: n.ipp ?? null,
    usedName: n.usedName ?? null,
    usedFirstName: n.usedFirstName ?? null,
    insMatricule: n.insMatricule ?? null,
  };
}
