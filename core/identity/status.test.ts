// Status derivation checked over every combination of the facts against an independently written table,
// plus the tooltip, attribute conflicts, locking, trait edits and INSi permission.
import { describe, expect, it } from 'vitest';
import type { IdentityAttribute, IdentityStatus, Sex, StatusFacts } from './types.js';
import {
  afterStrictTraitEdit,
  attributeConflict,
  canCallInsi,
  deriveStatus,
  missingForQualified,
  traitsLocked,
} from './status.js';

const ATTRIBUTE_SUBSETS: IdentityAttribute[][] = [
  [], ['douteuse'], ['fictive'], ['homonyme'],
  ['douteuse', 'homonyme'], ['fictive', 'homonyme'], ['douteuse', 'fictive'], ['douteuse', 'fictive', 'homonyme'],
];
const SEXES: Sex[] = ['M', 'F', 'I'];

function* allFacts(): Generator<StatusFacts> {
  for (const insiVerified of [false, true])
    for (const documentChecked of [false, true])
      for (const attributes of ATTRIBUTE_SUBSETS)
        for (const birthDateCorrected of [false, true])
          for (const sex of SEXES) yield { insiVerified, documentChecked, attributes, birthDateCorrected, sex };
}

const FACTS = [...allFacts()];
const label = (f: StatusFacts) =>
  `INSi${f.insiVerified ? '+' : '-'} IV${f.documentChecked ? '+' : '-'} [${f.attributes.join(',')}] corrigée=${f.birthDateCorrected} sexe=${f.sex}`;

/**
 * Expected status written as the RNIV table reads, row by row, without sharing code with status.ts:
 * key = IV, INSi-that-counts; forced provisoire by douteuse/fictive.
 */
const TABLE: Record<string, IdentityStatus> = {
  'IV-,INSi-': 'provisoire',
  'IV-,INSi+': 'recuperee',
  'IV+,INSi-': 'validee',
  'IV+,INSi+': 'qualifiee',
};
function expectedStatus(f: StatusFacts): IdentityStatus {
  const forced = f.attributes.some((a) => a === 'douteuse' || a === 'fictive');
  if (forced) return 'provisoire';
  const insiCounts = f.insiVerified && f.birthDateCorrected === false && (f.sex === 'M' || f.sex === 'F');
  return TABLE[`IV${f.documentChecked ? '+' : '-'},INSi${insiCounts ? '+' : '-'}`] as IdentityStatus;
}

describe('deriveStatus', () => {
  it('covers every combination (2 × 2 × 8 × 2 × 3)', () => expect(FACTS).toHaveLength(192));

  it.each(FACTS.map((f) => [label(f), f] as const))('%s', (_name, facts) => {
    expect(deriveStatus(facts)).toBe(expectedStatus(facts));
  });

  it('the four RNIV cells for a plain identity', () => {
    const base = { attributes: [], birthDateCorrected: false, sex: 'F' as const };
    expect(deriveStatus({ ...base, insiVerified: false, documentChecked: false })).toBe('provisoire');
    expect(deriveStatus({ ...base, insiVerified: true, documentChecked: false })).toBe('recuperee');
    expect(deriveStatus({ ...base, insiVerified: false, documentChecked: true })).toBe('validee');
    expect(deriveStatus({ ...base, insiVerified: true, documentChecked: true })).toBe('qualifiee');
  });

  it('a corrected date or sex I never reaches récupérée or qualifiée', () => {
    for (const f of FACTS.filter((x) => x.birthDateCorrected || x.sex === 'I')) {
      expect(['provisoire', 'validee']).toContain(deriveStatus(f));
    }
  });
});

