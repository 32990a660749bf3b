// suggestBirthplaces: birthplace suggestions for what the agent types (name, code, « nom 75 »), ranked for the birth
// date: places valid then first (exact name, whole-name prefix, word prefix), then the same places under their
// later/earlier names and codes (mergers, renames), then codes not valid on that date.
import type { z } from 'zod';
import type { CogSuggestionSchema } from '../contract/schemas.js';
import { periodForDate } from './check.js';
import { currentOf } from './describe.js';
import { foldQuery, stripArticle } from './fold.js';
import { ancestorsValidAt, codesValidAt, periodOn } from './history.js';
import { contextLabel } from './labels.js';
import type { CogPlace, CogReference } from './model.js';
import { formatDateFr, UNKNOWN_CODE, UNKNOWN_LABEL } from './model.js';
import { codesWithPrefix, placesWithWordPrefix } from './search-index.js';

export type CogSuggestion = z.infer<typeof CogSuggestionSchema>;

/** 0 exact name or code, 1 whole-name or code prefix, 2 prefix of words, 3 same code under another name, 4 another code of the same place. */
type Tier = 0 | 1 | 2 | 3 | 4;
const NO_MATCH = 9;

interface Candidate {
  code: string;
  tier: Tier;
  /** The period shown: the one valid on the birth date (today when no date), else the closest. */
  shown: CogPlace;
  valid: boolean;
  /** Why a history candidate is here (« ancienne commune, aujourd'hui Annecy »). */
  note: string | null;
}

const CODE_QUERY = /^(?:2[AB]\d{0,3}|\d{1,5})$/;
const DEPT_TOKEN = /^(?:\d{2}|2[AB]|9[78]\d)$/;
// Expanding history costs a few lookups per candidate; the best few are enough to surface mergers and renames.
const HISTORY_BASE = 12;
const MAX_CODE_SCAN = 5000;

export function suggestBirthplaces(ref: CogReference, query: string, birthDateIso: string | null, limit: number): CogSuggestion[] {
  const tokens = foldQuery(query);
  if (tokens.length === 0 || limit <= 0) return [];
  const joined = tokens.join('');
  const unknown = matchesUnknown(tokens) ? [unknownSuggestion()] : [];
  const codeQuery = CODE_QUERY.test(joined);
  const candidates = codeQuery ? byCode(ref, joined, birthDateIso) : byName(ref, tokens, birthDateIso);
  const order = codeQuery ? byCodeOrder : byNameOrder;
  // A one-letter query matches thousands of places: select the best few instead of sorting them all.
  const top = bestOf(candidates.values(), Math.max(limit, HISTORY_BASE), order);
  if (birthDateIso !== null) top.push(...historyCandidates(ref, candidates, top.slice(0, HISTORY_BASE), birthDateIso));
  const ranked = top.sort(order).slice(0, limit - unknown.length);
  return unknown.concat(ranked.map((c) => toSuggestion(ref, c, birthDateIso)));
}

function matchesUnknown(tokens: string[]): boolean {
  const text = tokens.join(' ');
  return text.length >= 3 && (UNKNOWN_LABEL.startsWith(text) || UNKNOWN_CODE.startsWith(text));
}

function unknownSuggestion(): CogSuggestion {
  return { code: UNKNOWN_CODE, label: UNKNOWN_LABEL, detail: 'lieu de naissance inconnu', kind: 'inconnu', validAtBirth: true, validFrom: null, validTo: null };
}

function shownPeriod(ref: CogReference, code: string, dateIso: string | null): { shown: CogPlace; valid: boolean } | null {
  const valid = dateIso === null ? ref.periodsByCode.get(code)?.find((p) => p.validTo === null) : periodOn(ref, code, dateIso);
  const shown = valid ?? periodForDate(ref, code, dateIso);
  return shown ? { shown, valid: valid !== undefined } : null;
}

function byCode(ref: CogReference, prefix: string, dateIso: string | null): Map<string, Candidate> {
  const found = new Map<string, Candidate>();
  for (const code of codesWithPrefix(ref, prefix, MAX_CODE_SCAN)) {
    const at = shownPeriod(ref, code, dateIso);
    if (at) found.set(code, { code, tier: code === prefix ? 0 : 1, shown: at.shown, valid: at.valid, note: null });
  }
  return found;
}

function byName(ref: CogReference, tokens: string[], dateIso: string | null): Map<string, Candidate> {
  const deptTokens = tokens.filter((t) => DEPT_TOKEN.test(t));
  const nameTokens = deptTokens.length < tokens.length ? tokens.filter((t) => !DEPT_TOKEN.test(t)) : tokens;
  const qualifiers = nameTokens === tokens ? [] : deptTokens;
  const longest = nameTokens.reduce((a, b) => (b.length > a.length ? b : a));
  const found = new Map<string, Candidate>();
  let code = '';
  let bestTier = NO_MATCH;
  const flush = (): void => {
    if (bestTier === NO_MATCH) return;
    const at = shownPeriod(ref, code, dateIso);
    if (!at) return;
    // Valid then, but under a name the query does not match: found through a rename.
    const shownTier = nameTier(at.shown, nameTokens, qualifiers);
    const tier = (at.valid && shownTier === NO_MATCH ? 3 : Math.min(shownTier, bestTier)) as Tier;
    const note = tier === 3 ? `nom en vigueur à la naissance ; aujourd'hui : ${currentOf(ref, at.shown)?.name ?? '?'}` : null;
    found.set(code, { code, tier, shown: at.shown, valid: at.valid, note });
  };
  // Indexes come in place order, so all periods of a code are consecutive.
  for (const index of placesWithWordPrefix(ref, longest)) {
    const place = ref.places[index];
    if (place === undefined) continue;
    if (place.code !== code) {
      flush();
      code = place.code;
      bestTier = NO_MATCH;
    }
    bestTier = Math.min(bestTier, nameTier(place, nameTokens, qualifiers));
  }
  flush();
  return found;
}

