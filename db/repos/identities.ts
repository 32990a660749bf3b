// Repository of the identities table: row type, mapper to the domain record, inserts, reads and the
// optimistic-concurrency update. SQL only; no business rule and no transaction (the use case owns it).
import { AppError } from '../../core/contract/reply.js';
import type { IdentityAttribute, IdentityStatus, Sex } from '../../core/identity/types.js';
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';

export type TraitsSource = 'saisie' | 'import' | 'insi';

export interface IdentityRow {
  id: number;
  ipp: string;
  birth_name: string;
  birth_first_names: string;
  first_birth_name: string;
  sex: Sex;
  birth_date: string;
  birth_date_corrected: 0 | 1;
  birthplace_cog: string;
  birthplace_from_insi: 0 | 1;
  used_name: string | null;
  used_first_name: string | null;
  traits_source: TraitsSource;
  insi_verified_at: string | null;
  status: IdentityStatus;
  attributes: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface IdentityRecord {
  id: number;
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
  traitsSource: TraitsSource;
  insiVerifiedAt: string | null;
  status: IdentityStatus;
  /** Active attributes (cache kept by triggers on identity_attributes), sorted. */
  attributes: IdentityAttribute[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface NewIdentityRow {
  ipp: string;
  birthName: string;
  birthFirstNames: string;
  firstBirthName: string;
  sex: Sex;
  birthDate: string;
  birthDateCorrected?: boolean;
  birthplaceCog: string;
  birthplaceFromInsi?: boolean;
  usedName?: string | null;
  usedFirstName?: string | null;
  traitsSource?: TraitsSource;
  insiVerifiedAt?: string | null;
  status: IdentityStatus;
  createdAt: string;
}

/** Fields a use case may change; `updatedAt` is always required, `version` is bumped by the repo. */
export type IdentityPatch = Partial<
  Pick<
    IdentityRecord,
    | 'birthName' | 'birthFirstNames' | 'firstBirthName' | 'sex' | 'birthDate' | 'birthDateCorrected'
    | 'birthplaceCog' | 'birthplaceFromInsi' | 'usedName' | 'usedFirstName' | 'traitsSource'
    | 'insiVerifiedAt' | 'status'
  >
> & { updatedAt: string };

const PATCH_COLUMNS: Record<Exclude<keyof IdentityPatch, 'updatedAt'>, string> = {
  birthName: 'birth_name',
  birthFirstNames: 'birth_first_names',
  firstBirthName: 'first_birth_name',
  sex: 'sex',
  birthDate: 'birth_date',
  birthDateCorrected: 'birth_date_corrected',
  birthplaceCog: 'birthplace_cog',
  birthplaceFromInsi: 'birthplace_from_insi',
  usedName: 'used_name',
  usedFirstName: 'used_first_name',
  traitsSource: 'traits_source',
  insiVerifiedAt: 'insi_verified_at',
  status: 'status',
};

export function identityToDomain(r: IdentityRow): IdentityRecord {
  return {
    id: r.id,
    ipp: r.ipp,
    birthName: r.birth_name,
    birthFirstNames: r.birth_first_names,
    firstBirthName: r.first_birth_name,
    sex: r.sex,
    birthDate: r.birth_date,
    birthDateCorrected: r.birth_date_corrected === 1,
    birthplaceCog: r.birthplace_cog,
    birthplaceFromInsi: r.birthplace_from_insi === 1,
    usedName: r.used_name,
    usedFirstName: r.used_first_name,
    traitsSource: r.traits_source,
    insiVerifiedAt: r.insi_verified_at,
    status: r.status,
    attributes: r.attributes === '' ? [] : (r.attributes.split(' ') as IdentityAttribute[]),
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const toSql = (v: unknown): unknown => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

/** Inserts a new identity (version 1) and returns its id. */
export function insertIdentity(db: Db, row: NewIdentityRow): number {
  const info = stmt(
    db,
    `INSERT INTO identities (ipp, birth_name, birth_first_names, first_birth_name, sex, birth_date,
       birth_date_corrected, birthplace_cog, birthplace_from_insi, used_name, used_first_name,
       traits_source, insi_verified_at, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.ipp, row.birthName, row.birthFirstNames, row.firstBirthName, row.sex, row.birthDate,
    row.birthDateCorrected ? 1 : 0, row.birthplaceCog, row.birthplaceFromInsi ? 1 : 0,
    row.usedName ?? null, row.usedFirstName ?? null, row.traitsSource ?? 'saisie',
    row.insiVerifiedAt ?? null, row.status, row.createdAt, row.createdAt,
  );
  return Number(info.lastInsertRowid);
}

export function getIdentity(db: Db, id: number): IdentityRecord | null {
  const r = stmt<[number], IdentityRow>(db, 'SELECT * FROM identities WHERE id = ?').get(id);
  return r ? identityToDomain(r) : null;
}

/** By current IPP only; an IPP kept as an alias after a merge is resolved by ipp-aliases.ts. */
export function getIdentityByIpp(db: Db, ipp: string): IdentityRecord | null {
  const r = stmt<[string], IdentityRow>(db, 'SELECT * FROM identities WHERE ipp = ?').get(ipp);
  return r ? identityToDomain(r) : null;
}

export function ippExists(db: Db, ipp: string): boolean {
  return (
    stmt<[string, string], { one: number }>(
      db,
      'SELECT 1 AS one WHERE EXISTS (SELECT 1 FROM identities WHERE ipp = ?) OR EXISTS (SELECT 1 FROM ipp_aliases WHERE alias = ?)',
    ).get(ipp, ipp) !== undefined
  );
}

/** Identities sharing birth name + first birth first name + birth date (optionally not counting one). */
export function countHomonyms(
  db: Db,
  birthName: string,
  firstBirthName: string,
  birthDate: string,
  excludeId: number | null = null,
): number {
  const r = stmt<[string, string, string, number], { n: number }>(
    db,
    `SELECT count(*) AS n FROM identities
     WHERE birth_date = ? AND birth_name = ? AND first_birth_name = ? AND id IS NOT ?`,
  ).get(birthDate, birthName, firstBirthName, excludeId ?? -1);
  return r?.n ?? 0;
}

function lastEditor(db: Db, id: number): string | null {
  const r = stmt<[number], { name: string }>(
    db,
    `SELECT coalesce(o.display_name, j.operator) AS name FROM journal j
     LEFT JOIN operators o ON o.username = j.operator
     WHERE j.entity = 'identity' AND j.entity_id = ? ORDER BY j.seq DESC LIMIT 1`,
  ).get(id);
  return r?.name ?? null;
}

/**
 * Applies `patch` if the stored version is still `expectedVersion`; bumps the version and returns
 * the new record. Throws AppError 'conflict' (someone saved in between) or 'not_found'.
 */
export function updateIdentity(db: Db, id: number, expectedVersion: number, patch: IdentityPatch): IdentityRecord {
  const keys = (Object.keys(PATCH_COLUMNS) as (keyof typeof PATCH_COLUMNS)[]).filter((k) => patch[k] !== undefined);
  const sets = keys.map((k) => `${PATCH_COLUMNS[k]} = ?`);
  const sql = `UPDATE identities SET ${[...sets, 'updated_at = ?', 'version = version + 1'].join(', ')}
               WHERE id = ? AND version = ? RETURNING *`;
  const row = stmt<unknown[], IdentityRow>(db, sql).get(
    ...keys.map((k) => toSql(patch[k])),
    patch.updatedAt,
    id,
    expectedVersion,
  );
  if (row) return identityToDomain(row);
  const current = getIdentity(db, id);
  if (!current) throw new AppError('not_found', `Identité introuvable (n° ${id}).`);
  const who = lastEditor(db, id);
  throw new AppError(
    'conflict',
    `Cette identité a été modifiée ${who ? `par ${who} ` : 'sur un autre poste '}depuis que vous l'avez ouverte ; ` +
      `rechargez-la : vos saisies sont conservées à l'écran.`,
  );
}
