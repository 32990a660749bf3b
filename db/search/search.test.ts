import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchRowSchema } from '../../core/contract/schemas.js';
import type { Db } from '../connection.js';
import { seedIdentities } from '../seed/seed.js';
import { FIELD_TIER, termTier } from '../../core/search/rank.js';
import { searchIdentities } from './search.js';
import { addIdentity, addIns, memoryDb } from './test-helpers.js';

let db: Db;
const ids: Record<string, number> = {};

beforeAll(() => {
  db = memoryDb();
  // Synthetic filler first, so the hand-made identities are not alone in the index.
  seedIdentities(db, { count: 3000, seed: 'search-test', now: new Date('2026-01-15T10:00:00Z') });
  ids.lefevre = addIdentity(db, { ipp: 'T0000001', birthName: 'LEFEVRE', birthFirstNames: 'JEAN-PIERRE MARC', birthDate: '1980-03-12', usedName: null });
  ids.lefevreTwin = addIdentity(db, { ipp: 'T0000002', birthName: 'LEFEVRE', birthFirstNames: 'JEAN-PIERRE', firstBirthName: 'JEAN-PIERRE', birthDate: '1980-03-12', birthplaceCog: '99350' });
  ids.dartagnan = addIdentity(db, { ipp: 'T0000003', birthName: "D'ARTAGNAN", birthFirstNames: 'CHARLES', birthDate: '1961-07-01' });
  ids.thomas = addIdentity(db, { ipp: 'T0000004', birthName: 'QZWYXTHOMAS', birthFirstNames: 'THOMAS', birthDate: '1975-05-05' });
  ids.married = addIdentity(db, {
    ipp: 'T0000005', birthName: 'QZWMOREAU', birthFirstNames: 'ANNE MARIE', sex: 'F', birthDate: '1990-11-30',
    usedName: 'QZWDUPONT', status: 'qualifiee',
  });
  ids.double = addIdentity(db, { ipp: 'T0000006', birthName: 'QZWMARTIN--QZWBLANC', birthFirstNames: 'LEA', sex: 'F', birthDate: '2010-02-02' });
  ids.fontaine = addIdentity(db, { ipp: 'T0000007', birthName: 'DE LA QZWFONTAINE', birthFirstNames: 'PAUL', birthDate: '1950-01-01' });
  ids.lefebvre = addIdentity(db, { ipp: 'T0000008', birthName: 'QZWLEFEBVRE', birthFirstNames: 'LUC', birthDate: '1966-06-06' });
  addIns(db, ids.married, '290117511200458');
  addIns(db, ids.lefevre, '180037511200412', { active: false, invalidated: true });
});
afterAll(() => db.close());

const idsOf = (q: string, limit?: number) => searchIdentities(db, q, limit === undefined ? {} : { limit }).rows.map((r) => r.id);

describe('searchIdentities — each form finds the identity', () => {
  it.each<[string, string]>([
    ['lefevre', 'lefevre'],
    ['LEFÈVRE', 'lefevre'],
    ['lef', 'lefevre'],
    ['12/03/1980', 'lefevre'],
    ['12031980', 'lefevre'],
    ['1980-03-12', 'lefevre'],
    ['12/03/1980 lef', 'lefevre'],
    ['lef 12/03/1980', 'lefevre'],
    ['jean-pierre lefevre', 'lefevre'],
    ['jean pierre lefevre', 'lefevre'],
    ['jeanpierre lefevre', 'lefevre'],
    ["d'artagnan", 'dartagnan'],
    ['dartagnan', 'dartagnan'],
    ['d’Artagnan charles', 'dartagnan'],
    ['artagnan', 'dartagnan'],
    ['qzwdupont', 'married'],
    ['qzwdupont anne', 'married'],
    ['qzwmoreau', 'married'],
    ['qzwmartin--qzwblanc', 'double'],
    ['qzwmartin qzwblanc', 'double'],
    ['qzwblanc', 'double'],
    ['de la qzwfontaine', 'fontaine'],
    ['delaqzwfontaine', 'fontaine'],
    ['T0000005', 'married'],
    ['t0000005', 'married'],
    ['2 90 11 75 112 004 58', 'married'],
    ['290117511200458', 'married'],
    ['2901175112004', 'married'],
  ])('%j', (query, who) => {
    expect(idsOf(query)).toContain(ids[who]);
  });

  it('finds by IPP prefix, ranked after the exact IPP', () => {
    const r = searchIdentities(db, 'T000000');
    expect(r.rows.map((x) => x.ipp).sort()).toEqual(['T0000001', 'T0000002', 'T0000003', 'T0000004', 'T0000005', 'T0000006', 'T0000007', 'T0000008']);
    expect(r.rows.every((x) => x.matchedBy.includes('identifiant'))).toBe(true);
  });
});

