// Validated import rows as one flat array of primitives: the shape the validation worker posts to the
// writing thread (copying plain values between threads costs far less than copying objects). Per row:
// line, flags (1: ok, 2: with identity, 4: with its write prepared), error count, warning count, the
// 11 identity values if any (contract order), the 4 strings of its prepared write if any (not part of
// the row result: prepared-write.ts), then field, code, message of each error and of each warning.
import type { FieldIssue, NormalizedIdentity } from '../../core/identity/types.js';
import type { PreparedWrite } from './prepared-write.js';
import type { ImportRowResult } from './validate-records.js';

export type FlatValue = string | number | boolean | null;

/** Appends one row result to `out`, with its prepared write if given. */
export function pushFlatRow(out: FlatValue[], r: ImportRowResult, prepared: PreparedWrite | null = null): void {
  const id = r.identity;
  const withWrite = id !== null && prepared !== null;
  out.push(r.row, (r.ok ? 1 : 0) | (id ? 2 : 0) | (withWrite ? 4 : 0), r.errors.length, r.warnings.length);
  if (id) {
    out.push(
      id.ipp, id.birthName, id.birthFirstNames, id.firstBirthName, id.sex, id.birthDate, id.birthDateCorrected,
      id.birthplaceCog, id.usedName, id.usedFirstName, id.insMatricule,
    );
  }
  if (withWrite) out.push(prepared.terms, prepared.keys, prepared.payload, prepared.payloadJson);
  for (const issue of r.errors) out.push(issue.field, issue.code, issue.message);
  for (const issue of r.warnings) out.push(issue.field, issue.code, issue.message);
}

/** Reads the rows of one flat array back, in order. */
export class FlatRowReader {
  private at = 0;
  /** Prepared write of the row `next` returned last, if it came with one. */
  prepared: PreparedWrite | null = null;

  constructor(private readonly values: readonly FlatValue[]) {}

  get done(): boolean {
    return this.at >= this.values.length;
  }

  next(): ImportRowResult {
    const v = this.values;
    let at = this.at;
    const row = v[at] as number;
    const flags = v[at + 1] as number;
    const errorCount = v[at + 2] as number;
    const warningCount = v[at + 3] as number;
    at += 4;
    let identity: NormalizedIdentity | null = null;
    if (flags & 2) {
      identity = {
        ipp: v[at] as string | null,
        birthName: v[at + 1] as string,
        birthFirstNames: v[at + 2] as string,
        firstBirthName: v[at + 3] as string,
        sex: v[at + 4] as NormalizedIdentity['sex'],
        birthDate: v[at + 5] as string,
        birthDateCorrected: v[at + 6] as boolean,
        birthplaceCog: v[at + 7] as string,
        usedName: v[at + 8] as string | null,
        usedFirstName: v[at + 9] as string | null,
        insMatricule: v[at + 10] as string | null,
      };
      at += 11;
    }
    this.prepared = null;
    if (flags & 4) {
      this.prepared = { terms: v[at] as string, keys: v[at + 1] as string, payload: v[at + 2] as string, payloadJson: v[at + 3] as string };
      at += 4;
    }
    const issues = (count: number): FieldIssue[] => {
      const list: FieldIssue[] = [];
      for (let i = 0; i < count; i++, at += 3) list.push({ field: v[at] as FieldIssue['field'], code: v[at + 1] as string, message: v[at + 2] as string });
      return list;
    };
    const errors = issues(errorCount);
    const warnings = issues(warningCount);
    this.at = at;
    return { row, ok: (flags & 1) === 1, identity, warnings, errors };
  }
}
