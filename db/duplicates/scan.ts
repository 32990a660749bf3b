// Bulk duplicate scan over the whole base: one pass over the identities (merged ones excluded), blocking
// keys hashed into one sorted typed array (no map of millions of strings), every block compared pair by
// pair (a huge block — a test base full of one name — only within a sliding window), pairs at or above
// DUPLICATE_THRESHOLD kept, and every active INS shared by two records reported as a collision. The pairs
// are written in one transaction with one journal entry: decided pairs are never proposed again, open
// ones are refreshed, open ones no longer found are removed.
import { hostname } from 'node:os';
import { blockingKeys } from '../../core/duplicates/blocking.js';
import { datesMayMatch, DUPLICATE_THRESHOLD, scoreAbove, scorePair, type PairScore } from '../../core/duplicates/score.js';
import { comparable, type ComparableTraits } from '../../core/duplicates/traits.js';
import type { Db } from '../connection.js';
import { appendJournal } from '../journal/index.js';
import { stmt } from '../statements.js';
import { deleteOpenPair, insertPair, refreshOpenPair, storedPairs, type FoundPair } from './pairs.js';

export interface ScanOptions {
  at: string;
  operator: string;
  /** Journaled workstation (default: this machine's name). */
  workstation?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface ScanResult {
  /** Identities read (not merged). */
  scanned: number;
  /** Pairs found by this scan (duplicates and collisions), decided ones included. */
  candidates: number;
  /** Pairs stored for the first time. */
  newPairs: number;
  /** Pairs sharing one active INS. */
  collisions: number;
  /** Open pairs of an earlier scan that this one no longer finds, removed. */
  stalePairs: number;
  tookMs: number;
}

/** Above this size a block is compared within a window of its date-sorted members only. */
const MAX_BLOCK = 2_000;
const WINDOW = 50;

const READ_SQL = `
SELECT i.id, i.birth_name, i.birth_first_names, i.used_name, i.sex, i.birth_date, i.birthplace_cog, i.attributes,
  (SELECT n.matricule FROM ins n WHERE n.identity_id = i.id AND n.active = 1 AND n.invalidated_at IS NULL) AS matricule
FROM identities i WHERE i.merged_into IS NULL`;

type RawRow = [number, string, string, string | null, 'M' | 'F' | 'I', string, string, string, string | null];

/** FNV-1a, 32 bits. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

interface Loaded {
  ids: Int32Array;
  /** Birth year and month × 100 + day of each row: the date pre-test without strings. */
  years: Int16Array;
  monthDays: Int16Array;
  records: ComparableTraits[];
  /** (key hash × 2^idxBits + row index), sorted: equal hashes are one block. */
  entries: Float64Array;
  idxBits: number;
  byMatricule: Map<string, number[]>;
}

function load(db: Db, progress: (done: number, total: number) => void): Loaded {
  const total = stmt<[], { n: number }>(db, 'SELECT count(*) AS n FROM identities WHERE merged_into IS NULL').get()?.n ?? 0;
  const idxBits = Math.max(1, Math.ceil(Math.log2(total + 1)));
  const hashSpace = 2 ** Math.min(32, 53 - idxBits);
  const scale = 2 ** idxBits;
  const ids = new Int32Array(total);
  const years = new Int16Array(total);
  const monthDays = new Int16Array(total);
  const records: ComparableTraits[] = new Array(total);
  let entries = new Float64Array(Math.max(16, total * 5));
  let used = 0;
  const byMatricule = new Map<string, number[]>();
  let n = 0;
  for (const r of db.prepare(READ_SQL).raw().iterate() as IterableIterator<RawRow>) {
    if (n >= total) break; // rows added meanwhile: the next scan sees them
    const [id, birthName, birthFirstNames, usedName, sex, birthDate, birthplaceCog, attributes, matricule] = r;
    const c = comparable({
      birthName,
      birthFirstNames,
      usedName,
      sex,
      birthDate,
      birthplaceCog,
      insMatricule: matricule,
      homonym: attributes.includes('homonyme'),
    });
    ids[n] = id;
    years[n] = Number(birthDate.slice(0, 4));
    monthDays[n] = Number(birthDate.slice(5, 7)) * 100 + Number(birthDate.slice(8, 10));
    records[n] = c;
    for (const key of blockingKeys(c)) {
      if (used === entries.length) {
        const grown = new Float64Array(entries.length * 2);
        grown.set(entries);
        entries = grown;
      }
      entries[used++] = (hash32(key) % hashSpace) * scale + n;
    }
    if (matricule !== null) {
      const same = byMatricule.get(matricule);
      if (same) same.push(n);
      else byMatricule.set(matricule, [n]);
    }
    n++;
    if ((n & 0xffff) === 0) progress(n, total);
  }
  const sorted = entries.subarray(0, used).sort();
  return { ids: ids.subarray(0, n), years, monthDays, records: records.slice(0, n), entries: sorted, idxBits, byMatricule };
}

