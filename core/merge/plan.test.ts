import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editedStrictFields, KEEP_SURVIVOR, MERGE_FIELDS, planMerge, STRICT_MERGE_FIELDS, type MergeChoices, type MergeParty } from './plan.js';

const survivor: MergeParty = {
  ipp: 'P1',
  birthName: 'MARTIN',
  birthFirstNames: 'MARIE CLAIRE',
  firstBirthName: 'MARIE',
  sex: 'F',
  birthDate: '1980-03-12',
  birthDateCorrected: false,
  birthplaceCog: '75056',
  birthplaceFromInsi: false,
  usedName: null,
  usedFirstName: null,
  traitsSource: 'saisie',
  insiVerifiedAt: null,
  activeMatricule: null,
};
const absorbed: MergeParty = {
  ...survivor,
  ipp: 'P2',
  birthName: 'MARTINS',
  birthFirstNames: 'MARIE',
  birthDate: '1980-12-03',
  usedName: 'DURAND',
};
const insiPlus = { traitsSource: 'insi' as const, insiVerifiedAt: '2026-01-01T00:00:00.000Z', activeMatricule: '280037511312345' };
const choose = (over: Partial<MergeChoices>): MergeChoices => ({ ...KEEP_SURVIVOR, ...over });

describe('planMerge', () => {
  it.each([
    ['keeps everything of the survivor by default', survivor, absorbed, KEEP_SURVIVOR, { birthName: 'MARTIN', usedName: null }, 'none'],
    ['takes the chosen fields from the absorbed', survivor, absorbed, choose({ birthName: 'absorbed', usedName: 'absorbed' }), { birthName: 'MARTINS', usedName: 'DURAND' }, 'none'],
    ['moves the absorbed INS to a survivor without one', survivor, { ...absorbed, ...insiPlus }, KEEP_SURVIVOR, { insiVerifiedAt: null }, 'move'],
    ['retires the absorbed copy of the same INS', { ...survivor, ...insiPlus }, { ...absorbed, ...insiPlus }, KEEP_SURVIVOR, { insiVerifiedAt: insiPlus.insiVerifiedAt, traitsSource: 'insi' }, 'retire'],
    ['drops INSi+ when a strict trait changes', { ...survivor, ...insiPlus }, absorbed, choose({ birthDate: 'absorbed' }), { birthDate: '1980-12-03', insiVerifiedAt: null, traitsSource: 'saisie' }, 'none'],
    ['keeps INSi+ when only a used name is taken', { ...survivor, ...insiPlus }, absorbed, choose({ usedName: 'absorbed' }), { insiVerifiedAt: insiPlus.insiVerifiedAt }, 'none'],
    ['keeps INSi+ when the value taken is equal', { ...survivor, ...insiPlus }, absorbed, choose({ sex: 'absorbed' }), { insiVerifiedAt: insiPlus.insiVerifiedAt }, 'none'],
    [
      "takes the absorbed's INSi+ with all its strict traits and its INS",
      survivor,
      { ...absorbed, ...insiPlus },
      choose(Object.fromEntries(STRICT_MERGE_FIELDS.map((f) => [f, 'absorbed']))),
      { birthName: 'MARTINS', insiVerifiedAt: insiPlus.insiVerifiedAt, traitsSource: 'insi' },
      'move',
    ],
  ] as const)('%s', (_name, s, a, choices, expected, ins) => {
    const plan = planMerge(s, a, choices);
    expect(plan).toMatchObject({ ok: true, traits: expected, ins });
  });

  it('refuses two different INS, naming both IPPs', () => {
    const plan = planMerge({ ...survivor, activeMatricule: '180037511312345' }, { ...absorbed, activeMatricule: '280037511312399' }, KEEP_SURVIVOR);
    expect(plan).toMatchObject({ ok: false, message: expect.stringMatching(/P1.*P2.*deux INS différentes/) });
  });

  it('refuses a first birth name that does not lead the chosen list', () => {
    const plan = planMerge({ ...survivor, birthFirstNames: 'CLAIRE', firstBirthName: 'CLAIRE' }, absorbed, choose({ firstBirthName: 'absorbed' }));
    expect(plan).toMatchObject({ ok: false, message: expect.stringContaining('premier prénom') });
    // The same choice with the list taken alongside is coherent.
    expect(planMerge({ ...survivor, birthFirstNames: 'CLAIRE', firstBirthName: 'CLAIRE' }, absorbed, choose({ firstBirthName: 'absorbed', birthFirstNames: 'absorbed' })).ok).toBe(true);
  });

  it('lists the strict fields the merge edits on the survivor', () => {
    expect(editedStrictFields(survivor, absorbed, choose({ birthName: 'absorbed', sex: 'absorbed', usedName: 'absorbed' }))).toEqual(['birthName']);
  });
});

