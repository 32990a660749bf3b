// Demo identities that meet the INSi simulator's test persons with realistic local differences, so the comparison
// screen shows real cases: an old Corsican code (historique), a missing or misspelt first name, an extra first name
// on the document, a used name, a COG INSi knows and our reference does not, a « not found », a service fault,
// and a douteuse identity that cannot call INSi. All are fictitious CNAM test data or synthetic.
import type { IdentityAttribute, Sex } from '../../../core/identity/types.js';

export interface DemoInsiIdentity {
  birthName: string;
  birthFirstNames: string;
  sex: Sex;
  birthDate: string;
  birthplaceCog: string;
  usedName?: string;
  usedFirstName?: string;
  attribute?: { attribute: IdentityAttribute; reason: string };
  /** What the demo shows (journal reason). */
  scenario: string;
}

export const DEMO_INSI_IDENTITIES: readonly DemoInsiIdentity[] = [
  { birthName: 'ADRTROIS', birthFirstNames: 'TOUSSAINT', sex: 'M', birthDate: '1960-01-01', birthplaceCog: '20020', scenario: 'Corse : code 20020 en 1960, INSi renvoie 2B020 (concordant historique)' },
  { birthName: 'DE VINCI', birthFirstNames: 'LEONARDO', sex: 'M', birthDate: '2014-02-01', birthplaceCog: '63220', scenario: 'Homonymes INSi : 02 sans lieu de naissance, relance automatique avec 63220' },
  { birthName: 'TCHITCHI', birthFirstNames: 'OLA CATARINA BELLA', sex: 'F', birthDate: '1936-06-21', birthplaceCog: '63220', scenario: 'Prénom OLA inconnu d’INSi : 00 sur CATARINA, liste renvoyée CATARINA BELLA' },
  { birthName: 'HOUILLES', birthFirstNames: 'PIERRE PAUL JACQUES', sex: 'M', birthDate: '1993-01-27', birthplaceCog: '63220', scenario: 'Aucune identité INSi (01) : conseils à l’agent' },
  { birthName: 'ECETINSI', birthFirstNames: 'PIERRE-ALAIN', sex: 'M', birthDate: '2009-07-14', birthplaceCog: '63220', scenario: 'Prénoms MURIEL FLORIANT absents de la fiche ; historique INSHISTO' },
  { birthName: 'NESSI', birthFirstNames: 'MICHELANGELO ANTONY', sex: 'M', birthDate: '2010-08-07', birthplaceCog: '63220', scenario: 'Une lettre diffère : ANTONY sur la fiche, ANTHONY pour INSi' },
  { birthName: 'ADRUN', birthFirstNames: 'ZOE', sex: 'F', birthDate: '1975-12-31', birthplaceCog: '63220', usedName: 'DUPONT-DEMO', scenario: 'Nom utilisé saisi localement, conservé après acceptation' },
  { birthName: 'ADRTROIS', birthFirstNames: 'DOMINIQUE', sex: 'F', birthDate: '1997-02-26', birthplaceCog: '2A004', scenario: 'INSi renvoie 2A020, absent du référentiel INSEE : acceptation explicite du code' },
  { birthName: 'PROVISOIRE', birthFirstNames: 'MATRICULE', sex: 'M', birthDate: '2009-07-01', birthplaceCog: '63220', scenario: 'INS de type NIA (OID 1.2.250.1.213.1.4.9)' },
  { birthName: 'VANDERMONDE', birthFirstNames: 'ARIANA', sex: 'F', birthDate: '1995-06-17', birthplaceCog: '77284', scenario: 'Service INSi indisponible (siram_40) : message clair, rien modifié' },
  {
    birthName: 'CORSE', birthFirstNames: 'ANTHONY', sex: 'M', birthDate: '1980-03-02', birthplaceCog: '2B020',
    attribute: { attribute: 'douteuse', reason: 'Pièce présentée douteuse (démonstration)' },
    scenario: 'Identité douteuse : appel INSi impossible',
  },
];