/** Finds the pairs (row indexes) at or above the threshold, and the collisions. */
function findPairs(data: Loaded, progress: (done: number) => void): Map<number, { i: number; j: number; s: PairScore; collision: boolean }> {
  const { records, entries, idxBits, years, monthDays } = data;
  const scale = 2 ** idxBits;
  const rows = records.length;
  const found = new Map<number, { i: number; j: number; s: PairScore; collision: boolean }>();
  const consider = (x: number, y: number) => {
    if (x === y || !datesMayMatch(years[x] as number, monthDays[x] as number, years[y] as number, monthDays[y] as number)) return;
    const i = x < y ? x : y;
    const j = x < y ? y : x;
    // Most compared pairs fail at once on the date: score first, then look the pair up (a pair met in
    // several blocks scores the same each time).
    const s = scoreAbove(records[i] as ComparableTraits, records[j] as ComparableTraits, DUPLICATE_THRESHOLD);
    if (s) found.set(i * rows + j, { i, j, s, collision: false });
  };
  const block: number[] = [];
  let start = 0;
  while (start < entries.length) {
    const h = Math.floor((entries[start] as number) / scale);
    let end = start + 1;
    while (end < entries.length && Math.floor((entries[end] as number) / scale) === h) end++;
    if (end - start > 1) {
      block.length = 0;
      for (let k = start; k < end; k++) block.push((entries[k] as number) % scale);
      if (block.length <= MAX_BLOCK) {
        for (let a = 0; a < block.length; a++) for (let b = a + 1; b < block.length; b++) consider(block[a] as number, block[b] as number);
      } else {
        block.sort((x, y) => ((records[x] as ComparableTraits).traits.birthDate < (records[y] as ComparableTraits).traits.birthDate ? -1 : 1));
        for (let a = 0; a < block.length; a++) {
          for (let b = a + 1; b < Math.min(block.length, a + WINDOW); b++) consider(block[a] as number, block[b] as number);
        }
      }
    }
    if (Math.floor(end / 65536) !== Math.floor(start / 65536)) progress(end);
    start = end;
  }
  // The same active INS on two records: always reported, whatever the traits say.
  for (const same of data.byMatricule.values()) {
    if (same.length < 2) continue;
    for (let a = 0; a < same.length; a++) {
      for (let b = a + 1; b < same.length; b++) {
        const [i, j] = [same[a] as number, same[b] as number];
        const s = scorePair(records[i] as ComparableTraits, records[j] as ComparableTraits);
        found.set(i * rows + j, { i, j, s, collision: true });
      }
    }
  }
  return found;
}

function mergedSince(db: Db): Set<number> {
  return new Set(stmt<[], { id: number }>(db, 'SELECT id FROM identities WHERE merged_into IS NOT NULL').all().map((r) => r.id));
}

export function scanDuplicates(db: Db, options: ScanOptions): ScanResult {
  const started = performance.now();
  const report = options.onProgress;
  const data = load(db, (done, count) => report?.(done, count * 2));
  const total = data.records.length;
  report?.(total, total * 2);
  const found = findPairs(data, (done) => report?.(total + Math.round((done / Math.max(1, data.entries.length)) * total), total * 2));
  const pairs: FoundPair[] = [];
  for (const { i, j, s, collision } of found.values()) {
    const [a, b] = [data.ids[i] as number, data.ids[j] as number];
    pairs.push({ aId: Math.min(a, b), bId: Math.max(a, b), kind: collision ? 'collision' : 'duplicate', score: s.score, reasons: s.reasons });
  }
  const collisions = pairs.filter((p) => p.kind === 'collision').length;
  const write = db.transaction(() => {
    const stored = storedPairs(db);
    // Read and write are two moments: a record merged meanwhile is not proposed.
    const merged = mergedSince(db);
    let newPairs = 0;
    for (const p of pairs) {
      if (merged.has(p.aId) || merged.has(p.bId)) continue;
      const key = `${p.aId}:${p.bId}`;
      const known = stored.get(key);
      stored.delete(key);
      if (!known) {
        insertPair(db, p, { at: options.at, by: options.operator });
        newPairs++;
      } else if (known.status === 'open') refreshOpenPair(db, known.id, p);
    }
    let stalePairs = 0;
    for (const left of stored.values()) if (left.status === 'open' && deleteOpenPair(db, left.id)) stalePairs++;
    const summary = {
      scanned: total,
      candidates: pairs.length,
      newPairs,
      collisions,
      stalePairs,
      tookMs: Math.round(performance.now() - started),
    };
    appendJournal(db, {
      at: options.at,
      operator: options.operator,
      workstation: options.workstation ?? hostname(),
      action: 'system.duplicate_scan',
      entity: 'system',
      entityId: null,
      reason: null,
      changes: [],
      data: summary,
    });
    return summary;
  });
  const result = write.immediate();
  report?.(total * 2, total * 2);
  return { ...result, tookMs: Math.round(performance.now() - started) };
}
