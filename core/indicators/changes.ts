// What one journal entry changes in the dashboard's counts: identities created, identities per status,
// identities holding an active INS. Past counts are rebuilt from today's counts minus the later changes.
import type { JournalChangeLike } from './types.js';

export const STATUSES = ['provisoire', 'recuperee', 'validee', 'qualifiee'] as const;
export type StatusName = (typeof STATUSES)[number];

/** 'identities', 'ins' or 'status:<statut>'. */
export type Measure = 'identities' | 'ins' | `status:${StatusName}`;

export interface MeasureDelta {
  measure: Measure;
  delta: number;
}

const CREATIONS = new Set(['identity.create', 'identity.import']);
export const isCreation = (action: string): boolean => CREATIONS.has(action);
const isStatus = (v: unknown): v is StatusName => typeof v === 'string' && (STATUSES as readonly string[]).includes(v);
const present = (v: unknown) => v !== null && v !== undefined && v !== '';

/** What the merge entries tell about the records (data written by db/merge). */
export interface MergeFacts {
  /** The absorbed record's status (it keeps it while merged away). */
  absorbedStatus?: unknown;
  /** The absorbed record held an active INS before the merge (it leaves the count with it, or moves). */
  absorbedInsActive?: unknown;
  /** That INS moved to the survivor, which had none (the survivor enters the INS count). */
  insMoved?: unknown;
}

const MERGE_ACTIONS = new Set(['identity.merge', 'identity.merged_into', 'identity.merge_undo']);

/**
 * A merge takes the absorbed record out of the counts on the merge day (identities, its status, its INS) and
 * its undo brings it back; the survivor's own status change is an ordinary status change of its entry, and
 * an INS moved to it enters the INS count with it. The absorbed side's undo entry is the one whose
 * `mergedInto` goes back to nothing.
 */
function mergeDeltas(action: string, changes: readonly JournalChangeLike[], data: unknown, add: (m: Measure, d: number) => void): void {
  const f = (typeof data === 'object' && data !== null ? data : {}) as MergeFacts;
  const absorbedSide = (sign: number) => {
    add('identities', sign);
    if (isStatus(f.absorbedStatus)) add(`status:${f.absorbedStatus}`, sign);
    if (f.absorbedInsActive === true) add('ins', sign);
  };
  const survivorSide = (sign: number) => {
    if (f.insMoved === true) add('ins', sign);
  };
  if (action === 'identity.merged_into') absorbedSide(-1);
  else if (action === 'identity.merge') survivorSide(1);
  else if (changes.some((c) => c.field === 'mergedInto' && present(c.before) && !present(c.after))) absorbedSide(1);
  else survivorSide(-1);
}

/**
 * Deltas of one identity entry. A creation is always provisoire unless its entry names the status (every
 * new identity starts without INSi nor document check); a later change from no status is therefore a
 * change from provisoire (the INSi acceptance of a new patient journals status null → récupérée).
 */
export function measureDeltas(action: string, changes: readonly JournalChangeLike[], data?: unknown): MeasureDelta[] {
  const out = new Map<Measure, number>();
  const add = (m: Measure, d: number) => out.set(m, (out.get(m) ?? 0) + d);
  if (MERGE_ACTIONS.has(action)) mergeDeltas(action, changes, data, add);
  const creation = CREATIONS.has(action);
  if (creation) {
    add('identities', 1);
    const st = changes.find((c) => c.field === 'status')?.after;
    add(`status:${isStatus(st) ? st : 'provisoire'}`, 1);
  }
  for (const c of changes) {
    if (c.field === 'status' && !creation && c.before !== c.after) {
      const before = isStatus(c.before) ? c.before : 'provisoire';
      if (isStatus(c.after) && c.after !== before) {
        add(`status:${before}`, -1);
        add(`status:${c.after}`, 1);
      }
    } else if (c.field === 'insMatricule') {
      add('ins', (present(c.after) ? 1 : 0) - (present(c.before) ? 1 : 0));
    } else if (c.field === 'ins' && c.before === 'active' && c.after !== 'active') {
      add('ins', -1);
    }
  }
  return [...out].filter(([, d]) => d !== 0).map(([measure, delta]) => ({ measure, delta }));
}
