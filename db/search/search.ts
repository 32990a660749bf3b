// Local patient search (domain.md §6b): parses the box, gathers capped candidates from the FTS5
// indexes (exact tokens, then prefixes, then phonetic keys when little was found) or from B-tree
// indexes (IPP, matricule, one-letter birth-name ranges), ranks them and completes only the rows shown.
import { phoneticKey } from '../../core/search/phonetic.js';
import { parseSearchQuery, type SearchTerm } from '../../core/search/query.js';
import { compareCandidates, FIELD_TIER, matchesInitials, RANK_OF, rankOf, termTier, type MatchKind } from '../../core/search/rank.js';
import { indexedNameTokens, MAX_INDEXED_PREFIX } from './index-text.js';
import type { Db } from '../connection.js';
import {
  birthNameRange,
  candidatesByIds,
  ftsCandidates,
  idsByIpp,
  idsByMatricule,
  type Candidate,
  type IdentifierMatch,
} from './candidates.js';
import { completeSearchRows, type SearchRow, type ShownRow } from './rows.js';

export type { SearchRow } from './rows.js';

export interface SearchOptions {
  /** Rows returned (default 50). */
  limit?: number;
}

export interface SearchResult {
  rows: SearchRow[];
  /** More identities matched than the rows returned: the agent should narrow the query. */
  truncated: boolean;
  tookMs: number;
}

export const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;
/**
 * Candidates read per phase: one more than the rows shown. A broad query (`MAR`, `1980`) matches
 * thousands; we read the first ones in index (id) order, rank those and say `truncated`, instead of
 * sorting the whole set on every keystroke — so the cost does not grow with the base.
 */
const capFor = (limit: number) => limit + 1;
/** Phonetic matching is a fallback: it runs when exact and prefix matching found fewer rows. */
export const PHONETIC_BELOW = 10;
/** Candidates read at most when prefixes longer than the precomputed lists are checked one by one. */
const PREFIX_SCAN_BUDGET = 800;

interface Found {
  candidate: Candidate;
  kinds: MatchKind[];
  rank: number;
}

type NameTerm = Extract<SearchTerm, { kind: 'name' }>;
type DateTerm = Extract<SearchTerm, { kind: 'date' }>;

const quoted = (token: string) => `"${token}"`;
const dateParts = (dates: readonly DateTerm[]) => dates.map((d) => quoted(d.value));

/** Every name token whole, with the dates: the exact phase. */
const exactExpression = (names: readonly NameTerm[], dates: readonly DateTerm[]) =>
  [...names.map((n) => quoted(n.value)), ...dateParts(dates)].join(' AND ');

/**
 * Name prefixes. A prefix longer than the precomputed lists makes FTS5 merge the lists of every
 * matching token; alone, that set is small, but next to other terms it is cut to its first letters
 * (a fast precomputed list the other terms skip through) and checked in JS — see `longPrefixes`.
 */
function prefixExpression(names: readonly NameTerm[], dates: readonly DateTerm[]): string {
  const alone = names.length + dates.length === 1;
  const part = (n: NameTerm) => quoted(alone ? n.value : n.value.slice(0, MAX_INDEXED_PREFIX));
  return [...names.map((n) => `${part(n)}*`), ...dateParts(dates)].join(' AND ');
}

/** Terms whose prefix match prefixExpression() only approximates. */
const longPrefixes = (names: readonly NameTerm[], dates: readonly DateTerm[]) =>
  names.length + dates.length === 1 ? [] : names.filter((n) => n.value.length > MAX_INDEXED_PREFIX);

/** Phonetic keys of the name terms, with the dates; null when no term has a key. */
function phoneticExpression(names: readonly NameTerm[], dates: readonly DateTerm[]): string | null {
  const keys = names.map((n) => phoneticKey(n.value)).filter((k) => k !== '');
  if (keys.length === 0) return null;
  return [...keys.map(quoted), ...dateParts(dates)].join(' AND ');
}

