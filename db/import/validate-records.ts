// Validates import records with the identity rules and shapes each one as the `import --json` contract
// row: {row, ok, identity|null, warnings, errors}; also flags an IPP repeated inside the file.
import { validateIdentityDraft, type ValidationDeps } from '../../core/identity/validate.js';
import type { FieldIssue, NormalizedIdentity } from '../../core/identity/types.js';
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

export function validateImportRecords(records: readonly ImportRecord[], deps: ValidationDeps): ImportRowResult[] {
  const firstLineOfIpp = new Map<string, number>();
  return records.map(({ line, draft }) => {
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
    return {
      row: line,
      ok,
      identity: ok && result.identity ? contractIdentity(result.identity) : null,
      warnings: result.warnings,
      errors,
    };
  });
}

export function summarize(rows: readonly ImportRowResult[]): { total: number; ok: number; rejected: number } {
  const ok = rows.filter((r) => r.ok).length;
  return { total: rows.length, ok, rejected: rows.length - ok };
}
