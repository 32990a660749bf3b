// The mock's matching rules and dataset invariants.
import { describe, expect, it } from 'vitest';
import { checkInsMatricule, nirKey } from '../core/identity/nir.js';
import { MOCK_CARDS } from './dataset/cards.js';
import { FAULT_PERSONAS, MOCK_IDENTITIES } from './dataset/identities.js';
import { faultPersona, matchTraits, matchVitale, type TraitsRequest } from './matching.js';

const q = (over: Partial<TraitsRequest>): TraitsRequest => ({ birthName: 'DE VINCI', firstNames: ['LEONARDO'], sex: 'M', birthDate: '2014-02-01', birthplaceCog: null, ...over });
const ids = (r: { id: string }[]) => r.map((p) => p.id);

describe('matchTraits', () => {
  it('DE VINCI LEONARDO: two homonyms without birthplace, one with 63220', () => {
    expect(ids(matchTraits(MOCK_IDENTITIES, q({})))).toEqual(['de-vinci-63220', 'de-vinci-75056']);
    expect(ids(matchTraits(MOCK_IDENTITIES, q({ birthplaceCog: '63220' })))).toEqual(['de-vinci-63220']);
  });

  it('first name: the first of the list or the whole list; a later one only in « any » mode', () => {
    const t = { birthName: 'TCHITCHI', sex: 'F', birthDate: '1936-06-21' };
    expect(ids(matchTraits(MOCK_IDENTITIES, q({ ...t, firstNames: ['CATARINA'] })))).toEqual(['tchitchi']);
    expect(ids(matchTraits(MOCK_IDENTITIES, q({ ...t, firstNames: ['CATARINA BELLA'] })))).toEqual(['tchitchi']);
    expect(ids(matchTraits(MOCK_IDENTITIES, q({ ...t, firstNames: ['OLA'] })))).toEqual([]);
    expect(ids(matchTraits(MOCK_IDENTITIES, q({ ...t, firstNames: ['BELLA'] })))).toEqual([]);
    expect(ids(matchTraits(MOCK_IDENTITIES, q({ ...t, firstNames: ['BELLA'] }), { firstName: 'any' }))).toEqual(['tchitchi']);
  });

  it('needs name, sex, date and a first name', () => {
    expect(matchTraits(MOCK_IDENTITIES, q({ sex: null }))).toEqual([]);
    expect(matchTraits(MOCK_IDENTITIES, q({ firstNames: [] }))).toEqual([]);
    expect(matchTraits(MOCK_IDENTITIES, q({ birthDate: '2014-02-02' }))).toEqual([]);
  });
});

describe('fault personas', () => {
  it('match by birth name and any first name token', () => {
    expect(faultPersona(FAULT_PERSONAS, q({ firstNames: ['DICAPRIO'] }))?.fault).toBe('siram_40_desir_1020');
    expect(faultPersona(FAULT_PERSONAS, q({ firstNames: ['RUTH'], sex: 'F' }))?.fault).toBe('siram_40_insi_102');
    expect(faultPersona(FAULT_PERSONAS, q({}))).toBeUndefined();
  });
});

describe('matchVitale', () => {
  it('by the beneficiary number, else by insured number + date + rank', () => {
    expect(ids(matchVitale(MOCK_CARDS, MOCK_IDENTITIES, { beneficiaryNir: '1100863220830', insuredNir: '2751263220749', birthName: null, birthDate: null, birthRank: null }))).toEqual(['nessi']);
    const twins = { beneficiaryNir: null, insuredNir: '2850475056123', birthName: null, birthDate: '2016-09-03' };
    expect(ids(matchVitale(MOCK_CARDS, MOCK_IDENTITIES, { ...twins, birthRank: '1' }))).toEqual(['martin-louis']);
    expect(ids(matchVitale(MOCK_CARDS, MOCK_IDENTITIES, { ...twins, birthRank: '2' }))).toEqual(['martin-lea']);
    expect(matchVitale(MOCK_CARDS, MOCK_IDENTITIES, { ...twins, birthRank: '3' })).toEqual([]);
  });
});

describe('dataset', () => {
  it('synthetic matricules have a correct key; real ones are kept verbatim (HERMANN fails, as in the CNDA file)', () => {
    for (const p of MOCK_IDENTITIES.filter((x) => x.synthetic)) expect(Number(p.ins.key)).toBe(nirKey(p.ins.num));
    const bad = MOCK_IDENTITIES.filter((p) => !checkInsMatricule(p.ins.num + p.ins.key).ok).map((p) => p.id);
    expect(bad).toEqual(['hermann']);
  });

  it('every card beneficiary with a link points at an identity with the same birth date', () => {
    for (const card of MOCK_CARDS)
      for (const b of card.beneficiaries) {
        if (b.identityId === null) continue;
        const p = MOCK_IDENTITIES.find((x) => x.id === b.identityId);
        expect(p?.birthDate, `${card.id} ${b.firstName}`).toBe(b.birthDate);
      }
    expect(MOCK_CARDS.every((c) => c.synthetic)).toBe(true);
  });
});
