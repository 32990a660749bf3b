// Validates import records with the identity rules and shapes each one as the `import --json` contract
// row: {row, ok, identity|null, warnings, errors}; also flags an IPP repeated inside the file. One
// record at a time, in file order, so a large file is validated in chunks (in this thread or in the
// validation worker) without keeping every result.
import { checkBirthplace } from '../../core/cog/check.js';
import type { CogReference } from '../../core/cog/model.js';
import { validateIdentityDraft } from '../../core/identity/validate.js';
import type { BirthplaceChecker, FieldIssue, NormalizedIdentity } from '../../core/identity/types.js';
import type { ImportRecord } from './csv-records.js';

export interface ImportRowResult {
  row: number;
  ok: boolean;
  identity: NormalizedIdentity | null;
  warnings: FieldIssue[];
  errors: FieldIssue[];
}

/** Field order of the contract's `identity` object. */
function contractIdentity(identity: NormalizedIdentity): NormalizedIdentity {
  return {
    ipp: identity.ipp,
    birthName: identity.birthName,
    birthFirstNames: identity.birthFirstNames,
    firstBirthName: identity.firstBirthName,
    sex: identity.sex,
    birthDate: identity.birthDate,
    birthDateCorrected: identity.birthDateCorrected,
    birthplaceCog: identity.birthplaceCog,
    usedName: identity.usedName,
    usedFirstName: identity.usedFirstName,
    insMatricule: identity.insMatricule,
  };
}

// The flag birthDateCorrected already says it; the contract's row shows no warning for it.
const HIDDEN_WARNING = 'corrected';

/**
 * A file names the same birthplaces on the same dates again and again (a town's maternity): each
 * (code, date) is checked once. Bounded, so an odd file cannot grow it without limit.
 */
function memoBirthplaceCheck(check: BirthplaceChecker): BirthplaceChecker {
  const known = new Map<string, ReturnType<BirthplaceChecker>>();
  return (code, date) => {
    const key = `${code}|${date ?? ''}`;
    let result = known.get(key);
    if (result === undefined) {
      result = check(code, date);
      if (known.size >= 200_000) known.clear();
      known.set(key, result);
    }
    return result;
  };
}

export interface ImportValidationContext {
  cog: CogReference;
  /** « Today » for the birth-date rules, YYYY-MM-DD. */
  todayIso: string;
}

export interface ImportRowValidator {
  /** The contract row of the next record (records come in file order). */
  validate(record: ImportRecord): ImportRowResult;
  /** Notes the IPP of a record validated elsewhere (by another thread), as `validate` would. */
  skip(record: ImportRecord): void;
}

/** Validates the records of one file, given in file order (it remembers the IPPs already seen). */
export function createImportRowValidator(ctx: ImportValidationContext): ImportRowValidator {
  const deps = { todayIso: ctx.todayIso, checkBirthplace: memoBirthplaceCheck((code, date) => checkBirthplace(ctx.cog, code, date)) };
  const firstLineOfIpp = new Map<string, number>();
  return {
    validate({ line, draft }) {
      const result = validateIdentityDraft(draft, deps);
      const errors = result.errors; // a fresh array per call: this row's own
      const ipp = result.normalized.ipp;
      if (ipp) {
        const seen = firstLineOfIpp.get(ipp);
        if (seen !== undefined) {
          errors.push({ field: 'ipp', code: 'duplicate_in_file', message: `L'IPP ${ipp} figure déjà à la ligne ${seen} du fichier` });
        } else firstLineOfIpp.set(ipp, line);
      }
      const ok = errors.length === 0 && result.identity !== null;
      let warnings = result.warnings;
      if (warnings.some((w) => w.code === HIDDEN_WARNING)) warnings = warnings.filter((w) => w.code !== HIDDEN_WARNING);
      return {
        row: line,
        ok,
        identity: ok && result.identity ? contractIdentity(result.identity) : null,
        warnings,
        errors,
      };
    },
    skip({ line, draft }) {
      // validateIdentityDraft's normalized IPP: the cell trimmed, none when empty.
      const ipp = (draft.ipp ?? '').trim();
      if (ipp !== '' && !firstLineOfIpp.has(ipp)) firstLineOfIpp.set(ipp, line);
    },
  };
}
