// Builds the SOAP 1.2 request envelopes of DESIR_ICIR_EXP_1.5.0.wsdl: ContexteBAM, ContexteLPS, wsa:Action and
// wsa:MessageID headers (mTLS mode: no wsse:Security, research §1.5) and a RECSANSVITALE or RECVITALE body.
// Pure: ids and time come in the EnvelopeContext. Each part declares its namespace itself, so it stands alone.
import { ACTIONS, NS, type InsiOperation } from './namespaces.js';
import type { EnvelopeContext, Nir, TraitsQuery, VitaleQuery } from './types.js';
import { escapeXml as x } from './xml-tree.js';

const el = (prefix: string, name: string, value: string) => `<${prefix}:${name}>${x(value)}</${prefix}:${name}>`;

function contexteBam(ctx: EnvelopeContext, couverture: string): string {
  return (
    `<ctxbam:ContexteBAM xmlns:ctxbam="${NS.ctxbam}" Version="01_02">` +
    el('ctxbam', 'Id', ctx.bamId) +
    el('ctxbam', 'Temps', ctx.time) +
    (ctx.emitter ? el('ctxbam', 'Emetteur', ctx.emitter) : '') +
    `<ctxbam:COUVERTURE>${couverture}</ctxbam:COUVERTURE>` +
    `</ctxbam:ContexteBAM>`
  );
}

function contexteLps(ctx: EnvelopeContext): string {
  const s = ctx.software;
  return (
    `<ctxlps:ContexteLPS xmlns:ctxlps="${NS.ctxlps}" Nature="CTXLPS" Version="01_00">` +
    el('ctxlps', 'Id', ctx.lpsId) +
    el('ctxlps', 'Temps', ctx.time) +
    (ctx.emitter ? el('ctxlps', 'Emetteur', ctx.emitter) : '') +
    `<ctxlps:LPS><ctxlps:IDAM R="4">${x(s.idam)}</ctxlps:IDAM>` +
    el('ctxlps', 'Version', s.version) +
    el('ctxlps', 'Instance', s.instance) +
    el('ctxlps', 'Nom', s.name) +
    `</ctxlps:LPS></ctxlps:ContexteLPS>`
  );
}

function envelope(operation: InsiOperation, ctx: EnvelopeContext, couverture: string, body: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<soap:Envelope xmlns:soap="${NS.soap}"><soap:Header>` +
    contexteBam(ctx, couverture) +
    contexteLps(ctx) +
    `<wsa:Action xmlns:wsa="${NS.wsa}">${ACTIONS[operation]}</wsa:Action>` +
    `<wsa:MessageID xmlns:wsa="${NS.wsa}">${x(ctx.messageId)}</wsa:MessageID>` +
    `</soap:Header><soap:Body>${body}</soap:Body></soap:Envelope>`
  );
}

/** rechercherInsAvecTraitsIdentite: COUVERTURE empty, as live clients send it. */
export function buildTraitsEnvelope(query: TraitsQuery, ctx: EnvelopeContext): string {
  const p = 'insi_recsans_ins';
  const body =
    `<${p}:RECSANSVITALE xmlns:${p}="${NS.recSans}">` +
    el(p, 'NomNaissance', query.birthName) +
    el(p, 'Prenom', query.firstName) +
    el(p, 'Sexe', query.sex) +
    el(p, 'DateNaissance', query.birthDate) +
    (query.birthplaceCog ? el(p, 'LieuNaissance', query.birthplaceCog) : '') +
    `</${p}:RECSANSVITALE>`;
  return envelope('rechercherInsAvecTraitsIdentite', ctx, '', body);
}

const matricule = (p: string, name: string, nir: Nir) =>
  `<${p}:${name}>${el(p, 'NumIdentifiant', nir.num)}${nir.key ? el(p, 'Cle', nir.key) : ''}</${p}:${name}>`;

const ctxNir = (name: string, nir: Nir) =>
  `<ctxbam:${name}>${el('ctxbam', 'Num', nir.num)}${nir.key ? el('ctxbam', 'Cle', nir.key) : ''}</ctxbam:${name}>`;

/** rechercherInsAvecCarteVitale: the card data goes both in the body and in ContexteBAM/COUVERTURE (S5 template). */
export function buildVitaleEnvelope(query: VitaleQuery, ctx: EnvelopeContext): string {
  const p = 'insi_recvit_ins';
  const body =
    `<${p}:RECVITALE xmlns:${p}="${NS.recVit}">` +
    (query.beneficiaryNir ? matricule(p, 'MatriculeIndividu', query.beneficiaryNir) : '') +
    matricule(p, 'MatriculeOD', query.insuredNir) +
    (query.birthName ? el(p, 'NomNaissance', query.birthName) : '') +
    el(p, 'DateNaissance', query.birthDate) +
    el(p, 'RangNaissance', String(query.birthRank)) +
    `</${p}:RECVITALE>`;
  const couverture =
    `<ctxbam:ASSURE>${ctxNir('Id', query.insuredNir)}</ctxbam:ASSURE>` +
    `<ctxbam:BENEFICIAIRE>` +
    (query.beneficiaryNir ? ctxNir('Nir', query.beneficiaryNir) : '') +
    el('ctxbam', 'DateNai', query.birthDate) +
    el('ctxbam', 'Rang', String(query.birthRank)) +
    `</ctxbam:BENEFICIAIRE>`;
  return envelope('rechercherInsAvecCarteVitale', ctx, couverture, body);
}
