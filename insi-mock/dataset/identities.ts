// The mock's INS base: the qualification test identities of research §4.2 with their real matricules, history
// and OIDs (keys verbatim, HERMANN's failing keys included), plus synthetic records marked as such (the second
// DE VINCI LEONARDO that makes a call without birthplace return 02, the people of the virtual Vitale cards).
import { nirKey } from '../../core/identity/nir.js';

export interface MockIns {
  num: string;
  key: string;
  oid: 'NIR' | 'NIA';
  startDate?: string;
  endDate?: string;
}

export interface MockIdentity {
  id: string;
  birthName: string;
  /** ListePrenom as returned. */
  firstNames: string;
  sex: 'M' | 'F';
  birthDate: string;
  birthplaceCog: string;
  ins: MockIns;
  history: MockIns[];
  /** True for invented records; false for traits and matricules seen in qualification answers or CNDA files. */
  synthetic: boolean;
  source: string;
}

const nir = (num: string, key: string, oid: 'NIR' | 'NIA' = 'NIR'): MockIns => ({ num, key, oid });
/** Synthetic matricules get a correct key. */
const synth = (num: string): MockIns => nir(num, String(nirKey(num)).padStart(2, '0'));

const real = (id: string, birthName: string, firstNames: string, sex: 'M' | 'F', birthDate: string, cog: string, ins: MockIns, source: string, history: MockIns[] = []): MockIdentity => ({
  id, birthName, firstNames, sex, birthDate, birthplaceCog: cog, ins, history, synthetic: false, source,
});

const fake = (id: string, birthName: string, firstNames: string, sex: 'M' | 'F', birthDate: string, cog: string, num: string, source: string): MockIdentity => ({
  id, birthName, firstNames, sex, birthDate, birthplaceCog: cog, ins: synth(num), history: [], synthetic: true, source,
});

export const MOCK_IDENTITIES: readonly MockIdentity[] = [
  real('adrtrois-dominique', 'ADRTROIS', 'DOMINIQUE', 'F', '1997-02-26', '2A020', nir('297022A020778', '78'), 'research §4.2 #1, live'),
  real('adrtrois-toussaint', 'ADRTROIS', 'TOUSSAINT', 'M', '1960-01-01', '2B020', nir('160012B020777', '13'), 'research §4.2 #2, live (B4), CNDA 2.03 cas 2'),
  real('ecetinsi', 'ECETINSI', 'PIERRE-ALAIN MURIEL FLORIANT', 'M', '2009-07-14', '63220', nir('1090763220834', '89'), 'research §4.2 #3, live (B6), CNDA 2.04', [
    { ...nir('2090763220834', '39'), startDate: '2019-03-01', endDate: '2019-02-28' },
  ]),
  real('tchitchi', 'TCHITCHI', 'CATARINA BELLA', 'F', '1936-06-21', '63220', nir('2360663220836', '56'), 'research §4.2 #4, live, CNDA 2.07 cas 1'),
  real('corse', 'CORSE', 'ANTHONY', 'M', '1980-03-02', '2B020', nir('180032B020401', '23'), 'research §4.2 #5, CNDA 2.08 cas 1 (B9)', [nir('180032B020401', '23')]),
  real('hermann', 'HERMANN', 'GATIEN', 'M', '1981-03-24', '63220', nir('1810363220456', '60'), 'research §4.2 #6, CNDA 2.08 cas 2 (B10), keys fail mod 97 as in the CNDA file', [
    nir('1810363220456', '60'),
    nir('2810363220456', '10'),
  ]),
  real('provisoire', 'PROVISOIRE', 'MATRICULE', 'M', '2009-07-01', '63220', nir('1090763220888', '35', 'NIA'), 'research §4.2 #7, CNDA 2.05 (B8), NIA'),
  real('adrun', 'ADRUN', 'ZOE', 'F', '1975-12-31', '63220', nir('2751263220749', '74'), 'research §4.2 #8, live (S1 README)'),
  real('nessi', 'NESSI', 'MICHELANGELO ANTHONY', 'M', '2010-08-07', '63220', nir('1100863220830', '60'), 'research §4.2 #9, observed'),
  // First-name list UNCONFIRMED (the only public answer is a hand-edited copy): PIERRE-ALAIN is what CNDA 2.03 cas 1 queries.
  real('dartagnan', "D'ARTAGNAN DE L'HERAULT", 'PIERRE-ALAIN', 'M', '2001-06-17', '63220', nir('1010663220754', '60'), 'research §4.2 #10, UNCONFIRMED list and matricule'),
  real('adrdeux', 'ADRDEUX', 'LAURENT', 'M', '1981-01-01', '63220', nir('1810163220751', '40'), 'research §4.2 #17, observed (S3, S4)'),
  // The real 00 record of DE VINCI LEONARDO was never captured (research §4.2 #11): both homonyms are invented.
  fake('de-vinci-63220', 'DE VINCI', 'LEONARDO', 'M', '2014-02-01', '63220', '1140263220901', 'synthétique : CNDA 2.06 cas 2 (00 avec 63220)'),
  fake('de-vinci-75056', 'DE VINCI', 'LEONARDO', 'M', '2014-02-01', '75056', '1140275056902', 'synthétique : homonyme qui rend 02 sans lieu de naissance'),
  // People of the virtual Vitale cards (cards.ts).
  fake('martin-claire', 'MARTIN-VIRTUEL', 'CLAIRE MARIE', 'F', '1985-04-12', '75056', '2850475056123', 'synthétique : assurée de la carte virtuelle 2'),
  fake('martin-louis', 'MARTIN-VIRTUEL', 'LOUIS', 'M', '2016-09-03', '75056', '1160975056311', 'synthétique : jumeau rang 1'),
  fake('martin-lea', 'MARTIN-VIRTUEL', 'LEA', 'F', '2016-09-03', '75056', '2160975056312', 'synthétique : jumelle rang 2'),
  fake('virtuelle-ruth', 'VIRTUELLE', 'RUTH ANNE', 'F', '1979-05-11', '63220', '2790563220415', 'synthétique : bénéficiaire « Ruth » (carte CNDA INSi 01 non publique)'),
  fake('virtuelle-donatello', 'VIRTUELLE', 'DONATELLO', 'M', '2008-11-23', '63220', '1081163220516', 'synthétique : bénéficiaire « Donatello »'),
];

/** Queries that qualification answered with a technical fault (research §6 « fault personas »). */
export interface FaultPersona {
  birthName: string;
  /** Any of these first names (as sent in Prenom, or one of its tokens) triggers the fault. */
  firstNames: string[];
  fault: 'siram_40_insi_102' | 'siram_40_desir_1020';
  source: string;
}

export const FAULT_PERSONAS: readonly FaultPersona[] = [
  { birthName: "D'AEION", firstNames: ['COEUR'], fault: 'siram_40_insi_102', source: 'research §4.2 #15, qualification 2023-09 (B2)' },
  { birthName: 'DE VINCI', firstNames: ['RUTH'], fault: 'siram_40_insi_102', source: 'research §4.2 #12, qualification 2023-09' },
  { birthName: 'VANDERMONDE', firstNames: ['ARIANA'], fault: 'siram_40_insi_102', source: 'research §4.2 #16, S1 2025-03' },
  { birthName: 'DE VINCI', firstNames: ['LEONARDODINO', 'DICAPRIO', 'BUFFALO'], fault: 'siram_40_desir_1020', source: 'research §4.2 #19, qualification 2023-10 (B13)' },
];
