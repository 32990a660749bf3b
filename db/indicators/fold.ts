// Incremental fold of the append-only journal into the dashboard's daily aggregates (migration 0005,
// « indicators »): activity per (day, operator, workstation, action, outcome) and net changes per
// (day, measure). Only entries after the cursor (meta 'indicators_folded_seq') are read, in batches,
// each batch and its cursor move committed together: folding again, or in pieces, counts nothing twice.
import { localDay } from '../../core/indicators/periods.js';
import { isCreation, measureDeltas } from '../../core/indicators/changes.js';
import type { Db } from '../connection.js';
import { decodePayload, type JournalChange } from '../journal/payload.js';
import { getMeta, setMeta } from '../repos/meta.js';
import { stmt } from '../statements.js';

export const FOLD_CURSOR = 'indicators_folded_seq';
const BATCH = 100_000;
// Joins the key parts of the in-memory tallies: a control character no operator or action name holds.
const SEP = '\u001f';

interface FoldRow {
  seq: number;
  at: string;
  operator: string;
  workstation: string;
  action: string;
  outcome: string | null;
  payload: string | null;
}

// The INSi call status or verification verdict; payloads parsed only where a count may change
// (status 'st', INS 'm' / 'ins', merges and their undo), never the INSi calls' SOAP frames.
const ROWS_SQL = `
SELECT seq, at, operator, workstation, action,
  CASE WHEN action IN ('identity.insi_call', 'identity.insi_verify') AND json_valid(payload)
    THEN CASE action WHEN 'identity.insi_call' THEN payload ->> '$.d.status' ELSE payload ->> '$.d.verdict' END END AS outcome,
  CASE WHEN entity = 'identity' AND action <> 'identity.insi_call'
    AND (instr(payload, '"st"') > 0 OR instr(payload, '"m"') > 0 OR instr(payload, '"ins"') > 0
      OR action IN ('identity.merge', 'identity.merged_into', 'identity.merge_undo')) THEN payload END AS payload
FROM journal WHERE seq > ? AND seq <= ? ORDER BY seq`;

export const foldedSeq = (db: Db): number => Number(getMeta(db, FOLD_CURSOR) ?? 0);

const journalHeadSeq = (db: Db): number =>
  stmt<[], { seq: number }>(db, 'SELECT seq FROM journal ORDER BY seq DESC LIMIT 1').get()?.seq ?? 0;

export interface FoldResult {
  /** Entries read by this fold. */
  folded: number;
  /** Cursor after the fold. */
  seq: number;
}

/** Folds the entries not yet folded (up to `upTo`, default the journal head). */
export function foldJournal(db: Db, opts: { upTo?: number; batch?: number } = {}): FoldResult {
  const batch = Math.max(1, opts.batch ?? BATCH);
  let folded = 0;
  const step = db.transaction((limit: number) => {
    const from = foldedSeq(db);
    const to = Math.min(limit, from + batch);
    if (to <= from) return 0;
    const n = foldRange(db, from, to);
    setMeta(db, FOLD_CURSOR, String(to));
    return n;
  });
  const upTo = Math.min(opts.upTo ?? Number.MAX_SAFE_INTEGER, journalHeadSeq(db));
  while (foldedSeq(db) < upTo) folded += step.immediate(upTo);
  return { folded, seq: foldedSeq(db) };
}

function foldRange(db: Db, from: number, to: number): number {
  const activity = new Map<string, number>();
  const deltas = new Map<string, number>();
  const dayOf = memoDay();
  let n = 0;
  for (const r of stmt<[number, number], FoldRow>(db, ROWS_SQL).iterate(from, to)) {
    n += 1;
    const day = dayOf(r.at);
    const key = `${day}${SEP}${r.operator}${SEP}${r.workstation}${SEP}${r.action}${SEP}${r.outcome ?? ''}`;
    activity.set(key, (activity.get(key) ?? 0) + 1);
    if (r.payload === null && !isCreation(r.action)) continue;
    let changes: JournalChange[] = [];
    let data: unknown;
    try {
      if (r.payload !== null) ({ changes, data } = decodePayload(r.payload));
    } catch {
      // A payload that is no longer JSON is the integrity check's business: counted without its changes.
    }
    for (const d of measureDeltas(r.action, changes, data)) {
      const k = `${day}${SEP}${d.measure}`;
      deltas.set(k, (deltas.get(k) ?? 0) + d.delta);
    }
  }
  const upActivity = stmt(
    db,
    `INSERT INTO indicator_activity (day, operator, workstation, action, outcome, n) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET n = n + excluded.n`,
  );
  for (const [key, count] of activity) upActivity.run(...key.split(SEP), count);
  const upChange = stmt(
    db,
    `INSERT INTO indicator_changes (day, measure, delta) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET delta = delta + excluded.delta`,
  );
  for (const [key, delta] of deltas) {
    const [day, measure] = key.split(SEP) as [string, string];
    upChange.run(day, measure, delta);
  }
  return n;
}

/** localDay with a cache per minute prefix: time zones move by whole minutes. */
function memoDay(): (at: string) => string {
  const cache = new Map<string, string>();
  return (at) => {
    const minute = at.slice(0, 16);
    let day = cache.get(minute);
    if (day === undefined) {
      day = localDay(at);
      cache.set(minute, day);
    }
    return day;
  };
}
