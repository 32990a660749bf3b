// French labels: complete for every enum value, RNIV wording, and the high-trust device list.
import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTE_LABELS,
  DEFAULT_DEVICE_TYPES,
  FIELD_LABELS,
  isHighTrustDevice,
  SEX_LABELS,
  STATUS_BADGES,
  STATUS_LABELS,
} from './labels.js';
import { IDENTITY_ATTRIBUTES, IDENTITY_STATUSES, SEXES } from './types.js';

describe('labels', () => {
  it('use the RNIV vocabulary', () => {
    expect(FIELD_LABELS).toEqual({
      birthName: 'Nom de naissance',
      birthFirstNames: 'Prénom(s) de naissance',
      firstBirthName: 'Premier prénom de naissance',
      birthDate: 'Date de naissance',
      sex: 'Sexe',
      birthplaceCog: 'Lieu de naissance',
      usedName: 'Nom utilisé',
      usedFirstName: 'Prénom utilisé',
      insMatricule: 'Matricule INS',
      ipp: 'IPP',
    });
    expect(IDENTITY_STATUSES.map((s) => STATUS_LABELS[s])).toEqual([
      'Identité provisoire', 'Identité récupérée', 'Identité validée', 'Identité qualifiée',
    ]);
    expect(IDENTITY_STATUSES.map((s) => STATUS_BADGES[s])).toEqual(['Provisoire', 'Récupérée', 'Validée', 'Qualifiée']);
    expect(IDENTITY_ATTRIBUTES.map((a) => ATTRIBUTE_LABELS[a])).toEqual(['Identité douteuse', 'Identité fictive', 'Identité homonyme']);
    expect(SEXES.map((s) => SEX_LABELS[s])).toEqual(['Masculin', 'Féminin', 'Indéterminé']);
  });
});

describe('high-trust devices', () => {
  it('lists the ZFD-7 codes of domain.md §5, minors-only where the RNIV says so', () => {
    expect(DEFAULT_DEVICE_TYPES.map((d) => [d.code, d.minorsOnly])).toEqual([
      ['PA', false], ['CN', false], ['CS', false], ['IE', false], ['AV', false],
      ['AN', true], ['LE', true], ['DC', true],
    ]);
    expect(new Set(DEFAULT_DEVICE_TYPES.map((d) => d.code)).size).toBe(DEFAULT_DEVICE_TYPES.length);
  });

  it.each([
    ['PA', undefined, true],
    ['pa', undefined, true],
    ['IE', false, true],
    ['AN', true, true],
    ['AN', undefined, true],
    ['AN', false, false],
    ['DC', false, false],
    ['PC', undefined, false], // permis de conduire
    ['CM', undefined, false], // carte militaire
    ['', undefined, false],
  ] as const)('%s (mineur: %s) → %s', (code, isMinor, expected) => {
    expect(isHighTrustDevice(code, DEFAULT_DEVICE_TYPES, isMinor)).toBe(expected);
  });

  it('follows the configured list, not the defaults', () => {
    const custom = [{ code: 'TC', label: 'Tiers de confiance', minorsOnly: false }];
    expect(isHighTrustDevice('TC', custom)).toBe(true);
    expect(isHighTrustDevice('PA', custom)).toBe(false);
  });
});
