// Parses an INSi answer leniently (research §5.11): SOAP 1.2 Envelope/Body by namespace URI, RESULTAT (CR, INSACTIF,
// INSHISTO 0..n with children in any order, TIQ with optional Prenom) or Fault with siram:Erreur (fatal/fatale).
// Values are kept byte for byte; a NIR key that fails mod 97 only adds a warning (CNDA fixtures carry bad keys).
import { nirKey } from '../identity/nir.js';
import { NS } from './namespaces.js';
import type { InsiFault, InsiIndividual, ParsedResponse, ReturnedIns, ReturnedTraits } from './types.js';
import { childOf, childrenOf, childText, findDeep, parseXml, type XmlElement } from './xml-tree.js';

const R = NS.resultat;

export function parseInsiResponse(xml: string): ParsedResponse {
  const parsed = parseXml(xml);
  if (!parsed.ok) return { kind: 'malformed', reason: `XML mal formé : ${parsed.error}` };
  const envelope = parsed.root;
  if (envelope.ns !== NS.soap || envelope.local !== 'Envelope') {
    return { kind: 'malformed', reason: `Enveloppe SOAP 1.2 attendue, reçu « ${envelope.local} »` };
  }
  const body = childOf(envelope, NS.soap, 'Body');
  if (!body) return { kind: 'malformed', reason: 'Enveloppe SOAP sans Body' };
  const fault = childOf(body, NS.soap, 'Fault');
  if (fault) return { kind: 'fault', fault: readFault(fault), warnings: [] };
  const resultat = childOf(body, R, 'RESULTAT');
  if (!resultat) return { kind: 'malformed', reason: 'Ni RESULTAT ni Fault dans la réponse' };
  return readResultat(resultat);
}

function readResultat(resultat: XmlElement): ParsedResponse {
  const cr = childOf(resultat, R, 'CR');
  const crCode = cr ? childText(cr, R, 'CodeCR') : null;
  if (!cr || crCode === null) return { kind: 'malformed', reason: 'RESULTAT sans CR/CodeCR' };
  const crLabel = childText(cr, R, 'LibelleCR') ?? '';
  const warnings: string[] = [];
  const individu = childOf(resultat, R, 'INDIVIDU');
  if (!individu) {
    if (crCode === '00') return { kind: 'malformed', reason: 'CR 00 sans INDIVIDU' };
    return { kind: 'result', crCode, crLabel, individual: null, warnings };
  }
  const active = childOf(individu, R, 'INSACTIF');
  const tiq = childOf(individu, R, 'TIQ');
  if (!active || !tiq) return { kind: 'malformed', reason: 'INDIVIDU sans INSACTIF ou sans TIQ' };
  const activeIns = readIns(active);
  if (!activeIns) return { kind: 'malformed', reason: 'INSACTIF sans NumIdentifiant ou sans OID' };
  const history: ReturnedIns[] = [];
  for (const h of childrenOf(individu, R, 'INSHISTO')) {
    const ins = readIns(h);
    if (ins) history.push(ins);
    else warnings.push('Un INSHISTO sans matricule ou sans OID a été ignoré');
  }
  const traits = readTraits(tiq);
  for (const ins of [activeIns, ...history]) {
    const w = keyWarning(ins);
    if (w) warnings.push(w);
  }
  const individual: InsiIndividual = { active: activeIns, history, traits };
  if (crCode !== '00') warnings.push(`INDIVIDU présent avec le code retour ${crCode}`);
  return { kind: 'result', crCode, crLabel, individual, warnings };
}

function readIns(el: XmlElement): ReturnedIns | null {
  const id = childOf(el, R, 'IdIndividu');
  const num = id ? childText(id, R, 'NumIdentifiant') : null;
  const oid = childText(el, R, 'OID');
  if (!id || num === null || oid === null) return null;
  const key = childText(id, R, 'Cle');
  return {
    matricule: num + (key ?? ''),
    numIdentifiant: num,
    key,
    oid,
    typeMatricule: childText(id, R, 'TypeMatricule'),
    startDate: childText(el, R, 'DateDeb'),
    endDate: childText(el, R, 'DateFin'),
  };
}

function readTraits(tiq: XmlElement): ReturnedTraits {
  // Byte for byte: no trim, no case change (domain.md §2); only an absent element becomes ''/null.
  const raw = (local: string) => childOf(tiq, R, local)?.text ?? null;
  return {
    birthName: raw('NomNaissance') ?? '',
    firstNames: raw('ListePrenom') ?? raw('Prenom') ?? '',
    firstName: raw('Prenom'),
    sex: raw('Sexe') ?? '',
    birthDate: raw('DateNaissance') ?? '',
    birthplaceCog: raw('LieuNaissance'),
  };
}

function keyWarning(ins: ReturnedIns): string | null {
  if (ins.key === null) return `Matricule ${ins.numIdentifiant} renvoyé sans clé`;
  let expected: number;
  try {
    expected = nirKey(ins.numIdentifiant);
  } catch {
    return `Matricule ${ins.numIdentifiant} de forme inattendue (conservé tel quel)`;
  }
  if (Number(ins.key) === expected) return null;
  return `Clé ${ins.key} du matricule ${ins.numIdentifiant} incohérente (clé calculée ${String(expected).padStart(2, '0')}) : matricule conservé tel que renvoyé par INSi`;
}

/** `soap:siram_40` → `siram_40`; `Receiver` stays. */
const localOf = (qname: string | null): string | null => (qname === null ? null : qname.slice(qname.indexOf(':') + 1));

function readFault(fault: XmlElement): InsiFault {
  const code = childOf(fault, NS.soap, 'Code');
  const subcode = code ? childOf(code, NS.soap, 'Subcode') : undefined;
  const reason = childOf(fault, NS.soap, 'Reason');
  const detail = childOf(fault, NS.soap, 'Detail');
  const erreur = detail ? findDeep(detail, NS.siram, 'Erreur') : undefined;
  // Without siram:Erreur, accept a Detail made of Code/Severite/Descriptif children (shape of a low-confidence sample, B18).
  const loose = (local: string) => detail?.children.find((c) => c.local === local)?.text.trim() || null;
  return {
    code: localOf(code ? childText(code, NS.soap, 'Value') : null),
    subcode: localOf(subcode ? childText(subcode, NS.soap, 'Value') : null),
    reason: reason ? childText(reason, NS.soap, 'Text') : null,
    detailCode: erreur ? (erreur.attrs['code'] ?? null) : loose('Code'),
    severity: erreur ? (erreur.attrs['severite'] ?? null) : loose('Severite'),
    detailText: erreur ? erreur.text.trim() || null : loose('Descriptif'),
    messageId: erreur?.attrs['messageID'] ?? null,
  };
}
