// Synthetic identities as one flat array of primitives, FIELDS values per identity: the shape the
// generator worker posts to the loading thread (copying plain values between threads costs a fifth of
// copying objects) and the one the seed's insert statements bind from, without rebuilding objects.
import { indexTextsOf } from '../search/index-text.js';
import type { SyntheticIdentity } from './generator.js';

export type FlatValue = string | number | null;

/** Offsets of each value inside one identity's group. */
export const F = {
  ipp: 0,
  birthName: 1,
  birthFirstNames: 2,
  firstBirthName: 3,
  sex: 4,
  birthDate: 5,
  birthDateCorrected: 6,
  birthplaceCog: 7,
  birthplaceFromInsi: 8,
  usedName: 9,
  usedFirstName: 10,
  traitsSource: 11,
  insiVerifiedAt: 12,
  status: 13,
  createdAt: 14,
  insMatricule: 15,
  insOid: 16,
  insObtainedAt: 17,
  /** Attributes joined by spaces ('' when none). */
  attributes: 18,
  checkDeviceType: 19,
  checkValidUntil: 20,
  checkCheckedAt: 21,
  /** The identity_search and identity_phonetic texts (db/search/index-text.ts), computed where the identity is generated. */
  searchText: 22,
  phoneticText: 23,
} as const;
export const FIELDS = 24;

/** Appends one identity's FIELDS values to `out`. */
export function pushFlatIdentity(out: FlatValue[], p: SyntheticIdentity): void {
  out.push(
    p.ipp, p.birthName, p.birthFirstNames, p.firstBirthName, p.sex, p.birthDate, p.birthDateCorrected ? 1 : 0,
    p.birthplaceCog, p.birthplaceFromInsi ? 1 : 0, p.usedName, p.usedFirstName, p.traitsSource, p.insiVerifiedAt,
    p.status, p.createdAt,
    p.ins?.matricule ?? null, p.ins?.oid ?? null, p.ins?.obtainedAt ?? null,
    p.attributes.join(' '),
    p.documentCheck?.deviceType ?? null, p.documentCheck?.validUntil ?? null, p.documentCheck?.checkedAt ?? null,
    ...indexTextsOf(p),
  );
}
