// French vocabulary of the identity record (RNIV wording): field, status, attribute and sex labels,
// and the configurable list of high-trust identity devices (HL7 table IHE-FRANCE-ZFD-7 codes).
// Code keeps English names; every user-facing word about an identity comes from here.
import type { IdentityAttribute, IdentityField, IdentityStatus, Sex } from './types.js';

export const FIELD_LABELS: Readonly<Record<IdentityField, string>> = {
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
};

export const STATUS_LABELS: Readonly<Record<IdentityStatus, string>> = {
  provisoire: 'Identité provisoire',
  recuperee: 'Identité récupérée',
  validee: 'Identité validée',
  qualifiee: 'Identité qualifiée',
};

/** Short labels for the status badge. */
export const STATUS_BADGES: Readonly<Record<IdentityStatus, string>> = {
  provisoire: 'Provisoire',
  recuperee: 'Récupérée',
  validee: 'Validée',
  qualifiee: 'Qualifiée',
};

export const ATTRIBUTE_LABELS: Readonly<Record<IdentityAttribute, string>> = {
  douteuse: 'Identité douteuse',
  fictive: 'Identité fictive',
  homonyme: 'Identité homonyme',
};

export const SEX_LABELS: Readonly<Record<Sex, string>> = {
  M: 'Masculin',
  F: 'Féminin',
  I: 'Indéterminé',
};

export interface DeviceType {
  /** HL7 ZFD-7 code (IHE PAM FR table IHE-FRANCE-ZFD-7). */
  code: string;
  label: string;
  /** Only acceptable for a minor (accompanied by a parent's high-trust device, or the minor's own travel document). */
  minorsOnly: boolean;
}

/**
 * Default high-trust devices (domain.md §5). The structure may edit this list; the UI preselects none.
 * Deliberately absent: permis de conduire (PC), carte Vitale, carte militaire (CM) — not high-trust.
 */
export const DEFAULT_DEVICE_TYPES: readonly DeviceType[] = [
  { code: 'PA', label: 'Passeport', minorsOnly: false },
  { code: 'CN', label: "Carte nationale d'identité", minorsOnly: false },
  { code: 'CS', label: 'Titre de séjour', minorsOnly: false },
  { code: 'IE', label: 'Identification électronique (eIDAS substantiel ou élevé)', minorsOnly: false },
  { code: 'AV', label: 'Application carte Vitale', minorsOnly: false },
  { code: 'AN', label: "Extrait d'acte de naissance + dispositif à haut niveau de confiance d'un parent (mineur)", minorsOnly: true },
  { code: 'LE', label: "Livret de famille + dispositif à haut niveau de confiance d'un parent (mineur)", minorsOnly: true },
  { code: 'DC', label: 'Document de circulation pour étranger mineur', minorsOnly: true },
];

/**
 * Whether `code` is a high-trust device of `list`. When `isMinor` is given as false, devices reserved
 * to minors are refused; left undefined, the age is not checked here.
 */
export function isHighTrustDevice(code: string, list: readonly DeviceType[], isMinor?: boolean): boolean {
  const wanted = code.trim().toUpperCase();
  const device = list.find((d) => d.code.toUpperCase() === wanted);
  if (!device) return false;
  return !(device.minorsOnly && isMinor === false);
}