/** Ids matching every identifier term (IPP, matricule), with the weakest match kind; null if none typed. */
function resolveIdentifiers(db: Db, terms: readonly SearchTerm[], cap: number): Map<number, IdentifierMatch> | null {
  let acc: Map<number, IdentifierMatch> | null = null;
  for (const t of terms) {
    let found: Map<number, IdentifierMatch>;
    if (t.kind === 'ipp') found = idsByIpp(db, t.value, cap);
    else if (t.kind === 'ins') found = idsByMatricule(db, t.value, t.complete, cap);
    else continue;
    if (acc === null) acc = found;
    else {
      const next = new Map<number, IdentifierMatch>();
      for (const [id, kind] of acc) {
        const other = found.get(id);
        if (other) next.set(id, kind === 'prefix' || other === 'prefix' ? 'prefix' : 'exact');
      }
      acc = next;
    }
  }
  return acc;
}

/** An 8-digit date or a 13/15-digit matricule typed alone may also be a numeric IPP. */
function numericIppAlternative(terms: readonly SearchTerm[]): string | null {
  if (terms.length !== 1) return null;
  const t = terms[0];
  if (t?.kind === 'date' && /^\d+$/.test(t.raw)) return t.raw;
  if (t?.kind === 'ins' && t.complete) return t.value;
  return null;
}

interface Collected {
  found: Map<number, Found>;
  /** A scan stopped at its budget: more identities may match than were looked at. */
  incomplete: boolean;
}

/**
 * Prefix matches in id order, batch after batch from an already read first one, while the page is not
 * full. Without a JS check (`keep`) the first batch is all the index can give; with one, batches go on
 * up to a budget. Returns true when the budget stopped the scan (more identities may match).
 */
function scanPrefixes(
  db: Db,
  expression: string,
  first: Candidate[],
  opts: { cap: number; within: readonly number[] | null; keep: ((c: Candidate) => boolean) | undefined },
  add: (candidates: readonly Candidate[], kind: MatchKind, keep?: (c: Candidate) => boolean) => void,
  foundCount: () => number,
): boolean {
  let next: Candidate[] | null = first;
  let afterId = 0;
  for (let scanned = 0; foundCount() < opts.cap; ) {
    if (scanned >= Math.max(PREFIX_SCAN_BUDGET, opts.cap)) return true;
    const batch = next ?? ftsCandidates(db, 'identity_search', expression, opts.cap, opts.within, afterId);
    next = null;
    add(batch, 'prefixe', opts.keep);
    scanned += batch.length;
    const last = batch[batch.length - 1];
    if (!opts.keep || !last || batch.length < opts.cap) break;
    afterId = last.id;
  }
  return false;
}