describe('missingForQualified', () => {
  it('is empty exactly when the status is qualifiée', () => {
    for (const f of FACTS) expect(missingForQualified(f).length === 0, label(f)).toBe(deriveStatus(f) === 'qualifiee');
  });

  it.each([
    [{ insiVerified: false, documentChecked: false, attributes: [], birthDateCorrected: false, sex: 'M' }, [
      "Récupérer l'INS via le téléservice INSi (carte Vitale ou traits)",
      "Contrôler une pièce d'identité à haut niveau de confiance",
    ]],
    [{ insiVerified: true, documentChecked: false, attributes: ['homonyme'], birthDateCorrected: false, sex: 'F' }, [
      "Contrôler une pièce d'identité à haut niveau de confiance",
    ]],
    [{ insiVerified: false, documentChecked: true, attributes: [], birthDateCorrected: false, sex: 'F' }, [
      "Récupérer l'INS via le téléservice INSi (carte Vitale ou traits)",
    ]],
    [{ insiVerified: true, documentChecked: true, attributes: ['douteuse'], birthDateCorrected: false, sex: 'F' }, [
      "Retirer l'attribut « douteuse » après levée du doute",
      "Récupérer l'INS via le téléservice INSi (carte Vitale ou traits)",
    ]],
    [{ insiVerified: false, documentChecked: true, attributes: ['fictive'], birthDateCorrected: false, sex: 'M' }, [
      "Retirer l'attribut « fictive » : une identité fictive ne peut pas être qualifiée",
      "Récupérer l'INS via le téléservice INSi (carte Vitale ou traits)",
    ]],
    [{ insiVerified: true, documentChecked: true, attributes: [], birthDateCorrected: true, sex: 'M' }, [
      'Date de naissance corrigée : une identité avec une date corrigée ne peut pas être qualifiée',
    ]],
    [{ insiVerified: false, documentChecked: false, attributes: ['douteuse'], birthDateCorrected: true, sex: 'I' }, [
      'Date de naissance corrigée : une identité avec une date corrigée ne peut pas être qualifiée',
      "Sexe indéterminé : l'INS ne connaît que M ou F, une identité de sexe indéterminé ne peut pas être qualifiée",
    ]],
  ] as Array<[StatusFacts, string[]]>)('%j', (facts, expected) => {
    expect(missingForQualified(facts)).toEqual(expected);
  });
});

describe('attributeConflict', () => {
  it.each([
    [[], 'douteuse', null],
    [[], 'fictive', null],
    [['homonyme'], 'douteuse', null],
    [['homonyme'], 'fictive', null],
    [['douteuse'], 'homonyme', null],
    [['fictive'], 'homonyme', null],
    [['douteuse'], 'douteuse', null],
    [['fictive'], 'douteuse', "Une identité fictive ne peut pas être aussi douteuse : retirez d'abord l'attribut « fictive »"],
    [['douteuse', 'homonyme'], 'fictive', "Une identité douteuse ne peut pas être aussi fictive : retirez d'abord l'attribut « douteuse »"],
  ] as Array<[IdentityAttribute[], IdentityAttribute, string | null]>)('%j + %s', (current, adding, expected) => {
    expect(attributeConflict(current, adding)).toBe(expected);
  });
});

describe('traitsLocked', () => {
  it.each([
    ['provisoire', false],
    ['recuperee', true],
    ['validee', true],
    ['qualifiee', true],
  ] as const)('%s → %s', (status, locked) => expect(traitsLocked(status)).toBe(locked));
});

describe('afterStrictTraitEdit', () => {
  it('drops INSi+ only: qualifiée → validée, récupérée → provisoire, others unchanged', () => {
    const expected: Record<IdentityStatus, IdentityStatus> = {
      qualifiee: 'validee',
      recuperee: 'provisoire',
      validee: 'validee',
      provisoire: 'provisoire',
    };
    for (const f of FACTS) {
      const after = afterStrictTraitEdit(f);
      expect(after).toEqual({ ...f, insiVerified: false });
      expect(deriveStatus(after), label(f)).toBe(expected[deriveStatus(f)]);
    }
  });
});

describe('canCallInsi', () => {
  it('is refused exactly for douteuse or fictive identities, with a French reason', () => {
    for (const f of FACTS) {
      const result = canCallInsi(f);
      const blocked = f.attributes.includes('douteuse') || f.attributes.includes('fictive');
      expect(result.ok, label(f)).toBe(!blocked);
      if (!result.ok) expect(result.reason).toMatch(/^Appel INSi impossible : l'identité est (douteuse|fictive)/);
    }
  });
});
