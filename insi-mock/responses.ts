// The mock's answers, shaped like the captures: 'current' = live qualification since ~2022-10 (B4, B6, B12, B13,
// B14: default namespace on RESULTAT, no TIQ/Prenom, soap:-prefixed faults, xml:lang="fr"); 'legacy-2022' = the
// older live shape (B5, B12bis, B2: ns2: prefixes, TIQ/Prenom present, S:-prefixed faults, xml:lang="en").
import { INS_OIDS } from '../core/identity/nir.js';
import { escapeXml } from '../core/insi/xml-tree.js';
import type { MockIdentity, MockIns } from './dataset/identities.js';

export type ResponseFormat = 'current' | 'legacy-2022';

export interface ResponseOptions {
  format: ResponseFormat;
  /** 'real' = .8/.9 as qualification answers (domain.md §1); 'test' = .10 for an INS-NIR (research §4.3 switch). */
  oids: 'real' | 'test';
}

const SOAP = 'http://www.w3.org/2003/05/soap-envelope';
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
/** Text content as the service writes it: apostrophes stay raw (D'ARTAGNAN), only & < > are escaped. */
const x = (s: string) => s.replace(/[&<>]/g, (c) => escapeXml(c));

/** Both captured shapes put the envelope under soap: and the body under env: (declaring S: too). */
const envelope = (body: string): string =>
  `${HEAD}<soap:Envelope xmlns:soap="${SOAP}"><env:Body xmlns:S="${SOAP}" xmlns:env="${SOAP}">${body}</env:Body></soap:Envelope>`;

const CR_LABELS: Readonly<Record<string, string>> = { '00': 'OK', '01': 'Aucune identite trouvee', '02': 'Plusieurs identites trouvees' };

function oidOf(ins: MockIns, opts: ResponseOptions): string {
  if (ins.oid === 'NIA') return INS_OIDS.NIA;
  return opts.oids === 'test' ? INS_OIDS.TEST : INS_OIDS.NIR;
}

export function resultXml(code: '00' | '01' | '02', person: MockIdentity | null, opts: ResponseOptions): string {
  const legacy = opts.format === 'legacy-2022';
  const p = legacy ? 'ns2:' : '';
  const e = (name: string, value: string) => `<${p}${name}>${x(value)}</${p}${name}>`;
  const ins = (tag: string, i: MockIns) =>
    `<${p}${tag}><${p}IdIndividu>${e('NumIdentifiant', i.num)}${e('Cle', i.key)}${legacy && tag === 'INSHISTO' ? e('TypeMatricule', 'NIR') : ''}</${p}IdIndividu>` +
    `${e('OID', oidOf(i, opts))}${i.startDate ? e('DateDeb', i.startDate) : ''}${i.endDate ? e('DateFin', i.endDate) : ''}</${p}${tag}>`;
  const individu = person
    ? `<${p}INDIVIDU>${ins('INSACTIF', person.ins)}${person.history.map((h) => ins('INSHISTO', h)).join('')}` +
      `<${p}TIQ>${e('NomNaissance', person.birthName)}${legacy ? e('Prenom', person.firstNames.split(' ')[0] ?? '') : ''}` +
      `${e('ListePrenom', person.firstNames)}${e('Sexe', person.sex)}${e('DateNaissance', person.birthDate)}${e('LieuNaissance', person.birthplaceCog)}</${p}TIQ></${p}INDIVIDU>`
    : '';
  const open = legacy
    ? `<ns2:RESULTAT xmlns:ns3="http://www.cnamts.fr/INSiRecVit" xmlns:ns2="http://www.cnamts.fr/INSiResultat" xmlns="http://www.cnamts.fr/INSiRecSans">`
    : `<RESULTAT xmlns="http://www.cnamts.fr/INSiResultat" xmlns:ns0="http://www.cnamts.fr/INSiRecVit" xmlns:ns1="http://www.cnamts.fr/INSiRecSans">`;
  const body = `${open}<${p}CR>${e('CodeCR', code)}${e('LibelleCR', CR_LABELS[code] ?? '')}</${p}CR>${individu}</${p}RESULTAT>`;
  return envelope(body);
}