describe('searchIdentities — combined terms narrow', () => {
  it('ANDs the terms', () => {
    expect(idsOf('lefevre 1980').length).toBeLessThanOrEqual(idsOf('lefevre').length);
    expect(idsOf('lefevre marc')).toEqual([ids.lefevre]);
    expect(idsOf('lefevre 1981')).not.toContain(ids.lefevre);
    expect(idsOf('03/1980 lefevre')).toEqual(expect.arrayContaining([ids.lefevre, ids.lefevreTwin]));
    expect(idsOf('T0000005 qzwdupont')).toEqual([ids.married]);
    expect(idsOf('T0000005 lefevre')).toEqual([]);
  });

  it('finds nothing for a date that does not exist', () => {
    expect(idsOf('31/02/1980')).toEqual([]);
  });
});

describe('searchIdentities — phonetic fallback', () => {
  it.each<[string, string]>([
    ['qzwlefevre', 'lefebvre'],
    ['qzwlefeuvre', 'lefebvre'],
  ])('%j finds %s phonetically', (q, who) => {
    const r = searchIdentities(db, q);
    const row = r.rows.find((x) => x.id === ids[who]);
    expect(row?.matchedBy).toEqual(['phonetique']);
  });

  it('« tomas » finds THOMAS (first name), flagged phonetic', () => {
    const row = searchIdentities(db, 'qzwyxthomas tomas').rows.find((x) => x.id === ids.thomas);
    expect(row?.matchedBy).toEqual(['phonetique']);
  });

  it('is not used when exact or prefix matching found enough', () => {
    const r = searchIdentities(db, 'jean', { limit: 200 });
    expect(r.rows.length).toBeGreaterThan(10);
    expect(r.rows.some((x) => x.matchedBy.includes('phonetique'))).toBe(false);
  });

  it('is used, ranked last, when little was found', () => {
    const r = searchIdentities(db, 'qzwlefebvre');
    expect(r.rows[0]?.id).toBe(ids.lefebvre);
    expect(r.rows[0]?.matchedBy).toEqual(['exact']);
  });
});

