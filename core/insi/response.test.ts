// Parser tests on every verbatim response sample of research §3 (fixtures/), old formats included.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyResponse } from './classify.js';
import { parseInsiResponse } from './response.js';
import type { ParsedResponse } from './types.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const parse = (name: string) => parseInsiResponse(fixture(name));

function result(p: ParsedResponse) {
  if (p.kind !== 'result') throw new Error(`résultat attendu, reçu ${p.kind}`);
  return p;
}
function individual(p: ParsedResponse) {
  const r = result(p);
  if (!r.individual) throw new Error('INDIVIDU attendu');
  return r.individual;
}
function fault(p: ParsedResponse) {
  if (p.kind !== 'fault') throw new Error(`faute attendue, reçu ${p.kind}`);
  return p.fault;
}

describe('CR 00 samples', () => {
  it('B4 current live format, Corsica 2B, no TIQ/Prenom', () => {
    const p = parse('b04-cr00-adrtrois-toussaint.xml');
    const i = individual(p);
    expect(result(p).crCode).toBe('00');
    expect(i.active).toMatchObject({ matricule: '160012B02077713', numIdentifiant: '160012B020777', key: '13', oid: '1.2.250.1.213.1.4.8' });
    expect(i.history).toEqual([]);
    expect(i.traits).toEqual({ birthName: 'ADRTROIS', firstNames: 'TOUSSAINT', firstName: null, sex: 'M', birthDate: '1960-01-01', birthplaceCog: '2B020' });
    expect(result(p).warnings).toEqual([]);
  });

  it('B5 old ns2: format with TIQ/Prenom and the old Corsica code 20020', () => {
    const i = individual(parse('b05-cr00-legacy-ns2-adrtrois-dominique.xml'));
    expect(i.active.matricule).toBe('297022A02077878');
    expect(i.traits).toMatchObject({ firstName: 'DOMINIQUE', firstNames: 'DOMINIQUE', birthplaceCog: '20020', sex: 'F' });
  });

  it('B6 a single INSHISTO is a list of one, dates kept as returned', () => {
    const i = individual(parse('b06-cr00-inshisto-ecetinsi-live.xml'));
    expect(i.history).toHaveLength(1);
    expect(i.history[0]).toMatchObject({ matricule: '209076322083439', startDate: '2019-03-01', endDate: '2019-02-28' });
    expect(i.traits.firstNames).toBe('PIERRE-ALAIN MURIEL FLORIANT');
  });

  it('B7 CNDA 2.04: two INSHISTO, DateDeb/DateFin before IdIndividu (out of XSD order) still read', () => {
    const i = individual(parse('b07-cr00-cnda-test-2.04-cas2.xml'));
    expect(i.history.map((h) => h.matricule)).toEqual(['209076322083439', '209066322012355']);
    expect(i.history[0]).toMatchObject({ startDate: '2019-03-01', endDate: '2019-02-28' });
    expect(i.history[1]).toMatchObject({ startDate: null, endDate: null });
  });

  it('B7bis old CNDA 2.04 with TypeMatricule and TIQ/Prenom', () => {
    const i = individual(parse('b07bis-cr00-cnda-test-2.04-cas2-old.xml'));
    expect(i.history.map((h) => h.typeMatricule)).toEqual(['NIR', 'NIR']);
    expect(i.traits.firstName).toBe('PIERRE-ALAIN');
  });

  it('B8 CNDA 2.05 NIA: OID .9, pretty-printed with a comment', () => {
    const i = individual(parse('b08-cr00-cnda-test-2.05-nia.xml'));
    expect(i.active).toMatchObject({ matricule: '109076322088835', oid: '1.2.250.1.213.1.4.9' });
    expect(i.traits).toMatchObject({ birthName: 'PROVISOIRE', firstNames: 'MATRICULE', birthplaceCog: '63220' });
  });

  it('B9 CNDA 2.08 cas 1: INSHISTO equal to INSACTIF is kept', () => {
    const i = individual(parse('b09-cr00-cnda-test-2.08-cas1.xml'));
    expect(i.history.map((h) => h.matricule)).toEqual([i.active.matricule]);
    expect(i.traits.birthplaceCog).toBe('2B020');
  });

  it('B10 CNDA 2.08 cas 2: NIR keys failing mod 97 are kept, with warnings, never rejected', () => {
    const p = parse('b10-cr00-cnda-test-2.08-cas2.xml');
    const i = individual(p);
    expect(i.active.matricule).toBe('181036322045660');
    expect(i.history.map((h) => h.matricule)).toEqual(['181036322045660', '281036322045610']);
    const warnings = result(p).warnings;
    expect(warnings.some((w) => w.includes('1810363220456') && w.includes('76'))).toBe(true);
    expect(warnings.some((w) => w.includes('2810363220456') && w.includes('26'))).toBe(true);
  });
});

