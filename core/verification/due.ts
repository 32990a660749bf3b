// Which identities the periodic INSi re-verification must take (seed §3.2 « Appel à l'opération de vérification »,
// domain.md §6): INSi+ identities (récupérées, qualifiées) whose last successful INSi operation is 4 years old or
// more, and identities whose active INS is a NIA, at each new event on them (an opening at the desk, an edit).
// Pure: the clock is an argument. Instants are ISO 8601 UTC strings as the app stores them (toISOString).
import { canCallInsi } from '../identity/status.js';
import { oidKind } from '../identity/nir.js';
import type { IdentityAttribute, IdentityStatus, Sex } from '../identity/types.js';

export const REVERIFY_AFTER_YEARS = 4;

export type DueReason = 'quatre_ans' | 'nia';

export const DUE_REASON_LABELS: Readonly<Record<DueReason, string>> = {
  quatre_ans: 'Dernière opération INSi il y a 4 ans ou plus',
  nia: 'Matricule NIA : nouvel événement sur la fiche',
};

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The instant a verification done at `verifiedAt` becomes 4 years old: same month, day and time 4 years later;
 * a 29 February whose anniversary year is not a leap year (2096 → 2100) reaches it on 1 March.
 */
export function reverificationAnniversary(verifiedAt: string): string {
  const d = new Date(verifiedAt);
  const year = d.getUTCFullYear() + REVERIFY_AFTER_YEARS;
  const feb29 = d.getUTCMonth() === 1 && d.getUTCDate() === 29;
  const out = new Date(d.getTime());
  if (feb29 && !isLeap(year)) out.setUTCFullYear(year, 2, 1);
  else out.setUTCFullYear(year, d.getUTCMonth(), d.getUTCDate());
  return out.toISOString();
}

/** The 4-year rule alone: the anniversary is reached (the exact instant counts as due). */
export function isFourYearsDue(verifiedAt: string, now: string): boolean {
  return Date.parse(reverificationAnniversary(verifiedAt)) <= Date.parse(now);
}

/**
 * The latest verification instant that is due at `now`, so that the database can select with one index range
 * (`insi_verified_at <= cutoff`): `now` 4 years back; when that date does not exist (now = 29 February, 4 years
 * earlier not a leap year), the end of 28 February, since a 29 February never occurred that year.
 */
export function dueCutoff(now: string): string {
  const d = new Date(now);
  const year = d.getUTCFullYear() - REVERIFY_AFTER_YEARS;
  const out = new Date(d.getTime());
  if (d.getUTCMonth() === 1 && d.getUTCDate() === 29 && !isLeap(year)) {
    out.setUTCFullYear(year, 1, 28);
    out.setUTCHours(23, 59, 59, 999);
  } else {
    out.setUTCFullYear(year, d.getUTCMonth(), d.getUTCDate());
  }
  return out.toISOString();
}

/** What the rule needs to know about one identity. */
export interface DueFacts {
  status: IdentityStatus;
  attributes: readonly IdentityAttribute[];
  sex: Sex;
  birthDateCorrected: boolean;
  /** Absorbed by a merge: never verified again (the survivor carries the INS). */
  mergedInto: number | null;
  /** The active INS, or null. */
  activeInsOid: string | null;
  insiVerifiedAt: string | null;
  /** A NIA event queued this identity (verification_requests). */
  niaRequested: boolean;
}

/** An INSi verification is possible at all: active INS, INSi callable (not douteuse/fictive), M/F, not merged. */
export function verifiable(f: DueFacts): boolean {
  if (f.mergedInto !== null || f.activeInsOid === null) return false;
  if (f.sex !== 'M' && f.sex !== 'F') return false;
  const facts = { insiVerified: f.insiVerifiedAt !== null, documentChecked: false, attributes: f.attributes, birthDateCorrected: f.birthDateCorrected, sex: f.sex };
  return canCallInsi(facts).ok;
}

/** Why the identity is due now (empty: not due). */
export function dueReasons(f: DueFacts, now: string): DueReason[] {
  if (!verifiable(f)) return [];
  const reasons: DueReason[] = [];
  const insiPlus = f.status === 'recuperee' || f.status === 'qualifiee';
  if (insiPlus && f.insiVerifiedAt !== null && isFourYearsDue(f.insiVerifiedAt, now)) reasons.push('quatre_ans');
  if (f.niaRequested && oidKind(f.activeInsOid!) === 'NIA') reasons.push('nia');
  return reasons;
}

/** Whether an event on the identity (opening, edit) queues a NIA re-verification request. */
export function niaEventQueues(f: Omit<DueFacts, 'niaRequested'>): boolean {
  return verifiable({ ...f, niaRequested: true }) && oidKind(f.activeInsOid!) === 'NIA';
}
