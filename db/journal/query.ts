// Read side of the referent's journal viewer: the journal or the access journal filtered by operator,
// identity, action and period, newest first, paged by seq (keyset: `before` is the last seq shown).
// Each filter has an index ordered by seq (0001, 0005), so a page costs the same on a million entries.
// A period is exact whatever the order of `at`: entries are mostly appended in time order (give or take the
// seconds an INSi call is journaled with its start time, and workstation clocks), so the bulk of a period is a
// seq range found by binary search with a margin and read in seq order; the entries of the period outside that
// range (journaled with a past date, like the demo's backdated identities, or a clock far off) are found apart
// on the `journal_at` index and merged in (UNION ALL, the two arms are disjoint).
import { AppError } from '../../core/contract/reply.js';
import { addDays, localDayStart } from '../../core/indicators/periods.js';
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';
import { journalLabel } from './actions.js';
import { decodePayload, type JournalChange } from './payload.js';
import type { JournalEntryView } from './read.js';

export type JournalKind = 'journal' | 'access';

export interface JournalFilters {
  journal: JournalKind;
  operator?: string | undefined;
  ipp?: string | undefined;
  action?: string | undefined;
  /** Local days, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
}

/** An entry as the viewer lists it: the identity's IPP, and each change already written out. */
export interface JournalRow extends Omit<JournalEntryView, 'changes'> {
  ipp: string | null;
  changes: string[];
}

export const ACCESS_LABELS: Record<string, string> = { open: 'Ouverture du dossier', print: 'Impression', export: 'Export' };

/** Time skew tolerated between seq order and `at` order (INSi timeouts, workstation clocks). */
const SKEW_MS = 60 * 60 * 1000;

const TABLE: Record<JournalKind, string> = { journal: 'journal', access: 'access_journal' };

/** The identity behind an IPP, current or former (alias); French refusal when none. */
export function identityIdByIpp(db: Db, ipp: string): number {
  const id =
    stmt<[string], { id: number }>(db, 'SELECT id FROM identities WHERE ipp = ?').get(ipp)?.id ??
    stmt<[string], { id: number }>(db, 'SELECT identity_id AS id FROM ipp_aliases WHERE alias = ?').get(ipp)?.id;
  if (id === undefined) throw new AppError('not_found', `Aucune identité ne porte l'IPP « ${ipp} » (ni comme ancien IPP).`);
  return id;
}

/** First seq whose `at` is ≥ instant (assuming `at` follows seq), or null past the end. */
function firstSeqAtOrAfter(db: Db, table: string, instant: string): number | null {
  // Two queries: min() and max() together would scan the whole table.
  const first = stmt<[], { seq: number }>(db, `SELECT seq FROM ${table} ORDER BY seq LIMIT 1`).get();
  const last = stmt<[], { seq: number }>(db, `SELECT seq FROM ${table} ORDER BY seq DESC LIMIT 1`).get();
  if (!first || !last) return null;
  const bounds = { lo: first.seq, hi: last.seq };
  const atOf = stmt<[number], { seq: number; at: string }>(db, `SELECT seq, at FROM ${table} WHERE seq >= ? ORDER BY seq LIMIT 1`);
  let lo = bounds.lo;
  let hi = bounds.hi + 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const r = atOf.get(mid);
    if (!r || r.at >= instant) hi = mid;
    else lo = r.seq + 1;
  }
  return lo > bounds.hi ? null : lo;
}

export interface SeqRange {
  lo: number;
  hi: number;
  fromAt: string | null;
  toAt: string | null;
}

/** The seq range that holds every entry of the period (local days), widened by the skew margin. */
export function periodSeqRange(db: Db, kind: JournalKind, from?: string, to?: string): SeqRange {
  const table = TABLE[kind];
  const fromAt = from ? localDayStart(from) : null;
  const toAt = to ? localDayStart(addDays(to, 1)) : null;
  const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
  const lo = fromAt ? firstSeqAtOrAfter(db, table, shift(fromAt, -SKEW_MS)) ?? Number.MAX_SAFE_INTEGER : 0;
  const after = toAt ? firstSeqAtOrAfter(db, table, shift(toAt, SKEW_MS)) : null;
  return { lo, hi: after === null ? Number.MAX_SAFE_INTEGER : after - 1, fromAt, toAt };
}

interface Where {
  sql: string;
  params: (string | number)[];
}

