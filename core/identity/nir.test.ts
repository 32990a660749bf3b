// INS matricule: key computation (Corsica included), validation messages, display formats, OIDs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInsMatricule, formatMatricule, INS_OIDS, maskMatricule, nirKey, oidKind } from './nir.js';

describe('nirKey', () => {
  it.each([
    ['180032B020401', 23], // INSi test fixture 180032B02040123
    ['280072A004123', 97 - Number(2800719004123n % 97n)],
    ['185127510812345', null],
    ['2550863220050', 97 - Number(2550863220050n % 97n)],
  ])('%s → %s', (body, key) => {
    if (key === null) expect(() => nirKey(body)).toThrow(RangeError);
    else expect(nirKey(body)).toBe(key);
  });

  it('is always between 1 and 97', () => {
    fc.assert(fc.property(fc.stringMatching(/^[12]\d{12}$/), (body) => {
      const key = nirKey(body);
      expect(key).toBeGreaterThanOrEqual(1);
      expect(key).toBeLessThanOrEqual(97);
    }));
  });
});

describe('checkInsMatricule', () => {
  it('accepts the INSi test matricule, spaces and case ignored', () => {
    for (const typed of ['180032B02040123', '1 80 03 2b 020 401 23', ' 180032B020401 23 ']) {
      expect(checkInsMatricule(typed)).toEqual({ ok: true, matricule: '180032B02040123', kind: 'AUTRE' });
    }
  });

  it('takes the kind from the OID when one is given', () => {
    expect(checkInsMatricule('180032B02040123', INS_OIDS.NIR)).toMatchObject({ ok: true, kind: 'NIR' });
    expect(checkInsMatricule('180032B02040123', INS_OIDS.NIA)).toMatchObject({ ok: true, kind: 'NIA' });
    expect(checkInsMatricule('180032B02040123', INS_OIDS.TEST)).toMatchObject({ ok: true, kind: 'AUTRE' });
  });

  it.each([
    ['', 'required', 'Le matricule INS est vide'],
    ['180032B02040124', 'key', 'La clé 24 du matricule INS est fausse : la clé attendue est 23 (vérifiez chaque chiffre)'],
    ['180032B020401', 'missing_key', 'Il manque la clé du matricule INS (15 caractères attendus) : pour ce numéro, la clé est 23'],
    ['180032B0204012', 'length', 'Le matricule INS doit comporter 15 caractères (13 + clé de 2 chiffres), il en a 14'],
    ['780032B02040123', 'nnp', "Le numéro commence par 7 : c'est un numéro national provisoire (NNP), pas un matricule INS"],
    ['880032B02040123', 'nnp', "Le numéro commence par 8 : c'est un numéro national provisoire (NNP), pas un matricule INS"],
    ['580032B02040123', 'mig', "Le numéro commence par 5 : c'est un numéro de migrant de passage (MIG), pas un matricule INS"],
    ['680032B02040123', 'mig', "Le numéro commence par 6 : c'est un numéro de migrant de passage (MIG), pas un matricule INS"],
    ['380032B02040123', 'sex_digit', 'Le matricule INS doit commencer par 1 ou 2 (sexe), pas par 3'],
    ['180002B02040123', 'month', "Le mois de naissance « 00 » du matricule INS n'est pas valide (01 à 12, ou 20 à 99 si inconnu)"],
    ['180132B02040123', 'month', "Le mois de naissance « 13 » du matricule INS n'est pas valide (01 à 12, ou 20 à 99 si inconnu)"],
    ['180192B02040123', 'month', null],
    ['1800A2B02040123', 'month', null],
    ['180032C02040123', 'invalid_character', "Le caractère « C » n'est pas autorisé dans le matricule INS"],
    ['18003AB02040123', 'format', 'Le matricule INS ne peut contenir de lettre que pour la Corse (2A ou 2B, à la place du département)'],
    ['180032B020401AB', 'format', null],
    ['1-80-03', 'invalid_character', "Le caractère « - » n'est pas autorisé dans le matricule INS"],
  ])('%s → %s', (raw, code, message) => {
    const result = checkInsMatricule(raw);
    expect(result).toMatchObject({ ok: false, code });
    if (message !== null && !result.ok) expect(result.message).toBe(message);
  });

  it('accepts months 20 to 99 (month unknown, born abroad)', () => {
    const body = '1805099123045';
    const key = String(nirKey(body)).padStart(2, '0');
    expect(checkInsMatricule(body + key)).toMatchObject({ ok: true });
  });

  // Valid 13-character bodies: sex, year, month (01–12 or 20–99), département (digits or 2A/2B), 6 digits.
  const month = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 20, max: 99 })).map((m) => String(m).padStart(2, '0'));
  const body = fc
    .tuple(fc.constantFrom('1', '2'), fc.stringMatching(/^\d{2}$/), month, fc.oneof(fc.stringMatching(/^\d{2}$/), fc.constantFrom('2A', '2B')), fc.stringMatching(/^\d{6}$/))
    .map((parts) => parts.join(''));

  it('round trip: the computed key is accepted, every other key is refused with the expected one', () => {
    fc.assert(
      fc.property(body, fc.integer({ min: 0, max: 99 }), (b, other) => {
        const key = nirKey(b);
        const good = String(key).padStart(2, '0');
        expect(checkInsMatricule(b + good)).toEqual({ ok: true, matricule: b + good, kind: 'AUTRE' });
        fc.pre(other !== key);
        const bad = checkInsMatricule(b + String(other).padStart(2, '0'));
        expect(bad).toMatchObject({ ok: false, code: 'key' });
        if (!bad.ok) expect(bad.message).toContain(`la clé attendue est ${good}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('Corsican letters weigh as 19 (2A) and 18 (2B) in the key', () => {
    fc.assert(
      fc.property(body, (b) => {
        const numeric = b.replace(/^(.{5})2A/, '$119').replace(/^(.{5})2B/, '$118');
        expect(nirKey(b)).toBe(97 - Number(BigInt(numeric) % 97n));
      }),
    );
  });
});

describe('display', () => {
  it('formats in 1 2 2 2 3 3 2 groups', () => {
    expect(formatMatricule('180032B02040123')).toBe('1 80 03 2B 020 401 23');
    expect(formatMatricule('1 80 03 2B 020 401 23')).toBe('1 80 03 2B 020 401 23');
    expect(formatMatricule('123')).toBe('123');
  });

  it('masks commune, order number and key, keeping sex, year, month and département', () => {
    expect(maskMatricule('180032B02040123')).toBe('1 80 03 2B ••• ••• ••');
    expect(maskMatricule('1 80 03 2B 020 401 23')).toBe('1 80 03 2B ••• ••• ••');
    expect(maskMatricule('12345')).toBe('•••••');
  });

  it('a masked matricule never shows the commune, the order number or the key', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[12]\d{14}$/), (m) => {
        const masked = maskMatricule(m);
        expect(masked.replace(/ /g, '').slice(0, 7)).toBe(m.slice(0, 7));
        expect(masked.replace(/ /g, '').slice(7)).toBe('•'.repeat(8));
      }),
    );
  });
});

describe('oidKind', () => {
  it.each([
    ['1.2.250.1.213.1.4.8', 'NIR'],
    ['1.2.250.1.213.1.4.9', 'NIA'],
    ['1.2.250.1.213.1.4.10', 'TEST'],
    ['1.2.250.1.213.1.4.11', 'DEMO'],
    ['urn:oid:1.2.250.1.213.1.4.8', 'NIR'],
    [' 1.2.250.1.213.1.4.9 ', 'NIA'],
    ['1.2.250.1.213.1.4.2', 'AUTRE'],
    ['1.2.250.1.213.1.4.80', 'AUTRE'],
    ['', 'AUTRE'],
  ])('%s → %s', (oid, kind) => expect(oidKind(oid)).toBe(kind));
});
