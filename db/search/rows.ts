// Loads the rows a search returns, for the final ids only: the identity, the possible-homonym flag
// (identities_birth index: birth date, birth name, first birth name) and the masked active INS.
// An identity absorbed by a merge (merged_into set) is left out: its IPP, kept as an alias, finds the survivor.
import type { z } from 'zod';
import type { SearchRowSchema } from '../../core/contract/schemas.js';
import { maskMatricule } from '../../core/identity/nir.js';
import type { IdentityAttribute, IdentityStatus, Sex } from '../../core/identity/types.js';
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';

export type SearchRow = z.infer<typeof SearchRowSchema>;

interface RawRow {
  id: number;
  ipp: string;
  birth_name: string;
  birth_first_names: string;
  first_birth_name: string;
  sex: Sex;
  birth_date: string;
  birth_date_corrected: number;
  birthplace_cog: string;
  used_name: string | null;
  used_first_name: string | null;
  status: IdentityStatus;
  attributes: string;
  homonym: number;
  matricule: string | null;
}

const SQL = `
SELECT i.id, i.ipp, i.birth_name, i.birth_first_names, i.first_birth_name, i.sex, i.birth_date,
  i.birth_date_corrected, i.birthplace_cog, i.used_name, i.used_first_name, i.status, i.attributes,
  EXISTS (SELECT 1 FROM identities h WHERE h.birth_date = i.birth_date AND h.birth_name = i.birth_name
          AND h.first_birth_name = i.first_birth_name AND h.id <> i.id AND h.merged_into IS NULL) AS homonym,
  (SELECT n.matricule FROM ins n WHERE n.identity_id = i.id AND n.active = 1 AND n.invalidated_at IS NULL
   ORDER BY n.obtained_at DESC LIMIT 1) AS matricule
FROM identities i WHERE i.id IN (SELECT value FROM json_each(?)) AND i.merged_into IS NULL`;

/** The rows of `ids` (without matchedBy), keyed by id. The full matricule never leaves this function. */
export function loadSearchRows(db: Db, ids: readonly number[]): Map<number, Omit<SearchRow, 'matchedBy'>> {
  const out = new Map<number, Omit<SearchRow, 'matchedBy'>>();
  if (ids.length === 0) return out;
  for (const r of stmt<[string], RawRow>(db, SQL).all(JSON.stringify(ids))) {
    out.set(r.id, {
      id: r.id,
      ipp: r.ipp,
      birthName: r.birth_name,
      birthFirstNames: r.birth_first_names,
      firstBirthName: r.first_birth_name,
      sex: r.sex,
      birthDate: r.birth_date,
      birthDateCorrected: r.birth_date_corrected === 1,
      birthplaceCog: r.birthplace_cog,
      // The lead replaces it with the COG label; search only knows the code.
      birthplaceLabel: r.birthplace_cog,
      usedName: r.used_name,
      usedFirstName: r.used_first_name,
      status: r.status,
      attributes: r.attributes === '' ? [] : (r.attributes.split(' ') as IdentityAttribute[]),
      insMasked: r.matricule ? maskMatricule(r.matricule) : null,
      possibleHomonym: r.homonym === 1,
    });
  }
  return out;
}