function collect(db: Db, terms: readonly SearchTerm[], cap: number, limit: number): Collected {
  const found = new Map<number, Found>();
  const names = terms.filter((t): t is NameTerm => t.kind === 'name');
  const dates = terms.filter((t): t is DateTerm => t.kind === 'date');
  const initials = terms.flatMap((t) => (t.kind === 'initial' ? [t.value] : []));
  // Combined with other terms, an IPP prefix only narrows: read more of it than the rows shown.
  const identifiers = resolveIdentifiers(db, terms, names.length + dates.length + initials.length > 0 ? PREFIX_SCAN_BUDGET : cap);
  if (identifiers && identifiers.size === 0) return { found, incomplete: false };
  const within = identifiers ? [...identifiers.keys()] : null;
  const typed = names.map((n) => n.value);

  const add = (candidates: readonly Candidate[], kind: MatchKind | null, keep?: (c: Candidate) => boolean) => {
    for (const c of candidates) {
      if (c.absorbed === 1 || found.has(c.id) || (keep && !keep(c))) continue;
      if (!matchesInitials(initials, [c.birthName, c.usedName, c.birthFirstNames, c.usedFirstName])) continue;
      const idKind = identifiers?.get(c.id);
      const kinds: MatchKind[] = [];
      let rank = 0;
      if (idKind) {
        kinds.push('identifiant');
        if (idKind === 'prefix') rank = RANK_OF.prefixe;
      }
      if (kind) {
        kinds.push(kind);
        rank = Math.max(rank, rankOf(kind, typed, c));
      } else if (idKind === 'prefix') kinds.push('prefixe');
      found.set(c.id, { candidate: c, kinds, rank });
    }
  };

  if (names.length === 0 && dates.length === 0) {
    if (within) add(candidatesByIds(db, within), null);
    else if (initials[0]) add(birthNameRange(db, initials[0], initials.length > 1 ? PREFIX_SCAN_BUDGET : cap), 'prefixe');
    return { found, incomplete: false };
  }
  // One broad name alone (`mar`): birth names first, read in name order from their B-tree, so the
  // first page holds the best-ranked rows even when thousands match; a full page ends the search.
  const one = names.length === 1 && dates.length === 0 && initials.length === 0 && !within ? names[0] : undefined;
  if (one) {
    const byBirthName = birthNameRange(db, one.value, cap);
    add(byBirthName, 'exact', (c) => termTier(one.value, c) === FIELD_TIER.birthName);
    add(byBirthName, 'prefixe');
    if (byBirthName.length >= cap) return { found, incomplete: false };
  }
  if (names.length === 0) {
    add(ftsCandidates(db, 'identity_search', exactExpression(names, dates), cap, within), 'exact');
    return { found, incomplete: false };
  }
  const expression = prefixExpression(names, dates);
  const long = longPrefixes(names, dates);
  // A prefix longer than the precomputed lists is matched on its start, then checked here.
  const keep =
    long.length === 0
      ? undefined
      : (c: Candidate) => {
          const tokens = [...indexedNameTokens(c)];
          return long.every((n) => tokens.some((t) => t.startsWith(n.value)));
        };
  const first = ftsCandidates(db, 'identity_search', expression, cap, within);
  let incomplete = false;
  if (first.length < cap) {
    // Every prefix match is in hand, the exact ones among them: no need to ask the index for those
    // separately (one FTS5 query fewer, the costlier one on a large base).
    const exactly = (c: Candidate) => {
      const tokens = indexedNameTokens(c);
      return typed.every((n) => tokens.has(n));
    };
    add(first, 'exact', exactly);
    add(first, 'prefixe', keep);
  } else {
    add(ftsCandidates(db, 'identity_search', exactExpression(names, dates), cap, within), 'exact');
    // More exact rows than shown: prefix rows would rank below every one of them.
    if (found.size <= limit) incomplete = scanPrefixes(db, expression, first, { cap, within, keep }, add, () => found.size);
  }
  const phonetic = names.length > 0 && found.size < PHONETIC_BELOW ? phoneticExpression(names, dates) : null;
  if (phonetic) add(ftsCandidates(db, 'identity_phonetic', phonetic, cap, within), 'phonetique');
  return { found, incomplete };
}

export function searchIdentities(db: Db, query: string, opts: SearchOptions = {}): SearchResult {
  const started = performance.now();
  const limit = Math.min(Math.max(Math.trunc(opts.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
  const cap = capFor(limit);
  const { terms } = parseSearchQuery(query);
  const { found, incomplete } = terms.length === 0 ? { found: new Map<number, Found>(), incomplete: false } : collect(db, terms, cap, limit);

  const ipp = numericIppAlternative(terms);
  if (ipp) {
    for (const [id, kind] of idsByIpp(db, ipp, cap)) {
      if (kind !== 'exact' || found.has(id)) continue;
      for (const c of candidatesByIds(db, [id])) found.set(id, { candidate: c, kinds: ['identifiant'], rank: 0 });
    }
  }

  const ranked = [...found.values()]
    .map((f) => ({ ...f.candidate, rank: f.rank, kinds: f.kinds }))
    .sort(compareCandidates);
  const shown = ranked.slice(0, limit);
  const completed = completeSearchRows(db, shown);
  const rows: SearchRow[] = shown.map((c, i) => ({ ...(completed[i] as ShownRow), matchedBy: c.kinds }));
  return { rows, truncated: ranked.length > limit || incomplete, tookMs: Math.round((performance.now() - started) * 100) / 100 };
}