describe('CR 01 / 02 samples', () => {
  it.each([
    ['b11-cr01-cnda-rep-cr01.xml', '01', 'Aucune identite trouvee', 'not_found'],
    ['b12-cr02-de-vinci.xml', '02', 'Plusieurs identites trouvees', 'multiple'],
    ['b12bis-cr02-legacy-ns2.xml', '02', 'Plusieurs identites trouvees', 'multiple'],
  ])('%s → CR %s', (file, code, label, status) => {
    const p = parse(file);
    expect(result(p)).toMatchObject({ crCode: code, crLabel: label, individual: null });
    expect(classifyResponse(p)).toBe(status);
  });
});

describe('fault samples', () => {
  it('B2 siram_40/insi_102, S: prefixes, severite "fatal" out of the enum', () => {
    const p = parse('b02-fault-siram40-insi102-2023-09.xml');
    expect(fault(p)).toEqual({
      code: 'Receiver',
      subcode: 'siram_40',
      reason: expect.stringContaining('temporairement inaccessible'),
      detailCode: 'insi_102',
      severity: 'fatal',
      detailText: "L'appel au service de recherche avec les traits d'identité renvoie une erreur technique.",
      messageId: null,
    });
    expect(classifyResponse(p)).toBe('fault_unavailable');
  });

  it('B13 siram_40/desir_1020, soap: prefixes, messageID echoed', () => {
    const p = parse('b13-fault-siram40-desir1020.xml');
    expect(fault(p)).toMatchObject({ code: 'Sender', subcode: 'siram_40', detailCode: 'desir_1020', severity: 'fatale', messageId: 'uuid:b3549edd-4ae9-472a-b26f-fd2fb4ef397f' });
    expect(classifyResponse(p)).toBe('fault_unavailable');
  });

  it.each(['b14-fault-siram100-desir550.xml', 'b14-fault-siram100-desir550-old.xml'])('%s unknown IDAM → configuration', (file) => {
    const p = parse(file);
    expect(fault(p)).toMatchObject({ subcode: 'siram_100', detailCode: 'desir_550', severity: 'erreur', detailText: "Numéro d'autorisation du logiciel inconnu." });
    expect(classifyResponse(p)).toBe('fault_configuration');
  });

  it('B18 low-confidence Detail shape is still read', () => {
    const p = parse('b18-fault-low-confidence-abak.xml');
    expect(fault(p)).toMatchObject({ code: 'Receiver', subcode: 'siram_40', detailCode: 'insi_111', severity: 'fatale' });
    expect(classifyResponse(p)).toBe('fault_unavailable');
  });
});

describe('malformed answers', () => {
  it.each([
    ['truncated XML', fixture('b04-cr00-adrtrois-toussaint.xml').slice(0, 200)],
    ['not SOAP', '<html><body>Erreur</body></html>'],
    ['SOAP 1.1 envelope', '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body/></s:Envelope>'],
    ['empty body', '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body/></soap:Envelope>'],
    ['RESULTAT in the wrong namespace', '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><RESULTAT><CR><CodeCR>00</CodeCR></CR></RESULTAT></soap:Body></soap:Envelope>'],
    ['CR 00 without INDIVIDU', fixture('b11-cr01-cnda-rep-cr01.xml').replace('<CodeCR>01</CodeCR>', '<CodeCR>00</CodeCR>')],
    ['empty string', ''],
  ])('%s', (_label, xml) => {
    const p = parseInsiResponse(xml);
    expect(p.kind).toBe('malformed');
    expect(classifyResponse(p)).toBe('malformed');
  });

  it('keeps returned traits byte for byte (no trim, no case change)', () => {
    const xml = fixture('b04-cr00-adrtrois-toussaint.xml').replace('<ListePrenom>TOUSSAINT</ListePrenom>', '<ListePrenom>Toussaint </ListePrenom>');
    expect(individual(parseInsiResponse(xml)).traits.firstNames).toBe('Toussaint ');
  });
});
