import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CogSuggestionSchema, BirthplaceSchema } from '../contract/schemas.js';
import { checkBirthplace } from './check.js';
import { compareBirthplaces } from './compare.js';
import { describeBirthplace } from './describe.js';
import { codesValidAt } from './history.js';
import { suggestBirthplaces } from './suggest.js';
import { fixtureReference } from './test-fixture.js';

const ref = fixtureReference();

describe('checkBirthplace', () => {
  it.each([
    ['2A004', '1990-05-01', 'Ajaccio (2A)'],
    ['20020', '1960-01-01', 'Aregno (20)'],
    ['20004', '1930-06-01', 'Ajaccio (20)'],
    ['74011', '2016-12-31', 'Annecy-le-Vieux (74)'],
    ['74010', '2020-01-01', 'Annecy (74)'],
    ['99109', '1995-01-01', 'Allemagne'],
    ['99999', '1995-01-01', 'INCONNU'],
    ['2b020', null, 'Aregno (2B)'],
    ['98501', '1990-01-01', 'Acoua (Mayotte)'],
  ])('%s on %s is ok: %s', (code, date, label) => {
    expect(checkBirthplace(ref, code, date)).toEqual({ status: 'ok', label });
  });

  it.each([
    ['2B020', '1960-01-01', '20020', "Le code 2B020 (Aregno) n'était pas en vigueur le 01/01/1960 : le code de cette commune était alors 20020 (Aregno)"],
    ['20020', '1990-01-01', '2B020', "Le code 20020 (Aregno) n'était pas en vigueur le 01/01/1990 : le code de cette commune était alors 2B020 (Aregno)"],
    ['74011', '2017-01-01', '74010', "Le code 74011 (Annecy-le-Vieux) n'était pas en vigueur le 01/01/2017 : le code de cette commune était alors 74010 (Annecy)"],
    ['99116', '1980-01-01', '99115', "Le code 99116 (Tchéquie) n'était pas en vigueur le 01/01/1980 : le code de ce pays était alors 99115 (Tchécoslovaquie)"],
    ['97601', '2000-01-01', '98501', "Le code 97601 (Acoua) n'était pas en vigueur le 01/01/2000 : le code de cette commune était alors 98501 (Acoua)"],
  ])('%s on %s is not valid then and proposes %s', (code, date, suggested, message) => {
    expect(checkBirthplace(ref, code, date)).toMatchObject({ status: 'not_valid_at_date', suggestedCode: suggested, message });
  });

  it('lists the candidates without choosing when the place was split then (Germany in 1960)', () => {
    const check = checkBirthplace(ref, '99109', '1960-01-01');
    expect(check).toMatchObject({ status: 'not_valid_at_date', suggestedCode: null });
    expect(check.status === 'not_valid_at_date' && check.message).toContain('99141 (Allemagne de l’Est), 99142 (Allemagne de l’Ouest)');
  });

  it('warns without a proposal when nothing denoted the place then', () => {
    expect(checkBirthplace(ref, '99116', '1944-01-01')).toMatchObject({
      status: 'not_valid_at_date',
      suggestedCode: null,
      message: "Le code 99116 (Tchéquie) n'était pas en vigueur le 01/01/1944 (en vigueur depuis le 01/01/1993) : vérifiez le lieu de naissance",
    });
  });

  it.each([
    ['12345', "Le code 12345 n'existe pas dans le Code officiel géographique"],
    ['13155', "Le code 13155 n'existe pas dans le Code officiel géographique : c'est un code d'extension RNIPP (Marseille), le code officiel est 13055"],
  ])('rejects %s, never in the reference', (code, message) => {
    expect(checkBirthplace(ref, code, '1980-01-01')).toEqual({ status: 'unknown_code', message });
  });

  it.each(['XYZ', '', '1234', '123456', '2C004', '2A0B4', 'A2004'])('rejects malformed « %s »', (code) => {
    expect(checkBirthplace(ref, code, null).status).toBe('malformed');
  });

  it('checks only existence without a birth date', () => {
    expect(checkBirthplace(ref, '20020', null)).toEqual({ status: 'ok', label: 'Aregno (20)' });
  });

  it('never throws, and calls a code malformed exactly when it is not 5 chars of the COG shape', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 7 }), fc.option(fc.date({ min: new Date('1880-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })), (code, date) => {
        const result = checkBirthplace(ref, code, date ? date.toISOString().slice(0, 10) : null);
        expect(result.status === 'malformed').toBe(!/^(?:\d{5}|2[AB]\d{3})$/.test(code.trim().toUpperCase()));
      }),
    );
  });
});

describe('codesValidAt', () => {
  it('follows history forwards and backwards, and is empty for a code valid then', () => {
    expect(codesValidAt(ref, '74268', '2020-01-01')).toEqual(['74010']);
    expect(codesValidAt(ref, '2A004', '1950-01-01')).toEqual(['20004']);
    expect(codesValidAt(ref, '2A004', '1990-01-01')).toEqual([]);
  });
});

