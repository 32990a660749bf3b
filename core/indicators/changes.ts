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

/**
 * Deltas of one identity entry. A creation is always provisoire unless its entry names the status (every
 * new identity starts without INSi nor document check); a later change from no status is therefore a
 * change from provisoire (the INSi acceptance of a new patient journals status null → récupérée).
 */
export function measureDeltas(action: string, changes: readonly JournalChangeLike[]): MeasureDelta[] {
  const out = new Map<Measure, number>();
  const add = (m: Measure, d: number) => out.set(m, (out.get(m) ?? 0) + d);
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
