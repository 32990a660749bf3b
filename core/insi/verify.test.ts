// Verification judgement: same INS and same traits, or what changed.
import { describe, expect, it } from 'vitest';
import type { InsiIndividual } from './types.js';
import { judgeVerification, type StoredInsIdentity } from './verify.js';

const stored: StoredInsIdentity = { birthName: 'CORSE', birthFirstNames: 'ANTHONY', sex: 'M', birthDate: '1980-03-02', birthplaceCog: '2B020', matricule: '180032B02040123', oid: '1.2.250.1.213.1.4.8' };
const ins = (m: string) => ({ matricule: m, numIdentifiant: m.slice(0, 13), key: m.slice(13), oid: '1.2.250.1.213.1.4.8', typeMatricule: null, startDate: null, endDate: null });
const returned = (over: Partial<InsiIndividual['traits']> = {}, active = '180032B02040123', history: string[] = []): InsiIndividual => ({
  active: ins(active),
  history: history.map(ins),
  traits: { birthName: 'CORSE', firstNames: 'ANTHONY', firstName: null, sex: 'M', birthDate: '1980-03-02', birthplaceCog: '2B020', ...over },
});

describe('judgeVerification', () => {
  it('verified when matricule, OID and traits are the same', () => expect(judgeVerification(stored, returned())).toEqual({ verdict: 'verified', differences: [] }));
  it('traits changed (COG renamed by INSi)', () =>
    expect(judgeVerification({ ...stored, birthplaceCog: '20020' }, returned())).toEqual({ verdict: 'traits_changed', differences: ['lieu de naissance'] }));
  it('new INS when the stored one is in INSHISTO', () =>
    expect(judgeVerification(stored, returned({}, '280032B02040165', ['180032B02040123'])).verdict).toBe('ins_changed'));
  it('mismatch when the matricule is unknown to INSi history', () =>
    expect(judgeVerification(stored, returned({}, '280032B02040165'))).toMatchObject({ verdict: 'mismatch', differences: ['matricule INS'] }));
  it('a different OID is not a verification', () =>
    expect(judgeVerification({ ...stored, oid: '1.2.250.1.213.1.4.10' }, returned()).verdict).toBe('traits_changed'));
});