describe('searchIdentities — rows', () => {
  it('ranks exact before prefix and then by birth name and first names', () => {
    const r = searchIdentities(db, 'lefevre', { limit: 200 });
    const ranks = r.rows.map((x) => (x.matchedBy.includes('exact') ? 0 : x.matchedBy.includes('prefixe') ? 1 : 2));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const exact = r.rows.filter((x) => x.matchedBy.includes('exact'));
    const keys = exact.map((x) => `${x.birthName}|${x.birthFirstNames}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('marks prefix matches', () => {
    const row = searchIdentities(db, 'qzwlefeb').rows.find((x) => x.id === ids.lefebvre);
    expect(row?.matchedBy).toEqual(['prefixe']);
  });

  it('flags possible homonyms (same birth name, first birth name, birth date)', () => {
    const rows = searchIdentities(db, '12/03/1980 lefevre').rows;
    const one = rows.find((x) => x.id === ids.lefevre);
    const twin = rows.find((x) => x.id === ids.lefevreTwin);
    // Same birth name and date, but first birth names JEAN-PIERRE vs JEAN-PIERRE: homonyms.
    expect(one?.possibleHomonym).toBe(true);
    expect(twin?.possibleHomonym).toBe(true);
    expect(searchIdentities(db, "d'artagnan").rows.find((x) => x.id === ids.dartagnan)?.possibleHomonym).toBe(false);
  });

  it('returns only a masked INS, and only an active one', () => {
    const married = searchIdentities(db, 'T0000005').rows[0];
    expect(married?.insMasked).toBe('2 90 11 75 ••• ••• ••');
    const lefevre = searchIdentities(db, 'T0000001').rows[0];
    expect(lefevre?.insMasked).toBeNull();
    const json = JSON.stringify(searchIdentities(db, 'qzwdupont'));
    expect(json).not.toContain('290117511200458');
  });

  it('gives rows that satisfy the contract schema (with the code as birthplace label)', () => {
    for (const row of searchIdentities(db, 'lefevre', { limit: 100 }).rows) {
      expect(SearchRowSchema.parse(row)).toEqual(row);
      expect(row.birthplaceLabel).toBe(row.birthplaceCog);
    }
  });

  it('limits and says when it truncated', () => {
    const r = searchIdentities(db, 'ma', { limit: 5 });
    expect(r.rows).toHaveLength(5);
    expect(r.truncated).toBe(true);
    const small = searchIdentities(db, "d'artagnan charles");
    expect(small.truncated).toBe(false);
    expect(small.tookMs).toBeGreaterThanOrEqual(0);
  });

  it('answers one-letter queries in birth-name order', () => {
    const r = searchIdentities(db, 'l', { limit: 20 });
    expect(r.rows.length).toBe(20);
    expect(r.rows.every((x) => x.birthName.startsWith('L'))).toBe(true);
    const names = r.rows.map((x) => x.birthName);
    expect(names).toEqual([...names].sort());
  });

  it('returns nothing for an empty or unusable query', () => {
    expect(searchIdentities(db, '   ').rows).toEqual([]);
    expect(searchIdentities(db, '12/03').rows).toEqual([]);
  });
});

describe('search index maintenance', () => {
  it('follows updates and deletions of identities', () => {
    const id = addIdentity(db, { ipp: 'T0000100', birthName: 'QZWAVANT', birthFirstNames: 'MARC', birthDate: '1970-01-01' });
    expect(idsOf('qzwavant')).toEqual([id]);
    db.prepare("UPDATE identities SET birth_name = 'QZWAPRES', used_name = 'QZWUSAGE' WHERE id = ?").run(id);
    expect(idsOf('qzwavant')).toEqual([]);
    expect(idsOf('qzwapres')).toEqual([id]);
    expect(idsOf('qzwusage')).toEqual([id]);
    db.prepare('DELETE FROM identities WHERE id = ?').run(id);
    expect(idsOf('qzwapres')).toEqual([]);
  });
});

describe('searchIdentities — ranking of a broad name', () => {
  const tierOf = (term: string) => (r: { birthName: string; birthFirstNames: string; usedName: string | null; usedFirstName: string | null }) =>
    termTier(term, r);

  it('« mar »: birth names starting with MAR before used names, before first names (MARIE…)', () => {
    const rows = searchIdentities(db, 'mar', { limit: 500 }).rows;
    const tiers = rows.map(tierOf('MAR'));
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    expect(tiers[0]).toBeLessThanOrEqual(FIELD_TIER.birthNameStart);
    expect(tiers).toContain(FIELD_TIER.firstNameStart);
  });

  it('« mar » truncated: the first page is the first birth names starting with MAR, in name order', () => {
    const r = searchIdentities(db, 'mar', { limit: 5 });
    expect(r.truncated).toBe(true);
    const expected = db
      .prepare(`SELECT birth_name || '|' || birth_first_names FROM identities WHERE birth_name >= 'MAR' AND birth_name < 'MAS' ORDER BY birth_name, birth_first_names LIMIT 5`)
      .pluck()
      .all();
    expect(r.rows.map((x) => `${x.birthName}|${x.birthFirstNames}`)).toEqual(expected);
  });

  it('puts an exact birth name before a longer birth name and before the same word as a first name', () => {
    const exact = addIdentity(db, { ipp: 'T0000201', birthName: 'QZWMAR', birthFirstNames: 'PAUL', birthDate: '1971-01-01' });
    const longer = addIdentity(db, { ipp: 'T0000202', birthName: 'QZWMARAIS', birthFirstNames: 'PAUL', birthDate: '1972-01-01' });
    const used = addIdentity(db, { ipp: 'T0000203', birthName: 'AAQZW', birthFirstNames: 'PAUL', birthDate: '1973-01-01', usedName: 'QZWMARCEAU' });
    const first = addIdentity(db, { ipp: 'T0000204', birthName: 'AAQZX', birthFirstNames: 'QZWMAR', birthDate: '1974-01-01' });
    // QZWMARTIN--QZWBLANC (a birth-name start too) sorts by name between QZWMARAIS and the used name.
    expect(idsOf('qzwmar')).toEqual([exact, longer, ids.double, used, first]);
    db.prepare('DELETE FROM identities WHERE id IN (?, ?, ?, ?)').run(exact, longer, used, first);
  });
});

describe('searchIdentities — a date being typed does not wipe the rows out', () => {
  it.each(['lefevre 19', 'lefevre 198', 'lefevre 1203', 'lefevre 12/03/19', '12/03/19 lefevre', 'lefevre 12/0'])('%j', (q) => {
    expect(idsOf(q)).toContain(ids.lefevre);
    expect(idsOf(q)).toEqual(idsOf('lefevre'));
  });
});