/** How well a place name matches: NO_MATCH unless every token prefixes a word (a département token may match the département). */
function nameTier(place: CogPlace, nameTokens: string[], qualifiers: string[]): number {
  const key = place.nameKey;
  for (const t of nameTokens) if (!hasWordPrefix(key, t)) return NO_MATCH;
  for (const t of qualifiers) if (t !== place.context && !hasWordPrefix(key, t)) return NO_MATCH;
  const q = nameTokens.join(' ');
  const bare = stripArticle(key);
  if (key === q || bare === q) return 0;
  if (key.startsWith(q) || bare.startsWith(q)) return 1;
  return 2;
}

// A token prefixes a word when it starts the name or follows a space: no split, this runs for thousands of places.
function hasWordPrefix(key: string, token: string): boolean {
  return key.startsWith(token) || key.includes(` ${token}`);
}

/** The `count` best candidates by `order`, unsorted beyond that. */
function bestOf(candidates: Iterable<Candidate>, count: number, order: CandidateOrder): Candidate[] {
  const top: Candidate[] = [];
  for (const c of candidates) {
    if (top.length === count) {
      const last = top[count - 1];
      if (last === undefined || order(c, last) >= 0) continue;
      top.pop();
    }
    let i = top.length;
    while (i > 0 && order(c, top[i - 1] as Candidate) < 0) i--;
    top.splice(i, 0, c);
  }
  return top;
}

/** The places a person born on the date may mean besides the matches: the code valid then for an extinct/not-yet code, and communes later merged into a match. */
function historyCandidates(ref: CogReference, all: ReadonlyMap<string, Candidate>, base: readonly Candidate[], dateIso: string): Candidate[] {
  const added = new Map<string, Candidate>();
  const add = (code: string, note: string): void => {
    const shown = periodOn(ref, code, dateIso);
    if (shown && !all.has(code) && !added.has(code)) added.set(code, { code, tier: 4, shown, valid: true, note });
  };
  for (const c of base) {
    if (!c.valid) {
      for (const code of codesValidAt(ref, c.code, dateIso)) add(code, `code en vigueur à la naissance pour ${c.shown.name} (${c.code})`);
    } else if (c.shown.kind !== 'pays') {
      const today = currentOf(ref, c.shown)?.name ?? c.shown.name;
      for (const code of ancestorsValidAt(ref, c.code, dateIso)) add(code, `ancienne commune, aujourd'hui ${today}`);
    }
  }
  return [...added.values()];
}

type CandidateOrder = (a: Candidate, b: Candidate) => number;
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// Valid on the birth date first, then match quality; among equals a place that still exists, then the shorter name.
const byNameOrder: CandidateOrder = (a, b) =>
  Number(b.valid) - Number(a.valid) ||
  a.tier - b.tier ||
  Number(b.shown.validTo === null) - Number(a.shown.validTo === null) ||
  a.shown.nameKey.length - b.shown.nameKey.length ||
  byText(a.shown.nameKey, b.shown.nameKey) ||
  byText(a.code, b.code);

const byCodeOrder: CandidateOrder = (a, b) => Number(b.valid) - Number(a.valid) || a.tier - b.tier || byText(a.code, b.code);

function toSuggestion(ref: CogReference, c: Candidate, dateIso: string | null): CogSuggestion {
  const parts = [contextLabel(ref, c.shown, dateIso)];
  if (c.note) parts.push(c.note);
  else if (dateIso !== null) parts.push(...historyNotes(ref, c));
  return {
    code: c.code,
    label: c.shown.name,
    detail: parts.join(' ; '),
    kind: c.shown.kind === 'pays' ? 'pays' : 'commune',
    validAtBirth: c.valid,
    validFrom: c.shown.validFrom,
    validTo: c.shown.validTo,
  };
}

function historyNotes(ref: CogReference, c: Candidate): string[] {
  const notes: string[] = [];
  if (!c.valid) {
    const p = c.shown;
    notes.push(p.validTo === null ? `en vigueur depuis le ${formatDateFr(p.validFrom)}` : `en vigueur du ${formatDateFr(p.validFrom)} au ${formatDateFr(p.validTo)}`);
  }
  const today = currentOf(ref, c.shown);
  if (today && today !== c.shown) {
    const renamed = today.nameKey !== c.shown.nameKey;
    if (renamed && c.valid) notes.push('nom en vigueur à la naissance');
    if (renamed || today.code !== c.code) notes.push(`aujourd'hui : ${today.name}${today.code !== c.code ? ` (${today.code})` : ''}`);
  }
  return notes;
}
