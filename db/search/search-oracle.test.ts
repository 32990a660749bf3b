// The patient search against a naive oracle: on a seeded base smaller than the candidate caps, the
// indexed search (FTS5 phases, birth-name range, shortcuts) must return exactly what a full scan of
// every identity with the domain.md §6b rules returns, in the same order, with the same « why ».
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phoneticKey } from '../../core/search/phonetic.js';
import { parseSearchQuery } from '../../core/search/query.js';
import { compareCandidates, matchesInitials, rankOf, type MatchKind } from '../../core/search/rank.js';
import type { Db } from '../connection.js';
import { seedIdentities } from '../seed/seed.js';
import { indexedNameTokens, phoneticKeysOf } from './index-text.js';
import { PHONETIC_BELOW, searchIdentities } from './search.js';
import { memoryDb } from './test-helpers.js';

interface Person {
  id: number;
  birthName: string;
  birthFirstNames: string;
  birthDate: string;
  usedName: string | null;
  usedFirstName: string | null;
}

const LIMIT = 500;

function oracle(people: readonly Person[], query: string): { id: number; matchedBy: MatchKind[] }[] {
  const terms = parseSearchQuery(query).terms;
  const names = terms.flatMap((t) => (t.kind === 'name' ? [t.value] : []));
  const dates = terms.flatMap((t) => (t.kind === 'date' ? [t.value] : []));
  const initials = terms.flatMap((t) => (t.kind === 'initial' ? [t.value] : []));
  if (names.length === 0 && dates.length === 0 && initials.length === 0) return [];
  const found = new Map<number, { p: Person; kind: MatchKind }>();
  const consider = (kind: MatchKind, test: (p: Person, tokens: Set<string>, dateTokens: string[]) => boolean) => {
    for (const p of people) {
      if (found.has(p.id)) continue;
      const tokens = indexedNameTokens(p);
      const d = p.birthDate.replace(/-/g, '');
      if (!dates.every((x) => [d, d.slice(0, 6), d.slice(0, 4)].includes(x))) continue;
      if (!matchesInitials(initials, [p.birthName, p.usedName, p.birthFirstNames, p.usedFirstName])) continue;
      if (test(p, tokens, [d])) found.set(p.id, { p, kind });
    }
  };
  if (names.length === 0 && dates.length === 0) {
    // Initials alone: a birth-name range on the first one.
    consider('prefixe', (p) => p.birthName.startsWith(initials[0] as string));
  } else {
    consider('exact', (_p, tokens) => names.every((n) => tokens.has(n)));
    if (names.length > 0) consider('prefixe', (_p, tokens) => names.every((n) => [...tokens].some((t) => t.startsWith(n))));
    const keys = names.map(phoneticKey).filter((k) => k !== '');
    if (names.length > 0 && found.size < PHONETIC_BELOW && keys.length > 0) {
      consider('phonetique', (_p, tokens) => {
        const own = phoneticKeysOf(tokens);
        return keys.every((k) => own.has(k));
      });
    }
  }
  return [...found.values()]
    .map(({ p, kind }) => ({ ...p, kind, rank: rankOf(kind, names, p) }))
    .sort(compareCandidates)
    .slice(0, LIMIT)
    .map((c) => ({ id: c.id, matchedBy: [c.kind] }));
}

/** A query typed from one identity of the base: names whole or cut, in any order, maybe a date, a typo or an initial. */
const queryArb = (people: readonly Person[]) =>
  fc
    .record({
      who: fc.nat(people.length - 1),
      parts: fc.subarray(['birth', 'used', 'first', 'second', 'usedFirst'] as const, { minLength: 1, maxLength: 3 }),
      cut: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 3, maxLength: 3 }),
      date: fc.constantFrom('none', 'day', 'month', 'year'),
      typo: fc.boolean(),
      initial: fc.boolean(),
      reversed: fc.boolean(),
    })
    .map(({ who, parts, cut, date, typo, initial, reversed }) => {
      const p = people[who] as Person;
      const field = (part: (typeof parts)[number]): string | null => {
        const firsts = p.birthFirstNames.split(' ');
        if (part === 'birth') return p.birthName;
        if (part === 'used') return p.usedName;
        if (part === 'first') return firsts[0] ?? null;
        if (part === 'second') return firsts[1] ?? null;
        return p.usedFirstName;
      };
      const words = parts.flatMap((part, i) => {
        const v = field(part)?.toLowerCase();
        if (!v) return [];
        const length = cut[i] ?? 9;
        return [length >= 8 ? v : v.slice(0, Math.max(2, length))];
      });
      if (typo && words[0] && words[0].length > 3) words[0] = words[0].slice(0, 2) + words[0].slice(3);
      const [y, m, d] = p.birthDate.split('-');
      if (date === 'day') words.push(`${d}/${m}/${y}`);
      if (date === 'month') words.push(`${m}/${y}`);
      if (date === 'year') words.push(`${y}`);
      if (initial) words.push((p.birthFirstNames[0] ?? 'A').toLowerCase());
      return { query: (reversed ? words.reverse() : words).join(' '), id: p.id, typo };
    });

describe('searchIdentities against a full-scan oracle', () => {
  let db: Db;
  let people: Person[];
  beforeAll(() => {
    db = memoryDb();
    seedIdentities(db, { count: 400, seed: 'oracle', now: new Date('2026-01-15T10:00:00Z') });
    people = db
      .prepare(
        `SELECT id, birth_name AS birthName, birth_first_names AS birthFirstNames, birth_date AS birthDate,
           used_name AS usedName, used_first_name AS usedFirstName FROM identities ORDER BY id`,
      )
      .all() as Person[];
  });
  afterAll(() => db.close());

  const check = (q: string) => {
    const got = searchIdentities(db, q, { limit: LIMIT }).rows.map((r) => ({ id: r.id, matchedBy: r.matchedBy }));
    expect(got, q).toEqual(oracle(people, q));
    return got;
  };

  it('returns the oracle rows, order and match kinds for queries typed from the base', () => {
    fc.assert(
      fc.property(queryArb(people), ({ query, id, typo }) => {
        const got = check(query);
        // Typed without a typo, the person it was typed from is among the rows (a letter alone is a birth-name start).
        const narrowing = parseSearchQuery(query).terms.some((t) => t.kind === 'name' || t.kind === 'date');
        if (!typo && narrowing) expect(got.map((r) => r.id)).toContain(id);
      }),
      { numRuns: 400 },
    );
  });

  it('agrees on broad and hand-picked queries', () => {
    for (const q of ['ma', 'mar', 'jean', 'marie', 'le', 'b', 'b m', '1980', 'dupont', 'dupond', 'jean 1975', 'de la']) check(q);
  });
});
