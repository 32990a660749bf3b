import { describe, expect, it } from 'vitest';
import { departementOf, parseCommuneRecord, parseCountryRecord, parseEventRecord, parseOutremerRecord } from './parse.js';

describe('COG record parsing', () => {
  it('reads a commune period with its département and folded name', () => {
    const place = parseCommuneRecord({ TYPECOM: 'COM', COM: '2A004', LIBELLE: 'Ajaccio', DATE_DEBUT: '1976-01-01', DATE_FIN: '' });
    expect(place).toEqual({ code: '2A004', kind: 'commune', name: 'Ajaccio', nameKey: 'AJACCIO', validFrom: '1976-01-01', validTo: null, context: '2A' });
  });

  it('marks municipal arrondissements', () => {
    expect(parseCommuneRecord({ TYPECOM: 'ARM', COM: '75101', LIBELLE: 'Paris 1er Arrondissement', DATE_DEBUT: '1943-01-01', DATE_FIN: '' }).kind).toBe('arrondissement');
  });

  it.each([
    ['91101', '91'],
    ['95141', '95'],
    ['98501', '985'],
    ['98711', '987'],
  ])('overseas commune %s belongs to territory %s', (code, territory) => {
    expect(parseOutremerRecord({ COM_COMER: code, LIBELLE: 'X', DATE_DEBUT: '1943-01-01', DATE_FIN: '' }).context).toBe(territory);
  });

  it.each([
    ['2B020', '2B'],
    ['63220', '63'],
    ['97411', '974'],
  ])('commune %s is in département %s', (code, dept) => expect(departementOf(code)).toBe(dept));

  it('keeps the attachment country of a territory', () => {
    const p = parseCountryRecord({ COG: '99158', CRPAY: '99101', LIBCOG: 'Féroé', DATE_DEBUT: '1943-01-01', DATE_FIN: '' });
    expect([p.kind, p.context, p.validTo]).toEqual(['pays', '99101', null]);
  });

  it('accepts an event with an empty side (creation from nothing) but not one with none', () => {
    const base = { MOD: '20', DATE_EFF: '2011-03-31', TYPECOM_AV: '', COM_AV: '', LIBELLE_AV: '', TYPECOM_AP: 'COM', COM_AP: '97601', LIBELLE_AP: 'Acoua' };
    expect(parseEventRecord(base).afterCode).toBe('97601');
    expect(() => parseEventRecord({ ...base, TYPECOM_AP: '', COM_AP: '', LIBELLE_AP: '' })).toThrow(/sans commune/);
  });

  it('refuses a record missing a column or a required value', () => {
    expect(() => parseCommuneRecord({ TYPECOM: 'COM', COM: '01001', LIBELLE: 'X', DATE_DEBUT: '1943-01-01' })).toThrow(/DATE_FIN/);
    expect(() => parseCommuneRecord({ TYPECOM: 'COM', COM: '', LIBELLE: 'X', DATE_DEBUT: '1943-01-01', DATE_FIN: '' })).toThrow(/COM vide/);
  });
});
