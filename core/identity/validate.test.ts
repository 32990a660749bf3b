// Whole-draft validation with a fake birthplace checker: normalised values, field errors and warnings,
// and the contract cases (CSV row E03, 30/02/2001, 00/00/1980, Gaillard Aurélie).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BirthplaceCheck, BirthplaceChecker, IdentityDraft } from './types.js';
import { parseSex, validateIdentityDraft } from './validate.js';

const TODAY = '2026-05-14';

/** Fake COG reference: 63220 ok; 20004 renamed 2A004 in 1976; 12345 never existed. */
const calls: Array<[string, string | null]> = [];
const checkBirthplace: BirthplaceChecker = (code, birthDateIso): BirthplaceCheck => {
  calls.push([code, birthDateIso]);
  if (code === '63220' || code === '99999' || code === '2A004') return { status: 'ok', label: code };
  if (code === '20004') {
    return birthDateIso !== null && birthDateIso >= '1976-01-01'
      ? { status: 'not_valid_at_date', label: 'Ajaccio', message: 'Le code 20004 n’était plus valide à cette date : utilisez 2A004', suggestedCode: '2A004' }
      : { status: 'ok', label: 'Ajaccio' };
  }
  if (!/^[0-9][0-9AB][0-9]{3}$/.test(code)) return { status: 'malformed', message: `Le code « ${code} » n'a pas la forme d'un code INSEE` };
  return { status: 'unknown_code', message: `Le code ${code} n'existe pas dans le COG` };
};
const deps = { todayIso: TODAY, checkBirthplace };

const BASE: IdentityDraft = {
  ipp: 'E01',
  birthName: 'Gaillard',
  birthFirstNames: 'Aurélie Anne',
  firstBirthName: 'Aurélie',
  sex: 'F',
  birthDate: '01/02/1990',
  birthplaceCog: '63220',
};
const run = (patch: Partial<IdentityDraft>) => validateIdentityDraft({ ...BASE, ...patch }, deps);

/** A CSV row of the import format: ipp;nom;prénoms;premier prénom;sexe;date;COG. */
function fromCsv(row: string): IdentityDraft {
  const [ipp = '', birthName = '', birthFirstNames = '', firstBirthName = '', sex = '', birthDate = '', birthplaceCog = ''] = row.split(';');
  return { ipp, birthName, birthFirstNames, firstBirthName, sex, birthDate, birthplaceCog };
}

describe('validateIdentityDraft: contract cases', () => {
  it('Gaillard / Aurélie Anne / Aurélie → GAILLARD, AURELIE ANNE, AURELIE', () => {
    const result = run({});
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.identity).toEqual({
      ipp: 'E01',
      birthName: 'GAILLARD',
      birthFirstNames: 'AURELIE ANNE',
      firstBirthName: 'AURELIE',
      sex: 'F',
      birthDate: '1990-02-01',
      birthDateCorrected: false,
      birthplaceCog: '63220',
      usedName: null,
      usedFirstName: null,
      insMatricule: null,
    });
  });

  it('CSV row E03;Pérez 2;Ana;Ana;F;01/02/1990;63220 → error on birthName naming « 2 »', () => {
    const result = validateIdentityDraft(fromCsv('E03;Pérez 2;Ana;Ana;F;01/02/1990;63220'), deps);
    expect(result.identity).toBeNull();
    expect(result.errors).toEqual([
      { field: 'birthName', code: 'invalid_character', message: "Le caractère « 2 » n'est pas autorisé dans le nom de naissance" },
    ]);
    expect(result.normalized).toMatchObject({ ipp: 'E03', birthName: 'PEREZ 2', birthFirstNames: 'ANA', firstBirthName: 'ANA' });
  });

  it('30/02/2001 → error on birthDate: le 30 février 2001 n’existe pas', () => {
    const result = run({ birthDate: '30/02/2001' });
    expect(result.identity).toBeNull();
    expect(result.errors).toEqual([{ field: 'birthDate', code: 'nonexistent_date', message: "Le 30 février 2001 n'existe pas" }]);
    expect(result.normalized.birthDate).toBeUndefined();
  });

  it('00/00/1980 → 1980-12-31, corrected, with a warning', () => {
    const result = run({ birthDate: '00/00/1980' });
    expect(result.errors).toEqual([]);
    expect(result.identity).toMatchObject({ birthDate: '1980-12-31', birthDateCorrected: true });
    expect(result.warnings).toEqual([
      {
        field: 'birthDate',
        code: 'corrected',
        message: "Date de naissance incomplète complétée en 31/12/1980 (date corrigée) : l'identité ne pourra être ni récupérée ni qualifiée",
      },
    ]);
  });
});