export type FaultName = 'siram_40_insi_102' | 'siram_40_desir_1020' | 'siram_100_desir_550' | 'siram_100_desir_560' | 'mock_bad_request';

interface FaultSpec {
  code: 'Sender' | 'Receiver';
  subcode: string | null;
  reason: string;
  detailCode: string;
  severity: string;
  text: string;
}

const REASON_40 = "Le service est temporairement inaccessible. Veuillez renouveler votre demande ultérieurement. Si le problème persiste, contactez l'éditeur du progiciel ou votre responsable informatique.";
const REASON_100 = "L'accès par ce progiciel au service n'est pas autorisé. Contactez l'éditeur du progiciel ou votre responsable informatique.";

export const FAULTS: Readonly<Record<FaultName, FaultSpec>> = {
  siram_40_insi_102: { code: 'Receiver', subcode: 'siram_40', reason: REASON_40, detailCode: 'insi_102', severity: 'fatale', text: "L'appel au service de recherche avec les traits d'identité renvoie une erreur technique." },
  siram_40_desir_1020: { code: 'Sender', subcode: 'siram_40', reason: REASON_40, detailCode: 'desir_1020', severity: 'fatale', text: 'Le service appelé est temporairement indisponible' },
  siram_100_desir_550: { code: 'Sender', subcode: 'siram_100', reason: REASON_100, detailCode: 'desir_550', severity: 'erreur', text: "Numéro d'autorisation du logiciel inconnu." },
  // Only the detail text is known (S1 README); subcode, code and reason are guessed from desir_550 (UNCONFIRMED).
  siram_100_desir_560: { code: 'Sender', subcode: 'siram_100', reason: REASON_100, detailCode: 'desir_560', severity: 'erreur', text: 'Vous ne disposez pas des droits suffisants pour accéder à ce service' },
  // Invented by the mock for a request it cannot read: the real answer is not documented.
  mock_bad_request: { code: 'Sender', subcode: null, reason: 'Requête illisible (réponse propre au simulateur INSi).', detailCode: 'mock_requete_invalide', severity: 'erreur', text: 'Requête SOAP illisible ou opération inconnue' },
};

export interface FaultOptions {
  format: ResponseFormat;
  /** Echo of wsa:MessageID. */
  messageId: string | null;
  /** Reproduce qualification's out-of-schema severite="fatal" (B2) instead of the XSD's "fatale". */
  severityQuirk?: boolean;
}

export function faultXml(name: FaultName, opts: FaultOptions): string {
  const f = FAULTS[name];
  const legacy = opts.format === 'legacy-2022';
  const p = legacy ? 'S:' : 'soap:';
  const severity = opts.severityQuirk && f.severity === 'fatale' ? 'fatal' : f.severity;
  const subcode = f.subcode ? `<${p}Subcode><${p}Value>${p}${f.subcode}</${p}Value></${p}Subcode>` : '';
  const msgId = opts.messageId ? ` messageID="${escapeXml(opts.messageId)}"` : '';
  const body =
    `<${p}Fault${legacy ? ' xmlns:ns4="http://schemas.xmlsoap.org/soap/envelope/"' : ''}>` +
    `<${p}Code><${p}Value>${p}${f.code}</${p}Value>${subcode}</${p}Code>` +
    `<${p}Reason><${p}Text xml:lang="${legacy ? 'en' : 'fr'}">${x(f.reason)}</${p}Text></${p}Reason>` +
    `<${p}Detail><siram:Erreur code="${f.detailCode}"${msgId} severite="${severity}" xmlns:siram="urn:siram">${x(f.text)}</siram:Erreur></${p}Detail></${p}Fault>`;
  return envelope(body);
}
