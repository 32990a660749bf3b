// A small COG reference for the pure tests, written as INSEE records (same columns as the CSV files):
// Corsica's 1976 code change, Annecy's 2017 commune nouvelle, a rename, Mayotte, and German/Czech country periods.
import { buildCogReference } from './build.js';
import type { CogReference } from './model.js';
import {
  parseCommuneRecord,
  parseCountryRecord,
  parseDepartementRecord,
  parseEventRecord,
  parseExtensionRecord,
  parseOutremerRecord,
  parseTerritoryRecord,
} from './parse.js';

const commune = (TYPECOM: string, COM: string, LIBELLE: string, DATE_DEBUT: string, DATE_FIN = '') =>
  parseCommuneRecord({ TYPECOM, COM, TNCC: '0', NCC: '', NCCENR: '', LIBELLE, DATE_DEBUT, DATE_FIN });
const country = (COG: string, LIBCOG: string, DATE_DEBUT: string, DATE_FIN = '', CRPAY = '') =>
  parseCountryRecord({ COG, CRPAY, LIBCOG, LIBENR: LIBCOG, DATE_DEBUT, DATE_FIN });
const outremer = (COM_COMER: string, LIBELLE: string, DATE_DEBUT: string, DATE_FIN = '') =>
  parseOutremerRecord({ NATURE_ZONAGE: 'COM', COM_COMER, TNCC: '0', NCC: '', NCCENR: '', LIBELLE, DATE_DEBUT, DATE_FIN });
const event = (MOD: string, DATE_EFF: string, av: [string, string, string], ap: [string, string, string]) =>
  parseEventRecord({
    MOD, DATE_EFF, TYPECOM_AV: av[0], COM_AV: av[1], TNCC_AV: '0', NCC_AV: '', NCCENR_AV: '', LIBELLE_AV: av[2],
    TYPECOM_AP: ap[0], COM_AP: ap[1], TNCC_AP: '0', NCC_AP: '', NCCENR_AP: '', LIBELLE_AP: ap[2],
  });

export function fixtureReference(): CogReference {
  return buildCogReference({
    version: 'fixture',
    places: [
      commune('COM', '20004', 'Ajaccio', '1943-01-01', '1976-01-01'),
      commune('COM', '2A004', 'Ajaccio', '1976-01-01'),
      commune('COM', '20020', 'Aregno', '1943-01-01', '1976-01-01'),
      commune('COM', '2B020', 'Aregno', '1976-01-01'),
      commune('COM', '74010', 'Annecy', '1943-01-01'),
      commune('COM', '74011', 'Annecy-le-Vieux', '1943-01-01', '2017-01-01'),
      commune('COM', '74268', 'Seynod', '1943-01-01', '2017-01-01'),
      commune('COM', '42218', 'Saint-Étienne', '1943-01-01', '1969-10-18'),
      commune('COM', '42218', 'Saint-Étienne-sur-Loire', '1969-10-18', '1970-01-01'),
      commune('COM', '42218', 'Saint-Étienne', '1970-01-01'),
      commune('COM', '01001', "L'Abergement-Clémenciat", '1943-01-01'),
      commune('COM', '75056', 'Paris', '1943-01-01'),
      commune('ARM', '75101', 'Paris 1er Arrondissement', '1943-01-01'),
      commune('COM', '97601', 'Acoua', '2011-03-31'),
      outremer('98501', 'Acoua', '1977-05-20', '2007-02-23'),
      outremer('97601', 'Acoua', '2007-02-23', '2011-03-31'),
      outremer('91101', 'Aïn-Bessem (commune mixte)', '1943-01-01', '1962-07-05'),
      country('99100', 'France', '1943-01-01'),
      country('99109', 'Allemagne', '1943-01-01', '1949-05-23'),
      country('99109', 'Allemagne', '1990-10-03'),
      country('99141', 'Allemagne de l’Est', '1949-05-23', '1990-10-03'),
      country('99142', 'Allemagne de l’Ouest', '1949-05-23', '1990-10-03'),
      country('99115', 'Tchécoslovaquie', '1945-04-01', '1993-01-01'),
      country('99116', 'Tchéquie', '1993-01-01'),
      country('99117', 'Slovaquie', '1993-01-01'),
    ],
    events: [
      event('41', '1976-01-01', ['COM', '20004', 'Ajaccio'], ['COM', '2A004', 'Ajaccio']),
      event('41', '1976-01-01', ['COM', '20020', 'Aregno'], ['COM', '2B020', 'Aregno']),
      event('32', '2017-01-01', ['COM', '74011', 'Annecy-le-Vieux'], ['COM', '74010', 'Annecy']),
      event('32', '2017-01-01', ['COM', '74011', 'Annecy-le-Vieux'], ['COMD', '74011', 'Annecy-le-Vieux']),
      event('32', '2017-01-01', ['COM', '74268', 'Seynod'], ['COM', '74010', 'Annecy']),
      event('32', '2017-01-01', ['COM', '74010', 'Annecy'], ['COM', '74010', 'Annecy']),
      event('10', '1969-10-18', ['COM', '42218', 'Saint-Étienne'], ['COM', '42218', 'Saint-Étienne-sur-Loire']),
      event('20', '2011-03-31', ['', '', ''], ['COM', '97601', 'Acoua']),
    ],
    labels: [
      parseDepartementRecord({ DEP: '2A', LIBELLE: 'Corse-du-Sud' }),
      parseDepartementRecord({ DEP: '2B', LIBELLE: 'Haute-Corse' }),
      parseDepartementRecord({ DEP: '74', LIBELLE: 'Haute-Savoie' }),
      parseDepartementRecord({ DEP: '42', LIBELLE: 'Loire' }),
      parseDepartementRecord({ DEP: '75', LIBELLE: 'Paris' }),
      parseDepartementRecord({ DEP: '976', LIBELLE: 'Mayotte' }),
      parseTerritoryRecord({ COMER: '985', LIBELLE: 'Mayotte' }),
      parseTerritoryRecord({ COMER: '976', LIBELLE: 'Mayotte' }),
      parseExtensionRecord({ CODE_EXT: '13155', CODE_GEO: '13055', LIBGEO: 'Marseille' }),
    ],
  });
}
