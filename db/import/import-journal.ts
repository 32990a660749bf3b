// Journal payload of an imported identity, built directly: the same string encodePayload gives for the
// creation `{...identity, ipp}` with data {file, line} (tested), without the generic changes list,
// Set and Object.fromEntries per row.
import type { NormalizedIdentity } from '../../core/identity/types.js';

export function importPayload(identity: NormalizedIdentity, ipp: string, file: string, line: number): string {
  return JSON.stringify({
    n: {
      i: ipp,
      n: identity.birthName,
      p: identity.birthFirstNames,
      f: identity.firstBirthName,
      s: identity.sex,
      d: identity.birthDate,
      dc: identity.birthDateCorrected,
      l: identity.birthplaceCog,
      un: identity.usedName ?? null,
      uf: identity.usedFirstName ?? null,
      m: identity.insMatricule ?? null,
    },
    d: { file, line },
  });
}