describe('validateIdentityDraft: fields', () => {
  it.each([
    [{ firstBirthName: '' }, 'AURELIE'],
    [{ firstBirthName: null }, 'AURELIE'],
    [{ firstBirthName: undefined }, 'AURELIE'],
    [{ birthFirstNames: 'Jean-Christophe Pierre', firstBirthName: '' }, 'JEAN-CHRISTOPHE'],
    [{ birthFirstNames: 'Jean Christophe Pierre', firstBirthName: 'jean-christophe' }, 'JEAN-CHRISTOPHE'],
  ] as Array<[Partial<IdentityDraft>, string]>)('first birth name %j → %s', (patch, first) => {
    const result = run(patch);
    expect(result.errors).toEqual([]);
    expect(result.identity?.firstBirthName).toBe(first);
  });

  it('an incoherent first birth name is an error quoting the list', () => {
    const result = run({ birthFirstNames: 'Jean Christophe Pierre', firstBirthName: 'Christophe' });
    expect(result.errors).toEqual([
      {
        field: 'firstBirthName',
        code: 'incoherent',
        message: 'Le premier prénom « CHRISTOPHE » ne correspond pas au début de la liste des prénoms « JEAN CHRISTOPHE PIERRE »',
      },
    ]);
    expect(result.identity).toBeNull();
  });

  it.each([
    ['M', 'M'], ['m', 'M'], ['H', 'M'], ['homme', 'M'], ['Masculin', 'M'],
    ['F', 'F'], ['f', 'F'], ['Femme', 'F'], ['féminin', 'F'],
    ['I', 'I'], ['indéterminé', 'I'],
    ['U', null], ['X', null], ['MF', null], ['', null],
  ])('sex « %s » → %s', (raw, sex) => expect(parseSex(raw)).toBe(sex));

  it.each([
    ['', 'required', 'Le sexe est obligatoire'],
    ['X', 'invalid', 'Le sexe « X » n\'est pas reconnu : saisissez M (masculin), F (féminin) ou I (indéterminé)'],
  ])('sex « %s » → error %s', (sex, code, message) => {
    expect(run({ sex }).errors).toEqual([{ field: 'sex', code, message }]);
  });

  it('sex I is accepted with a warning', () => {
    const result = run({ sex: 'i' });
    expect(result.identity?.sex).toBe('I');
    expect(result.warnings.map((w) => [w.field, w.code])).toEqual([['sex', 'indeterminate']]);
  });

  it('used name and used first name: empty → null, never filled from birth traits', () => {
    for (const value of ['', '   ', null, undefined]) {
      const result = run({ usedName: value, usedFirstName: value });
      expect(result.identity).toMatchObject({ usedName: null, usedFirstName: null });
    }
    const filled = run({ usedName: 'Martin', usedFirstName: 'Lily' });
    expect(filled.identity).toMatchObject({ usedName: 'MARTIN', usedFirstName: 'LILY' });
  });

  it('used traits follow the name and first-name rules', () => {
    expect(run({ usedName: 'Martin--Durand' }).errors).toEqual([]);
    expect(run({ usedFirstName: 'Anne--Lise' }).errors.map((e) => [e.field, e.code])).toEqual([['usedFirstName', 'double_hyphen']]);
    expect(run({ usedName: 'Martin 3' }).errors.map((e) => [e.field, e.code])).toEqual([['usedName', 'invalid_character']]);
  });

  it('a used trait equal to the birth trait is accepted with a warning to leave it empty', () => {
    const result = run({ usedName: 'gaillard', usedFirstName: 'Aurélie' });
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => [w.field, w.code])).toEqual([
      ['usedName', 'same_as_birth_name'],
      ['usedFirstName', 'same_as_first_birth_name'],
    ]);
  });

  it.each([
    ['', 'birthplaceCog', 'required', 'Le lieu de naissance est obligatoire : choisissez « INCONNU » (99999) s\'il n\'est pas connu'],
    ['12345', 'birthplaceCog', 'unknown_code', "Le code 12345 n'existe pas dans le COG"],
    ['ABC', 'birthplaceCog', 'malformed', "Le code « ABC » n'a pas la forme d'un code INSEE"],
  ])('birthplace « %s » → error', (cog, field, code, message) => {
    const result = run({ birthplaceCog: cog });
    expect(result.errors).toEqual([{ field, code, message }]);
    expect(result.identity).toBeNull();
  });

  it('birthplace not valid at the birth date → warning with the checker’s message, and the birth date is passed', () => {
    calls.length = 0;
    const result = run({ birthplaceCog: ' 20004 ', birthDate: '12/03/1980' });
    expect(calls).toEqual([['20004', '1980-03-12']]);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      { field: 'birthplaceCog', code: 'not_valid_at_date', message: 'Le code 20004 n’était plus valide à cette date : utilisez 2A004' },
    ]);
    expect(run({ birthplaceCog: '20004', birthDate: '12/03/1970' }).warnings).toEqual([]);
  });

  it('birthplace checked without a date when the date is invalid; lower case is upper-cased', () => {
    calls.length = 0;
    const result = run({ birthplaceCog: '2a004', birthDate: '31/02/1980' });
    expect(calls).toEqual([['2A004', null]]);
    expect(result.normalized.birthplaceCog).toBe('2A004');
  });

  it('birthplace 99999 is accepted with a warning', () => {
    const result = run({ birthplaceCog: '99999' });
    expect(result.identity?.birthplaceCog).toBe('99999');
    expect(result.warnings).toEqual([
      { field: 'birthplaceCog', code: 'unknown_birthplace', message: "Lieu de naissance inconnu (99999) : l'identité pourra difficilement être qualifiée" },
    ]);
  });

  it.each([
    [' 1 80 03 2B 020 401 23 ', '180032B02040123', null],
    ['', null, null],
    [null, null, null],
    ['180032B02040124', '180032B02040124', 'key'],
    ['780032B02040123', '780032B02040123', 'nnp'],
  ])('INS matricule « %s »', (raw, stored, code) => {
    const result = run({ insMatricule: raw });
    expect(result.normalized.insMatricule).toBe(stored);
    if (code === null) expect(result.identity?.insMatricule).toBe(stored);
    else expect(result.errors.map((e) => [e.field, e.code])).toEqual([['insMatricule', code]]);
  });

  it.each([
    [' E-01_x ', 'E-01_x', null],
    ['', null, null],
    [null, null, null],
    ['E 01', 'E 01', "L'espace n'est pas autorisée dans l'IPP (lettres sans accent, chiffres, « - » et « _ »)"],
    ['É01', 'É01', "Le caractère « É » n'est pas autorisé dans l'IPP (lettres sans accent, chiffres, « - » et « _ »)"],
    ['A'.repeat(41), 'A'.repeat(41), "L'IPP dépasse 40 caractères (41)"],
  ])('IPP « %s »', (raw, stored, message) => {
    const result = run({ ipp: raw });
    expect(result.normalized.ipp).toBe(stored);
    if (message === null) expect(result.identity?.ipp).toBe(stored);
    else expect(result.errors.map((e) => [e.field, e.message])).toEqual([['ipp', message]]);
  });

  it('reports errors on several fields at once, with normalised values for display', () => {
    const result = validateIdentityDraft(
      { birthName: '', birthFirstNames: 'Éloïse!', sex: '?', birthDate: '12/13/1980', birthplaceCog: '' },
      deps,
    );
    expect(result.identity).toBeNull();
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['birthName', 'required'],
      ['birthFirstNames', 'invalid_character'],
      ['sex', 'invalid'],
      ['birthDate', 'month_out_of_range'],
      ['birthplaceCog', 'required'],
    ]);
    expect(result.normalized).toMatchObject({ birthName: '', birthFirstNames: 'ELOISE!', firstBirthName: 'ELOISE!', ipp: null });
  });
});

