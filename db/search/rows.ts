// The rows a search shows, built from their candidates (which already carry the identity's columns):
// only the possible-homonym flag (identities_birth index: birth date, birth name, first birth name)
// and the masked active INS are looked up, for the final rows only. The full matricule never leaves
// this module.
import type { z } from 'zod';
import type { SearchRowSchema } from '../../core/contract/schemas.js';
import { maskMatricule } from '../../core/identity/nir.js';
import type { IdentityAttribute } from '../../core/identity/types.js';
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';
import { candidatesByIds, type Candidate } from './candidates.js';

export type SearchRow = z.infer<typeof SearchRowSchema>;
export type ShownRow = Omit<SearchRow, 'matchedBy'>;

interface Extra {
  id: number;
  homonym: number;
  matricule: string | null;
}

// By id: the row is read again (a page-cache hit), cheaper than passing its traits as JSON.
const SQL = `
SELECT i.id,
  EXISTS (SELECT 1 FROM identities h WHERE h.birth_date = i.birth_date AND h.birth_name = i.birth_name
          AND h.first_birth_name = i.first_birth_name AND h.id <> i.id AND h.merged_into IS NULL) AS homonym,
  (SELECT n.matricule FROM ins n WHERE n.identity_id = i.id AND n.active = 1 AND n.invalidated_at IS NULL
   ORDER BY n.obtained_at DESC LIMIT 1) AS matricule
FROM identities i WHERE i.id IN (SELECT value FROM json_each(?))`;

/** The shown rows of these candidates (absorbed ones must already be left out), in the same order. */
export function completeSearchRows(db: Db, candidates: readonly Candidate[]): ShownRow[] {
  if (candidates.length === 0) return [];
  const extras = new Map<number, Extra>();
  for (const e of stmt<[string], Extra>(db, SQL).all(JSON.stringify(candidates.map((c) => c.id)))) extras.set(e.id, e);
  return candidates.map((c) => {
    const extra = extras.get(c.id);
    return {
      id: c.id,
      ipp: c.ipp,
      birthName: c.birthName,
      birthFirstNames: c.birthFirstNames,
      firstBirthName: c.firstBirthName,
      sex: c.sex,
      birthDate: c.birthDate,
      birthDateCorrected: c.birthDateCorrected === 1,
      birthplaceCog: c.birthplaceCog,
      // The lead replaces it with the COG label; search only knows the code.
      birthplaceLabel: c.birthplaceCog,
      usedName: c.usedName,
      usedFirstName: c.usedFirstName,
      status: c.status,
      attributes: c.attributes === '' ? [] : (c.attributes.split(' ') as IdentityAttribute[]),
      insMasked: extra?.matricule ? maskMatricule(extra.matricule) : null,
      possibleHomonym: extra?.homonym === 1,
    };
  });
}

/** The rows of `ids` (without matchedBy), keyed by id; absorbed identities are left out. */
export function loadSearchRows(db: Db, ids: readonly number[]): Map<number, ShownRow> {
  return new Map(completeSearchRows(db, candidatesByIds(db, ids)).map((r) => [r.id, r]));
}
