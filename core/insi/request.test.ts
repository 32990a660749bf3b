// Request envelopes read back by namespace: headers, bodies, escaping; and the pre-call traits gate.
import { describe, expect, it } from 'vitest';
import { ACTIONS, NS } from './namespaces.js';
import { checkTraitsQuery, checkVitaleQuery } from './query-check.js';
import { buildTraitsEnvelope, buildVitaleEnvelope } from './request.js';
import type { EnvelopeContext } from './types.js';
import { childOf, childrenOf, childText, parseXml, type XmlElement } from './xml-tree.js';

const ctx: EnvelopeContext = {
  software: { idam: 'IDAM-TEST', name: 'urn:lps:idv-desk:0.1.0', version: '0.1.0', instance: 'inst-1' },
  emitter: '10B0152872',
  messageId: 'uuid:11111111-1111-4111-8111-111111111111',
  bamId: 'bam-1',
  lpsId: 'lps-1',
  time: '2026-04-16T08:51:16.840Z',
};

function read(xml: string) {
  const p = parseXml(xml);
  if (!p.ok) throw new Error(p.error);
  const header = childOf(p.root, NS.soap, 'Header')!;
  const body = childOf(p.root, NS.soap, 'Body')!;
  return { root: p.root, header, body };
}
const path = (el: XmlElement, ...steps: [string, string][]) => steps.reduce<XmlElement | undefined>((e, [ns, l]) => (e ? childOf(e, ns, l) : undefined), el);

describe('buildTraitsEnvelope', () => {
  const xml = buildTraitsEnvelope({ birthName: "D'ARTAGNAN DE L'HERAULT", firstName: 'PIERRE-ALAIN', sex: 'M', birthDate: '2001-06-17' }, ctx);
  const { root, header, body } = read(xml);

  it('is a SOAP 1.2 envelope with the four headers', () => {
    expect(root).toMatchObject({ ns: NS.soap, local: 'Envelope' });
    expect(childText(header, NS.wsa, 'Action')).toBe(ACTIONS.rechercherInsAvecTraitsIdentite);
    expect(childText(header, NS.wsa, 'MessageID')).toBe(ctx.messageId);
    const bam = childOf(header, NS.ctxbam, 'ContexteBAM')!;
    expect(bam.attrs['Version']).toBe('01_02');
    expect(childText(bam, NS.ctxbam, 'Temps')).toBe(ctx.time);
    expect(childOf(bam, NS.ctxbam, 'COUVERTURE')!.children).toEqual([]);
    const lps = childOf(header, NS.ctxlps, 'ContexteLPS')!;
    expect(lps.attrs).toMatchObject({ Nature: 'CTXLPS', Version: '01_00' });
    const idam = path(lps, [NS.ctxlps, 'LPS'], [NS.ctxlps, 'IDAM'])!;
    expect([idam.text, idam.attrs['R']]).toEqual(['IDAM-TEST', '4']);
    expect(childText(lps, NS.ctxlps, 'Emetteur')).toBe('10B0152872');
    expect(childOf(header, NS.wsse, 'Security')).toBeUndefined();
  });

  it('carries the traits in XSD order, apostrophes escaped on the wire, without a birthplace when none is given', () => {
    const rec = childOf(body, NS.recSans, 'RECSANSVITALE')!;
    expect(rec.children.map((c) => c.local)).toEqual(['NomNaissance', 'Prenom', 'Sexe', 'DateNaissance']);
    expect(childText(rec, NS.recSans, 'NomNaissance')).toBe("D'ARTAGNAN DE L'HERAULT");
    expect(xml).toContain('D&apos;ARTAGNAN DE L&apos;HERAULT');
  });

  it('adds LieuNaissance last when given; omits Emetteur when there is none', () => {
    const x = buildTraitsEnvelope({ birthName: 'DE VINCI', firstName: 'LEONARDO', sex: 'M', birthDate: '2014-02-01', birthplaceCog: '63220' }, { ...ctx, emitter: null });
    const r = read(x);
    const rec = childOf(r.body, NS.recSans, 'RECSANSVITALE')!;
    expect(rec.children.at(-1)).toMatchObject({ local: 'LieuNaissance', text: '63220' });
    expect(childOf(childOf(r.header, NS.ctxlps, 'ContexteLPS')!, NS.ctxlps, 'Emetteur')).toBeUndefined();
  });
});

describe('buildVitaleEnvelope', () => {
  it('puts the card data in RECVITALE and in ContexteBAM/COUVERTURE', () => {
    const xml = buildVitaleEnvelope(
      { insuredNir: { num: '2850475056123', key: '22' }, beneficiaryNir: null, birthName: 'MARTIN-VIRTUEL', birthDate: '2016-09-03', birthRank: 2 },
      ctx,
    );
    const { header, body } = read(xml);
    expect(childText(header, NS.wsa, 'Action')).toBe(ACTIONS.rechercherInsAvecCarteVitale);
    const rec = childOf(body, NS.recVit, 'RECVITALE')!;
    expect(rec.children.map((c) => c.local)).toEqual(['MatriculeOD', 'NomNaissance', 'DateNaissance', 'RangNaissance']);
    expect(childText(childOf(rec, NS.recVit, 'MatriculeOD')!, NS.recVit, 'NumIdentifiant')).toBe('2850475056123');
    const cov = path(header, [NS.ctxbam, 'ContexteBAM'], [NS.ctxbam, 'COUVERTURE'])!;
    expect(childText(path(cov, [NS.ctxbam, 'ASSURE'], [NS.ctxbam, 'Id'])!, NS.ctxbam, 'Num')).toBe('2850475056123');
    const ben = childOf(cov, NS.ctxbam, 'BENEFICIAIRE')!;
    expect([childText(ben, NS.ctxbam, 'DateNai'), childText(ben, NS.ctxbam, 'Rang')]).toEqual(['2016-09-03', '2']);
    expect(childrenOf(ben, NS.ctxbam, 'Nir')).toEqual([]);
  });
});

describe('checkTraitsQuery (no call with characters INSi refuses, CNDA 2.03 cas 3)', () => {
  const ok = { birthName: 'DE VINCI', firstName: 'LEONARDO', sex: 'M' as const, birthDate: '2014-02-01' };
  it('accepts valid traits, double hyphen in the birth name', () => {
    expect(checkTraitsQuery(ok)).toEqual([]);
    expect(checkTraitsQuery({ ...ok, birthName: 'MARTIN--DURAND' })).toEqual([]);
  });
  it.each([
    [{ birthName: 'D’ÆION' }, /caractère « ’ »/],
    [{ firstName: 'CŒUR' }, /caractère « Œ »/],
    [{ birthName: '' }, /vide/],
    [{ birthName: 'DUPONT-' }, /forme/],
    [{ firstName: 'JEAN--PIERRE' }, /forme/],
    [{ birthDate: '2014-02-30' }, /date/],
    [{ birthDate: '2014-00-00' }, /date/],
    [{ birthplaceCog: '6322' }, /COG/],
    [{ sex: 'I' as unknown as 'M' }, /sexe/i],
  ])('refuses %o', (over, message) => expect(checkTraitsQuery({ ...ok, ...over }).join(' ')).toMatch(message));

  it('checks Vitale queries', () => {
    expect(checkVitaleQuery({ insuredNir: { num: '2850475056123' }, birthDate: '2016-09-03', birthRank: 1 })).toEqual([]);
    expect(checkVitaleQuery({ insuredNir: { num: '28504' }, birthDate: '2016', birthRank: 0 })).toHaveLength(3);
  });
});