describe('validateIdentityDraft: properties', () => {
  const text = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('Dupont', 'Jean Paul', 'Zoé', "d'Arc", '2', '', 'Anne-'));
  const draft = fc.record({
    ipp: fc.option(fc.constantFrom('E01', 'E 01', ''), { nil: null }),
    birthName: text,
    birthFirstNames: text,
    firstBirthName: fc.option(text, { nil: null }),
    sex: fc.constantFrom('M', 'F', 'I', 'x', ''),
    birthDate: fc.constantFrom('12/03/1980', '00/00/1980', '30/02/2001', '12/03/2031', ''),
    birthplaceCog: fc.constantFrom('63220', '99999', '20004', '12345', ''),
    usedName: fc.option(text, { nil: null }),
    usedFirstName: fc.option(text, { nil: null }),
  });

  it('identity is non-null exactly when there is no error, and then equals the normalised values', () => {
    fc.assert(
      fc.property(draft, (d) => {
        const result = validateIdentityDraft(d, deps);
        expect(result.identity === null).toBe(result.errors.length > 0);
        if (result.identity) expect(result.identity).toMatchObject(result.normalized);
      }),
      { numRuns: 1000 },
    );
  });

  const name = fc.constantFrom('Dupont', 'Le Gall', "d'Arc", 'Martin--Durand', 'Strauß', 'Œuvré');
  const firstNames = fc.constantFrom('Jean Paul', 'Zoé', 'Anne-Lise Marie', 'Élodie');
  const likelyValid = draft.chain((d) =>
    fc.record({ birthName: name, birthFirstNames: firstNames, usedName: fc.option(name, { nil: null }) }).map((v) => ({
      ...d,
      ...v,
      firstBirthName: null,
      usedFirstName: null,
      sex: 'F',
    })),
  );

  it('validating the stored identity again gives the same identity (normalisation is stable end to end)', () => {
    fc.assert(
      fc.property(likelyValid, (d) => {
        const first = validateIdentityDraft(d, deps).identity;
        fc.pre(first !== null);
        const again = validateIdentityDraft({ ...first, birthDate: first.birthDate }, deps);
        // A corrected date round-trips as a complete date: the flag lives with the identity, not the string.
        expect(again.identity).toEqual({ ...first, birthDateCorrected: false });
      }),
      { numRuns: 1000 },
    );
  });
});