/** The exact filters other than the seq range (operator, action, identity, period bounds). */
function exactFilters(db: Db, f: JournalFilters, range: SeqRange): Where {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  // `+at`: the bounds filter rows; they must not make the planner leave the seq order for journal_at.
  if (range.fromAt) { parts.push('+at >= ?'); params.push(range.fromAt); }
  if (range.toAt) { parts.push('+at < ?'); params.push(range.toAt); }
  if (f.operator) { parts.push('operator = ?'); params.push(f.operator); }
  if (f.action) { parts.push('action = ?'); params.push(f.action); }
  if (f.ipp) {
    const id = identityIdByIpp(db, f.ipp);
    parts.push(f.journal === 'journal' ? "entity = 'identity' AND entity_id = ?" : 'identity_id = ?');
    params.push(id);
  }
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params };
}

/**
 * `select` (a `SELECT … FROM <table>` of the filtered journal) restricted to the filters, plus `extra` (a keyset
 * bound): one SELECT, or with a period two disjoint ones joined by UNION ALL — the caller appends ORDER BY seq.
 */
export function filteredSelect(db: Db, f: JournalFilters, select: string, extra?: Where): Where {
  const table = TABLE[f.journal];
  const range = periodSeqRange(db, f.journal, f.from, f.to);
  const exact = exactFilters(db, f, range);
  const tail = extra ? { sql: `${exact.sql} AND ${extra.sql}`, params: [...exact.params, ...extra.params] } : exact;
  if (!range.fromAt && !range.toAt) return { sql: `${select} WHERE ${tail.sql}`, params: tail.params };
  const atBounds = [range.fromAt ? 'at >= ?' : null, range.toAt ? 'at < ?' : null].filter((x) => x !== null).join(' AND ');
  const atParams = [range.fromAt, range.toAt].filter((x): x is string => x !== null);
  const inOrder = `${select} WHERE seq BETWEEN ? AND ? AND ${tail.sql}`;
  const outOfOrder = `${select} WHERE seq IN (SELECT seq FROM ${table} INDEXED BY ${table}_at WHERE ${atBounds} AND (seq < ? OR seq > ?)) AND ${tail.sql}`;
  return {
    sql: `${inOrder} UNION ALL ${outOfOrder}`,
    params: [range.lo, range.hi, ...tail.params, ...atParams, range.lo, range.hi, ...tail.params],
  };
}

const shown = (v: unknown): string => (v === null || v === undefined || v === '' ? '∅' : typeof v === 'string' ? v : JSON.stringify(v));
const describe = (c: JournalChange): string => `${c.field} : ${shown(c.before)} → ${shown(c.after)}`;

interface RawRow {
  seq: number;
  at: string;
  operator: string;
  workstation: string;
  action: string;
  reason: string | null;
  payload: string | null;
  ipp: string | null;
}

export interface JournalPage {
  rows: JournalRow[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: number | null;
}

export function searchJournal(db: Db, f: JournalFilters & { before?: number | undefined; limit?: number | undefined }): JournalPage {
  const limit = f.limit ?? 50;
  const before = f.before ?? Number.MAX_SAFE_INTEGER;
  // The INSi calls' payloads (SOAP frames) are not read for the list: only their label is shown.
  const select =
    f.journal === 'journal'
      ? `SELECT seq, at, operator, workstation, action, reason,
           CASE WHEN action = 'identity.insi_call' THEN NULL ELSE payload END AS payload,
           CASE WHEN entity = 'identity' THEN (SELECT ipp FROM identities WHERE id = journal.entity_id) END AS ipp
         FROM journal`
      : `SELECT seq, at, operator, workstation, action, NULL AS reason, NULL AS payload,
           (SELECT ipp FROM identities WHERE id = access_journal.identity_id) AS ipp
         FROM access_journal`;
  const query = filteredSelect(db, f, select, { sql: 'seq < ?', params: [before] });
  const raw = stmt<unknown[], RawRow>(db, `${query.sql} ORDER BY seq DESC LIMIT ?`).all(...query.params, limit + 1);
  const rows = raw.slice(0, limit).map((r) => toRow(f.journal, r));
  return { rows, nextBefore: raw.length > limit ? rows[rows.length - 1]!.seq : null };
}

function toRow(kind: JournalKind, r: RawRow): JournalRow {
  let label = ACCESS_LABELS[r.action] ?? r.action;
  let changes: string[] = [];
  if (kind === 'journal') {
    let data: unknown;
    try {
      const decoded = decodePayload(r.payload ?? '');
      changes = decoded.changes.map(describe);
      data = decoded.data;
    } catch {
      changes = ['(contenu illisible : vérifiez l’intégrité du journal)'];
    }
    label = journalLabel(r.action, data);
  }
  return { seq: r.seq, at: r.at, operator: r.operator, workstation: r.workstation, action: r.action, label, ipp: r.ipp, reason: r.reason, changes };
}
