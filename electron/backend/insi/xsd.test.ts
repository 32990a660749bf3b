// XSD validation with xmllint: every request part the client builds, every answer the mock sends, and the
// research samples (the CNDA 2.04 file is out of XSD order: proof that the validation bites).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTraitsEnvelope, buildVitaleEnvelope } from '../../../core/insi/request.js';
import type { EnvelopeContext, TraitsQuery, VitaleQuery } from '../../../core/insi/types.js';
import { listVirtualCards } from '../../../insi-mock/dataset/cards.js';
import { MOCK_IDENTITIES } from '../../../insi-mock/dataset/identities.js';
import { FAULTS, faultXml, resultXml, type FaultName } from '../../../insi-mock/responses.js';
import { startInsiMock, type InsiMock } from '../../../insi-mock/server.js';
import { createInsiClient, vitaleQuery } from './client.js';
import { validatePart, xmllintValidate, XSD } from './xsd-check.js';

const ctx: EnvelopeContext = {
  software: { idam: 'IDAM&<TEST>', name: 'urn:lps:idv-desk:0.1.0', version: '0.1.0', instance: 'b3549edd-4ae9-472a-b26f-fd2fb4ef397f' },
  emitter: '10B0152872',
  messageId: 'uuid:4bb69d9e-064f-4dc3-836a-db69046e439a',
  bamId: '4994d193-31fb-4dd9-8b64-90004c072f68',
  lpsId: '65313e45-3066-4210-a3a7-57d6a8c557f1',
  time: '2026-04-16T08:51:16.840Z',
};

function expectValid(xml: string, local: string, xsd: string) {
  const r = validatePart(xml, local, xsd);
  expect(r.valid, r.output).toBe(true);
}

describe('request parts validate against the INSi XSDs', () => {
  const traits: TraitsQuery[] = [
    { birthName: 'ADRTROIS', firstName: 'TOUSSAINT', sex: 'M', birthDate: '1960-01-01' },
    { birthName: "D'ARTAGNAN DE L'HERAULT", firstName: 'PIERRE-ALAIN', sex: 'M', birthDate: '2001-06-17', birthplaceCog: '63220' },
    { birthName: 'HOUILLES', firstName: 'PIERRE PAUL JACQUES', sex: 'M', birthDate: '1993-01-27', birthplaceCog: '2B020' },
  ];
  it.each(traits)('RECSANSVITALE + contexts for %o', (q) => {
    const xml = buildTraitsEnvelope(q, ctx);
    expectValid(xml, 'RECSANSVITALE', XSD.recSans);
    expectValid(xml, 'ContexteBAM', XSD.ctxbam);
    expectValid(xml, 'ContexteLPS', XSD.ctxlps);
  });

  const cards = listVirtualCards();
  const vitale: VitaleQuery[] = cards.flatMap((card) => card.beneficiaries.map((_, i) => vitaleQuery(card, i)));
  it.each(vitale)('RECVITALE + COUVERTURE for %o', (q) => {
    const xml = buildVitaleEnvelope(q, { ...ctx, emitter: null });
    expectValid(xml, 'RECVITALE', XSD.recVit);
    expectValid(xml, 'ContexteBAM', XSD.ctxbam);
    expectValid(xml, 'ContexteLPS', XSD.ctxlps);
  });

  it('the validation bites: a ContexteBAM without its required COUVERTURE is refused', () => {
    const xml = buildTraitsEnvelope(traits[0]!, ctx).replace('<ctxbam:COUVERTURE></ctxbam:COUVERTURE>', '');
    expect(validatePart(xml, 'ContexteBAM', XSD.ctxbam).valid).toBe(false);
  });
});

describe('mock answers validate against INSi_RESULTAT_INS.xsd and the fault XSD', () => {
  const formats = ['current', 'legacy-2022'] as const;
  it.each(formats.flatMap((format) => MOCK_IDENTITIES.map((p) => [format, p.id] as const)))('CR 00 %s %s', (format, id) => {
    const person = MOCK_IDENTITIES.find((p) => p.id === id)!;
    expectValid(resultXml('00', person, { format, oids: 'real' }), 'RESULTAT', XSD.resultat);
  });

  it.each(formats.flatMap((format) => (['01', '02'] as const).map((code) => [format, code] as const)))('CR %s %s', (format, code) => {
    expectValid(resultXml(code, null, { format, oids: 'test' }), 'RESULTAT', XSD.resultat);
  });

  it.each(formats.flatMap((format) => (Object.keys(FAULTS) as FaultName[]).map((f) => [format, f] as const)))('fault %s %s', (format, name) => {
    expectValid(faultXml(name, { format, messageId: ctx.messageId }), 'Erreur', XSD.fault);
  });

  it('the « fatal » quirk of 2023 qualification is, as observed, outside the fault XSD', () => {
    const xml = faultXml('siram_40_insi_102', { format: 'legacy-2022', messageId: null, severityQuirk: true });
    expect(validatePart(xml, 'Erreur', XSD.fault).valid).toBe(false);
  });
});

describe('research samples against the RESULTAT XSD', () => {
  const sample = (f: string) => readFileSync(new URL(`../../../core/insi/fixtures/${f}`, import.meta.url), 'utf8');
  it.each(['b04-cr00-adrtrois-toussaint.xml', 'b06-cr00-inshisto-ecetinsi-live.xml', 'b11-cr01-cnda-rep-cr01.xml', 'b12-cr02-de-vinci.xml', 'b10-cr00-cnda-test-2.08-cas2.xml'])(
    '%s is valid',
    (f) => expectValid(sample(f), 'RESULTAT', XSD.resultat),
  );
  it('the CNDA TEST_2.04_cas2 file (DateDeb before IdIndividu) is not, yet our parser reads it', () => {
    expect(validatePart(sample('b07-cr00-cnda-test-2.04-cas2.xml'), 'RESULTAT', XSD.resultat).valid).toBe(false);
  });
  it('xmllint reports a broken document', () => expect(xmllintValidate('<RESULTAT', XSD.resultat).valid).toBe(false));
});

describe('on the wire: what the client sends and the mock answers is valid', () => {
  let mock: InsiMock;
  beforeAll(async () => {
    mock = await startInsiMock();
  });
  afterAll(() => mock.close());

  it('a DE VINCI search (02 then 00) and a Vitale search', async () => {
    const client = createInsiClient({ endpoint: mock.url, environment: 'test', software: ctx.software, emitter: '10B0152872' });
    const traits = await client.searchByTraits({ birthName: 'DE VINCI', birthFirstNames: 'LEONARDO', sex: 'M', birthDate: '2014-02-01', birthplaceCog: '63220' });
    const card = listVirtualCards()[1]!;
    const vit = await client.searchByVitale(card, 2);
    client.close();
    const calls = [...traits.calls, ...vit.calls];
    expect(calls.map((c) => c.crCode)).toEqual(['02', '00', '00']);
    for (const c of calls) {
      expectValid(c.requestXml, c.operation === 'rechercherInsAvecCarteVitale' ? 'RECVITALE' : 'RECSANSVITALE', c.operation === 'rechercherInsAvecCarteVitale' ? XSD.recVit : XSD.recSans);
      expectValid(c.requestXml, 'ContexteBAM', XSD.ctxbam);
      expectValid(c.requestXml, 'ContexteLPS', XSD.ctxlps);
      expectValid(c.responseXml!, 'RESULTAT', XSD.resultat);
    }
  });
});