const name = fc.constantFrom('MARTIN', 'MARTINS', 'DUPONT');
const party = (ipp: string) =>
  fc.record({
    ipp: fc.constant(ipp),
    birthName: name,
    birthFirstNames: fc.constant('MARIE CLAIRE'),
    firstBirthName: fc.constantFrom('MARIE', 'MARIE CLAIRE'),
    sex: fc.constantFrom('M' as const, 'F' as const, 'I' as const),
    birthDate: fc.constantFrom('1980-03-12', '1980-12-03'),
    birthDateCorrected: fc.boolean(),
    birthplaceCog: fc.constantFrom('75056', '99999'),
    birthplaceFromInsi: fc.boolean(),
    usedName: fc.option(name, { nil: null }),
    usedFirstName: fc.option(fc.constant('MIMI'), { nil: null }),
    traitsSource: fc.constantFrom('saisie' as const, 'insi' as const, 'import' as const),
    insiVerifiedAt: fc.option(fc.constant('2025-05-05T00:00:00.000Z'), { nil: null }),
    activeMatricule: fc.option(fc.constantFrom('180037511312345', '280037511312399'), { nil: null }),
  });
const choices = fc.record(Object.fromEntries(MERGE_FIELDS.map((f) => [f, fc.constantFrom('survivor' as const, 'absorbed' as const)]))) as fc.Arbitrary<MergeChoices>;

describe('planMerge properties', () => {
  it('takes every value from the side chosen for it, and keeps INSi+ only on traits exactly as one side holds them', () => {
    fc.assert(
      fc.property(party('S'), party('A'), choices, (s, a, c) => {
        const plan = planMerge(s, a, c);
        const conflict = s.activeMatricule !== null && a.activeMatricule !== null && s.activeMatricule !== a.activeMatricule;
        if (conflict || !plan.ok) {
          expect(plan).toMatchObject({ ok: false, message: conflict ? expect.stringContaining('deux INS') : expect.stringContaining('premier prénom') });
          return;
        }
        for (const f of MERGE_FIELDS) expect(plan.traits[f]).toBe((c[f] === 'absorbed' ? a : s)[f]);
        if (plan.traits.insiVerifiedAt !== null) {
          // the kept INSi+ belongs to a side whose strict traits (and date correction flag) are exactly the merged ones
          const holds = (p: typeof s) =>
            plan.traits.insiVerifiedAt === p.insiVerifiedAt &&
            plan.traits.birthDateCorrected === p.birthDateCorrected &&
            STRICT_MERGE_FIELDS.every((f) => plan.traits[f] === p[f]);
          expect(holds(s) || holds(a)).toBe(true);
        }
      }),
    );
  });

  // (an absorbed record holding INSi+ on the very same traits and INS hands it over: covered above)
  it('changes nothing of the survivor when every choice is its own and the absorbed brings no INSi+', () => {
    fc.assert(
      fc.property(party('S'), party('A'), (s, a) => {
        const plan = planMerge({ ...s, firstBirthName: 'MARIE' }, { ...a, activeMatricule: s.activeMatricule, insiVerifiedAt: null }, KEEP_SURVIVOR);
        const { ipp: _ipp, activeMatricule: _m, ...traits } = s;
        expect(plan).toEqual({ ok: true, traits: { ...traits, firstBirthName: 'MARIE' }, ins: s.activeMatricule === null ? 'none' : 'retire' });
      }),
    );
  });
});
