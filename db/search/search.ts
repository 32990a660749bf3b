// Local patient search (domain.md §6b): parses the box, gathers capped candidates from the FTS5 index
// (exact, then prefix, then phonetic when little was found) or from B-tree indexes (IPP, matricule,
// one-letter birth name ranges), ranks them and loads only the rows shown.
import { phoneticKey } from '../../core/search/phonetic.js';
import { parseSearchQuery, type SearchTerm } from '../../core/search/query.js';
import { compareCandidates, matchesInitials, RANK_OF, type MatchKind } from '../../core/search/rank.js';
import { PHONETIC_TAG } from './index-text.js';
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
import { loadSearchRows, type SearchRow } from './rows.js';

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
 * Candidates read per phase. A broad query (`MAR`, `1980`) matches thousands; we read the first ones in
 * index order, rank those and say `truncated`, instead of sorting the whole set on every keystroke.
 */
export const CANDIDATE_CAP = 300;
/** Phonetic matching is a fallback: it runs when exact and prefix matching found fewer rows. */
export const PHONETIC_BELOW = 10;

interface Found {
  candidate: Candidate;
  kinds: MatchKind[];
  rank: number;
}

type NameTerm = Extract<SearchTerm, { kind: 'name' }>;
type DateTerm = Extract<SearchTerm, { kind: 'date' }>;

const quoted = (token: string) => `"${token}"`;

function ftsExpression(names: readonly NameTerm[], dates: readonly DateTerm[], mode: 'exact' | 'prefix' | 'phonetic'): string {
  const nameParts = names.map((n) => {
    if (mode === 'exact') return quoted(n.value);
    const prefix = `${quoted(n.value)}*`;
    const key = mode === 'phonetic' ? phoneticKey(n.value) : '';
    return key === '' ? prefix : `(${prefix} OR ${quoted(PHONETIC_TAG + key)})`;
  });
  return [...nameParts, ...dates.map((d) => quoted(d.value))].join(' AND ');
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

function collect(db: Db, terms: readonly SearchTerm[], cap: number): Map<number, Found> {
  const found = new Map<number, Found>();
  const names = terms.filter((t): t is NameTerm => t.kind === 'name');
  const dates = terms.filter((t): t is DateTerm => t.kind === 'date');
  const initials = terms.flatMap((t) => (t.kind === 'initial' ? [t.value] : []));
  const identifiers = resolveIdentifiers(db, terms, cap);
  if (identifiers && identifiers.size === 0) return found;
  const within = identifiers ? [...identifiers.keys()] : null;

  const add = (candidates: readonly Candidate[], kind: MatchKind | null) => {
    for (const c of candidates) {
      if (found.has(c.id)) continue;
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
        rank = Math.max(rank, RANK_OF[kind]);
      } else if (idKind === 'prefix') kinds.push('prefixe');
      found.set(c.id, { candidate: c, kinds, rank });
    }
  };

  if (names.length === 0 && dates.length === 0) {
    if (within) add(candidatesByIds(db, within), null);
    else if (initials[0]) add(birthNameRange(db, initials[0], initials.length > 1 ? cap * 5 : cap), 'prefixe');
    return found;
  }
  add(ftsCandidates(db, ftsExpression(names, dates, 'exact'), cap, within), 'exact');
  if (names.length > 0 && found.size < cap) {
    add(ftsCandidates(db, ftsExpression(names, dates, 'prefix'), cap, within), 'prefixe');
  }
  if (names.length > 0 && found.size < PHONETIC_BELOW) {
    add(ftsCandidates(db, ftsExpression(names, dates, 'phonetic'), cap, within), 'phonetique');
  }
  return found;
}

export function searchIdentities(db: Db, query: string, opts: SearchOptions = {}): SearchResult {
  const started = performance.now();
  const limit = Math.min(Math.max(Math.trunc(opts.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
  const cap = Math.max(CANDIDATE_CAP, limit + 1);
  const { terms } = parseSearchQuery(query);
  const found = terms.length === 0 ? new Map<number, Found>() : collect(db, terms, cap);

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
  const loaded = loadSearchRows(db, shown.map((c) => c.id));
  const rows: SearchRow[] = [];
  for (const c of shown) {
    const row = loaded.get(c.id);
    if (row) rows.push({ ...row, matchedBy: c.kinds });
  }
  return { rows, truncated: ranked.length > limit, tookMs: Math.round((performance.now() - started) * 100) / 100 };
}
