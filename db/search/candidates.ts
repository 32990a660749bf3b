// Candidate lookups of the patient search: FTS5 MATCH on the search index (capped, in rowid order),
// the ordered birth-name range for one-letter queries, and IPP / INS matricule lookups on B-tree indexes.
// A candidate carries every column a result row shows, so the rows shown are not read twice. An
// identity absorbed by a merge is never shown (its IPP, kept as an alias, finds the survivor).
import type { IdentityStatus, Sex } from '../../core/identity/types.js';
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';

export interface Candidate {
  id: number;
  ipp: string;
  birthName: string;
  birthFirstNames: string;
  firstBirthName: string;
  sex: Sex;
  birthDate: string;
  /** 0 or 1, as stored. */
  birthDateCorrected: number;
  birthplaceCog: string;
  usedName: string | null;
  usedFirstName: string | null;
  status: IdentityStatus;
  /** Space-separated, as the attributes cache column holds them. */
  attributes: string;
  /** 1 when a merge absorbed it. FTS5 batches keep such rows so their length still says whether the index had more. */
  absorbed: number;
}

const COLUMNS = `i.id, i.ipp, i.birth_name AS birthName, i.birth_first_names AS birthFirstNames,
  i.first_birth_name AS firstBirthName, i.sex, i.birth_date AS birthDate, i.birth_date_corrected AS birthDateCorrected,
  i.birthplace_cog AS birthplaceCog, i.used_name AS usedName, i.used_first_name AS usedFirstName, i.status, i.attributes,
  i.merged_into IS NOT NULL AS absorbed`;
const LIVE = 'i.merged_into IS NULL';

export type SearchTable = 'identity_search' | 'identity_phonetic';

/**
 * Up to `cap` identities matching an FTS5 expression on `table`, in id order from `afterId` on,
 * optionally only among `within` ids; absorbed ones included (flagged).
 */
export function ftsCandidates(
  db: Db,
  table: SearchTable,
  match: string,
  cap: number,
  within: readonly number[] | null,
  afterId = 0,
): Candidate[] {
  if (within) {
    return stmt<[string, number, string, number], Candidate>(
      db,
      `SELECT ${COLUMNS} FROM (
         SELECT rowid AS id FROM ${table}
         WHERE ${table} MATCH ? AND rowid > ? AND rowid IN (SELECT value FROM json_each(?)) ORDER BY rowid LIMIT ?
       ) c JOIN identities i ON i.id = c.id ORDER BY i.id`,
    ).all(match, afterId, JSON.stringify(within), cap);
  }
  return stmt<[string, number, number], Candidate>(
    db,
    `SELECT ${COLUMNS} FROM (SELECT rowid AS id FROM ${table} WHERE ${table} MATCH ? AND rowid > ? ORDER BY rowid LIMIT ?) c
     JOIN identities i ON i.id = c.id ORDER BY i.id`,
  ).all(match, afterId, cap);
}

/** Identities by id (identifier-only queries). */
export function candidatesByIds(db: Db, ids: readonly number[]): Candidate[] {
  return stmt<[string], Candidate>(
    db,
    `SELECT ${COLUMNS} FROM identities i WHERE i.id IN (SELECT value FROM json_each(?)) AND ${LIVE}`,
  ).all(JSON.stringify(ids));
}

/** First `cap` identities whose birth name starts with `prefix`, in birth name then first names order. */
export function birthNameRange(db: Db, prefix: string, cap: number): Candidate[] {
  return stmt<[string, string, number], Candidate>(
    db,
    `SELECT ${COLUMNS} FROM identities i INDEXED BY identities_birth_name
     WHERE i.birth_name >= ? AND i.birth_name < ? AND ${LIVE} ORDER BY i.birth_name, i.birth_first_names LIMIT ?`,
  ).all(prefix, upperBound(prefix), cap);
}

/** The smallest string greater than every string starting with `prefix` (binary collation). */
export function upperBound(prefix: string): string {
  const last = prefix.charCodeAt(prefix.length - 1);
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}

export type IdentifierMatch = 'exact' | 'prefix';

/** Identities whose IPP (current or kept as an alias after a merge) is `ipp` or starts with it. */
export function idsByIpp(db: Db, ipp: string, cap: number): Map<number, IdentifierMatch> {
  const out = new Map<number, IdentifierMatch>();
  const exact = stmt<[string, string], { id: number }>(
    db,
    `SELECT id FROM identities WHERE ipp = ? UNION SELECT identity_id AS id FROM ipp_aliases WHERE alias = ?`,
  ).all(ipp, ipp);
  for (const r of exact) out.set(r.id, 'exact');
  const bound = upperBound(ipp);
  const prefixed = stmt<[string, string, number, string, string, number], { id: number }>(
    db,
    `SELECT id FROM (SELECT id FROM identities WHERE ipp > ? AND ipp < ? ORDER BY ipp LIMIT ?)
     UNION ALL SELECT id FROM (SELECT identity_id AS id FROM ipp_aliases WHERE alias > ? AND alias < ? ORDER BY alias LIMIT ?)`,
  ).all(ipp, bound, cap, ipp, bound, cap);
  for (const r of prefixed) if (!out.has(r.id) && out.size < cap) out.set(r.id, 'prefix');
  return out;
}

/** Identities holding (or having held) an INS whose matricule is `m` (15) or starts with it. */
export function idsByMatricule(db: Db, m: string, complete: boolean, cap: number): Map<number, IdentifierMatch> {
  const rows = complete
    ? stmt<[string, number], { id: number }>(db, 'SELECT DISTINCT identity_id AS id FROM ins WHERE matricule = ? LIMIT ?').all(m, cap)
    : stmt<[string, string, number], { id: number }>(
        db,
        'SELECT DISTINCT identity_id AS id FROM ins WHERE matricule >= ? AND matricule < ? LIMIT ?',
      ).all(m, upperBound(m), cap);
  // 13 characters name one person whatever the key: that is an exact match too.
  const kind: IdentifierMatch = complete || m.length === 13 ? 'exact' : 'prefix';
  return new Map(rows.map((r) => [r.id, kind]));
}
