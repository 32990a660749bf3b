// Birthplaces of the synthetic seed, as COG codes checked against the INSEE reference (2026 files):
// communes and municipal arrondissements, overseas communes, Corsica with its pre-1976 codes, and
// countries (99XXX) with the periods their code was valid, so a birthplace is valid at the birth date.

/** Metropolitan communes (or arrondissements), most frequent birthplaces first. */
export const COMMUNES: readonly string[] = [
  '75112', '75114', '75115', '75116', '75117', '75118', '75113', '75120', '75119', '75110', '75111', '75107', '75105',
  '13205', '13208', '13209', '13213', '69383', '69387', '69388', '31555', '06088', '44109', '67482', '34172', '33063',
  '59350', '35238', '51454', '76351', '42218', '83137', '38185', '21231', '49007', '30189', '69266', '63113', '72181',
  '13001', '29019', '37261', '80021', '87085', '74010', '66136', '57463', '25056', '45234', '76540', '68224', '14118',
  '54395', '95018', '93048', '59512', '59599', '84007', '86194', '64445', '17300', '64102', '94028', '93066', '78646',
];

export const OVERSEAS: readonly string[] = ['97411', '97415', '97209', '97105', '97101', '97302', '97611'];

/** Corsica: codes 20XXX until 1976-01-01, then 2A (Corse-du-Sud) / 2B (Haute-Corse). */
export const CORSICA: readonly { before1976: string; after: string }[] = [
  { before1976: '20004', after: '2A004' },
  { before1976: '20033', after: '2B033' },
];
export const CORSICA_SPLIT = '1976-01-01';

export interface Country {
  code: string;
  /** ISO date ranges [from, to) when the code denotes the country; open end = still valid. */
  periods: readonly (readonly [string, string | null])[];
}

export const COUNTRIES: readonly Country[] = [
  { code: '99350', periods: [['1956-03-02', null]] }, // Maroc
  { code: '99352', periods: [['1962-07-05', null]] }, // Algérie
  { code: '99351', periods: [['1956-03-20', null]] }, // Tunisie
  { code: '99139', periods: [['1943-01-01', null]] }, // Portugal
  { code: '99127', periods: [['1943-01-01', null]] }, // Italie
  { code: '99134', periods: [['1943-01-01', null]] }, // Espagne
  { code: '99109', periods: [['1943-01-01', '1949-05-23'], ['1990-10-03', null]] }, // Allemagne
  { code: '99131', periods: [['1943-01-01', null]] }, // Belgique
  { code: '99243', periods: [['1976-07-02', null]] }, // Vietnam
  { code: '99341', periods: [['1960-08-20', null]] }, // Sénégal
  { code: '99335', periods: [['1960-09-22', null]] }, // Mali
  { code: '99326', periods: [['1960-08-07', null]] }, // Côte d'Ivoire
  { code: '99322', periods: [['1961-10-01', null]] }, // Cameroun
  { code: '99208', periods: [['1943-01-01', null]] }, // Turquie
  { code: '99140', periods: [['1943-01-01', null]] }, // Suisse
  { code: '99132', periods: [['1943-01-01', null]] }, // Royaume-Uni
  { code: '99122', periods: [['1943-01-01', null]] }, // Pologne
  { code: '99114', periods: [['1943-01-01', null]] }, // Roumanie
];

/** Birth abroad, place unknown to the person (RNIV « INCONNU »). */
export const UNKNOWN_PLACE = '99999';

/** The reference starts in 1943: a code valid then is taken as valid for earlier births too. */
export const countryValidOn = (c: Country, isoDate: string): boolean =>
  c.periods.some(([from, to]) => (isoDate >= from || from === '1943-01-01') && (to === null || isoDate < to));