describe('describeBirthplace', () => {
  it.each([
    ['20004', '1960-01-01', { code: '20004', label: 'Ajaccio (20)', currentLabel: 'Ajaccio (2A)', kind: 'commune' }],
    ['74011', '1990-01-01', { code: '74011', label: 'Annecy-le-Vieux (74)', currentLabel: 'Annecy (74)', kind: 'commune' }],
    ['42218', '1969-12-01', { code: '42218', label: 'Saint-Étienne-sur-Loire (42)', currentLabel: 'Saint-Étienne (42)', kind: 'commune' }],
    ['2A004', '1990-01-01', { code: '2A004', label: 'Ajaccio (2A)', currentLabel: null, kind: 'commune' }],
    ['99141', '1960-01-01', { code: '99141', label: 'Allemagne de l’Est', currentLabel: 'Allemagne', kind: 'pays' }],
    ['91101', '1950-01-01', { code: '91101', label: 'Aïn-Bessem (commune mixte) (Algérie)', currentLabel: null, kind: 'commune' }],
    ['99999', null, { code: '99999', label: 'INCONNU', currentLabel: null, kind: 'inconnu' }],
    ['12345', null, { code: '12345', label: 'Code hors référentiel (12345)', currentLabel: null, kind: 'hors-referentiel' }],
  ])('%s on %s', (code, date, expected) => {
    const description = describeBirthplace(ref, code, date);
    expect(description).toEqual(expected);
    expect(BirthplaceSchema.parse(description)).toEqual(expected);
  });
});

describe('compareBirthplaces', () => {
  it.each([
    ['2A004', '2A004', 'identique'],
    ['20020', '2B020', 'historique'],
    ['2B020', '20020', 'historique'],
    ['74011', '74010', 'historique'],
    ['74010', '74268', 'historique'],
    ['98501', '97601', 'historique'],
    ['74011', '74268', 'different'],
    ['2A004', '2B020', 'different'],
    ['99109', '12345', 'different'],
  ] as const)('%s vs %s → %s', (local, other, verdict) => {
    expect(compareBirthplaces(ref, local, other, '1960-01-01').verdict).toBe(verdict);
  });

  it('explains a Corsican code change and which code was valid at birth', () => {
    expect(compareBirthplaces(ref, '20020', '2B020', '1960-01-01').explanation).toBe(
      'Même lieu sous deux codes de dates différentes : Aregno (20020) est devenue Aregno (2B020) le 01/01/1976 (changement de département). Le 01/01/1960, le code en vigueur était 20020.',
    );
  });

  it('explains a commune nouvelle', () => {
    expect(compareBirthplaces(ref, '74010', '74011', '1990-01-01').explanation).toBe(
      'Même lieu sous deux codes de dates différentes : Annecy-le-Vieux (74011) a rejoint le 01/01/2017 la commune nouvelle Annecy (74010). Le 01/01/1990, les deux codes désignaient des communes distinctes : vérifiez la commune de naissance.',
    );
  });

  it('names both places when they differ', () => {
    expect(compareBirthplaces(ref, '74011', '74268', '1990-01-01').explanation).toBe(
      'Lieux de naissance différents : 74011 Annecy-le-Vieux (74) et 74268 Seynod (74)',
    );
  });
});

describe('suggestBirthplaces', () => {
  const codes = (query: string, date: string | null, limit = 10) => suggestBirthplaces(ref, query, date, limit).map((s) => s.code);

  it.each([
    ['ajaccio', '1960-01-01', ['20004', '2A004']],
    ['ajaccio', '1990-01-01', ['2A004', '20004']],
    ['st etienne', null, ['42218']],
    ['SAINT-ÉTIENNE', '1969-12-01', ['42218']],
    ["l'abergement", null, ['01001']],
    ['abergement', null, ['01001']],
    ['allem', null, ['99109', '99141', '99142']],
    ['allem', '1960-01-01', ['99141', '99142', '99109']],
    ['2A0', null, ['2A004']],
    ['99', '1960-01-01', ['99100', '99115', '99141', '99142', '99109', '99116', '99117']],
    ['99999', null, ['99999']],
    ['inconnu', null, ['99999']],
    ['paris 75', null, ['75056', '75101']],
    ['paris 42', null, []],
  ])('%s (%s) → %j', (query, date, expected) => expect(codes(query, date)).toEqual(expected));

  it('adds the communes later merged into a match, after the direct matches, and explains them', () => {
    const list = suggestBirthplaces(ref, 'annecy', '1990-01-01', 10);
    expect(list.map((s) => s.code)).toEqual(['74010', '74011', '74268']);
    expect(list[1]?.detail).toBe("Haute-Savoie (74) ; nom en vigueur à la naissance ; aujourd'hui : Annecy (74010)");
    expect(list[2]?.detail).toBe("Haute-Savoie (74) ; ancienne commune, aujourd'hui Annecy");
  });

  it('offers the code valid at birth for an extinct name', () => {
    const [first, second] = suggestBirthplaces(ref, 'annecy le vieux', '2020-01-01', 10);
    expect(first).toMatchObject({ code: '74010', validAtBirth: true, detail: 'Haute-Savoie (74) ; code en vigueur à la naissance pour Annecy-le-Vieux (74011)' });
    expect(second).toMatchObject({ code: '74011', validAtBirth: false });
  });

  it('shows the name at birth of a renamed commune', () => {
    expect(suggestBirthplaces(ref, 'saint etienne', '1969-12-01', 1)[0]).toMatchObject({
      code: '42218',
      label: 'Saint-Étienne-sur-Loire',
      detail: "Loire (42) ; nom en vigueur à la naissance ; aujourd'hui : Saint-Étienne",
    });
  });

  it('never offers INCONNU by default', () => {
    for (const q of ['a', 'in', '9', '99', 'paris']) expect(codes(q, null)).not.toContain('99999');
  });

  it('returns valid suggestions, at most limit, for any query', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 8 }), (query, limit) => {
        const list = suggestBirthplaces(ref, query, '1985-06-15', limit);
        expect(list.length).toBeLessThanOrEqual(limit);
        for (const s of list) CogSuggestionSchema.parse(s);
        expect(new Set(list.map((s) => s.code)).size).toBe(list.length);
      }),
    );
  });
});
