import { describe, expect, it } from 'vitest';
import { checkInsMatricule, INS_OIDS, nirKey } from '../../core/identity/nir.js';
import { deriveStatus } from '../../core/identity/status.js';
import { createIdentityGenerator, type SyntheticIdentity } from './generator.js';
import { COMMUNES, CORSICA, CORSICA_SPLIT, COUNTRIES, countryValidOn, OVERSEAS, UNKNOWN_PLACE } from './places.js';

const NOW = new Date('2026-01-15T10:00:00Z');
const generate = (seed: string, n: number, firstIppNumber?: number): SyntheticIdentity[] => {
  const next = createIdentityGenerator({ seed, now: NOW, ...(firstIppNumber ? { firstIppNumber } : {}) });
  return Array.from({ length: n }, () => next());
};

const sample = generate('realism', 20_000);
const STORED_NAME = /^[A-Z]+(?:(?: |'|-|--)[A-Z]+)*$/;
const STORED_FIRST_NAMES = /^[A-Z]+(?:['-][A-Z]+)*(?: [A-Z]+(?:['-][A-Z]+)*)*$/;

describe('createIdentityGenerator — determinism', () => {
  it('gives the same identities for the same seed and clock', () => {
    expect(generate('abc', 500)).toEqual(generate('abc', 500));
  });

  it('gives other identities for another seed', () => {
    const a = generate('abc', 50).map((p) => p.birthName + p.birthDate);
    const b = generate('abd', 50).map((p) => p.birthName + p.birthDate);
    expect(a).not.toEqual(b);
  });

  it('numbers IPPs from the given start, unique', () => {
    const people = generate('ipp', 100, 41);
    expect(people[0]?.ipp).toBe('S0000041');
    expect(new Set(people.map((p) => p.ipp)).size).toBe(100);
  });
});

describe('createIdentityGenerator — realism', () => {
  it('stores traits normalised (A–Z, space, apostrophe, hyphen; double hyphen only in birth names)', () => {
    for (const p of sample) {
      expect(p.birthName).toMatch(STORED_NAME);
      expect(p.birthFirstNames).toMatch(STORED_FIRST_NAMES);
      expect(p.birthFirstNames.startsWith(p.firstBirthName)).toBe(true);
      if (p.usedName !== null) {
        expect(p.usedName).toMatch(STORED_NAME);
        expect(p.usedName).not.toContain('--');
      }
      const count = p.birthFirstNames.split(' ').length;
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(4);
    }
  });

  it('derives every status from its facts, with the RNIV attribute rules', () => {
    for (const p of sample) {
      expect(p.attributes.includes('douteuse') && p.attributes.includes('fictive')).toBe(false);
      if (p.attributes.includes('douteuse') || p.attributes.includes('fictive')) expect(p.status).toBe('provisoire');
      if (p.birthDateCorrected || p.sex === 'I') expect(['provisoire', 'validee']).toContain(p.status);
      const facts = { insiVerified: p.ins !== null, documentChecked: p.documentCheck !== null, attributes: p.attributes, birthDateCorrected: p.birthDateCorrected, sex: p.sex };
      expect(deriveStatus(facts)).toBe(p.status);
    }
    const statuses = new Set(sample.map((p) => p.status));
    expect([...statuses].sort()).toEqual(['provisoire', 'qualifiee', 'recuperee', 'validee']);
    for (const a of ['douteuse', 'fictive', 'homonyme'] as const) expect(sample.some((p) => p.attributes.includes(a))).toBe(true);
  });

  it('gives a matricule with a valid key only to récupérée / qualifiée identities', () => {
    for (const p of sample) {
      expect(p.ins !== null).toBe(p.status === 'recuperee' || p.status === 'qualifiee');
      if (!p.ins) continue;
      const m = p.ins.matricule;
      expect(checkInsMatricule(m, p.ins.oid)).toMatchObject({ ok: true });
      expect(Number(m.slice(13))).toBe(nirKey(m.slice(0, 13)));
      expect(m[0]).toBe(p.sex === 'M' ? '1' : '2');
      expect(m.slice(1, 5)).toBe(p.birthDate.slice(2, 4) + p.birthDate.slice(5, 7));
      expect(m.slice(5, 10)).toBe(p.birthplaceCog);
      expect([INS_OIDS.NIR, INS_OIDS.NIA]).toContain(p.ins.oid);
      expect(p.traitsSource).toBe('insi');
      expect(p.insiVerifiedAt).not.toBeNull();
    }
    expect(new Set(sample.flatMap((p) => (p.ins ? [p.ins.matricule] : []))).size).toBe(sample.filter((p) => p.ins).length);
  });

  it('uses birthplaces valid at the birth date, Corsica and countries included', () => {
    const known = new Set([...COMMUNES, ...OVERSEAS, UNKNOWN_PLACE]);
    for (const p of sample) {
      const cog = p.birthplaceCog;
      const corsica = CORSICA.find((c) => c.before1976 === cog || c.after === cog);
      if (corsica) expect(cog === corsica.before1976).toBe(p.birthDate < CORSICA_SPLIT);
      else if (cog.startsWith('99') && cog !== UNKNOWN_PLACE) {
        const country = COUNTRIES.find((c) => c.code === cog);
        expect(country && countryValidOn(country, p.birthDate)).toBe(true);
      } else expect(known.has(cog)).toBe(true);
    }
    expect(sample.some((p) => p.birthplaceCog.startsWith('2A') || p.birthplaceCog.startsWith('2B'))).toBe(true);
    expect(sample.some((p) => p.birthplaceCog.startsWith('20'))).toBe(true);
    expect(sample.filter((p) => p.birthplaceCog.startsWith('99')).length).toBeGreaterThan(sample.length * 0.1);
  });

  it('has real calendar dates, none in the future, some corrected RNIV-style', () => {
    for (const p of sample) {
      expect(new Date(`${p.birthDate}T00:00:00Z`).toISOString().slice(0, 10)).toBe(p.birthDate);
      expect(p.birthDate <= '2026-01-15').toBe(true);
      expect(p.createdAt <= NOW.toISOString()).toBe(true);
    }
    const corrected = sample.filter((p) => p.birthDateCorrected);
    expect(corrected.length).toBeGreaterThan(0);
    expect(corrected.every((p) => p.birthDate.endsWith('-12-31') || p.birthDate.endsWith('-01'))).toBe(true);
  });

  it('includes the shapes agents meet: particles, apostrophes, double names, compound first names, used names', () => {
    expect(sample.some((p) => p.birthName.includes("'"))).toBe(true);
    expect(sample.some((p) => p.birthName.includes(' '))).toBe(true);
    expect(sample.some((p) => p.birthName.includes('--'))).toBe(true);
    expect(sample.some((p) => /[A-Z]-[A-Z]/.test(p.birthFirstNames))).toBe(true);
    const women = sample.filter((p) => p.sex === 'F' && p.birthDate < '2000-01-01');
    expect(women.filter((p) => p.usedName !== null).length).toBeGreaterThan(women.length * 0.3);
  });

  it('makes true homonyms: same birth name, first names and birth date, another person', () => {
    const byKey = new Map<string, SyntheticIdentity[]>();
    for (const p of sample) {
      const key = `${p.birthName}|${p.firstBirthName}|${p.birthDate}`;
      byKey.set(key, [...(byKey.get(key) ?? []), p]);
    }
    const groups = [...byKey.values()].filter((g) => g.length > 1);
    expect(groups.length).toBeGreaterThan(20);
    expect(groups.some((g) => g.every((p) => p.attributes.includes('homonyme')))).toBe(true);
  });
});

describe('createIdentityGenerator — one NIR per person', () => {
  it('never gives the same matricule twice in a run (popular birthplaces and months included)', () => {
    const next = createIdentityGenerator({ seed: 'nir-unique', now: NOW });
    const seen = new Map<string, string>();
    let withIns = 0;
    for (let i = 0; i < 120_000; i++) {
      const identity = next();
      if (!identity.ins) continue;
      withIns += 1;
      expect(seen.get(identity.ins.matricule), identity.ins.matricule).toBeUndefined();
      seen.set(identity.ins.matricule, identity.ipp);
    }
    expect(withIns).toBeGreaterThan(30_000);
  });

  it('skips the matricules the base already holds', () => {
    const first = createIdentityGenerator({ seed: 'again', now: NOW });
    const taken = new Set<string>();
    for (let i = 0; i < 2_000; i++) {
      const m = first().ins?.matricule;
      if (m) taken.add(m);
    }
    const second = createIdentityGenerator({ seed: 'again', now: NOW, isMatriculeTaken: (m) => taken.has(m) });
    for (let i = 0; i < 2_000; i++) {
      const m = second().ins?.matricule;
      if (m) expect(taken.has(m)).toBe(false);
    }
  });
});
