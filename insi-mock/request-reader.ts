// Reads an incoming INSi request the way the service must: by namespace URI, whatever the prefixes. Finds the
// operation from wsa:Action, else from the body element (research §6), and the headers the mock checks
// (wsa:MessageID, ContexteLPS/LPS/IDAM).
import { ACTIONS, NS, type InsiOperation } from '../core/insi/namespaces.js';
import { childOf, childrenOf, childText, parseXml, type XmlElement } from '../core/insi/xml-tree.js';
import type { TraitsRequest, VitaleRequest } from './matching.js';

export type ReadRequest =
  | { ok: false; reason: string; messageId: string | null }
  | {
      ok: true;
      operation: InsiOperation;
      messageId: string | null;
      idam: string | null;
      traits: TraitsRequest | null;
      vitale: VitaleRequest | null;
    };

const text = (el: XmlElement | undefined, ns: string, local: string) => (el ? childText(el, ns, local) : null);

export function readRequest(xml: string): ReadRequest {
  const parsed = parseXml(xml);
  if (!parsed.ok) return { ok: false, reason: parsed.error, messageId: null };
  const env = parsed.root;
  if (env.ns !== NS.soap || env.local !== 'Envelope') return { ok: false, reason: 'Enveloppe SOAP 1.2 attendue', messageId: null };
  const header = childOf(env, NS.soap, 'Header');
  const body = childOf(env, NS.soap, 'Body');
  const messageId = text(header, NS.wsa, 'MessageID');
  if (!body) return { ok: false, reason: 'Body absent', messageId };
  const action = text(header, NS.wsa, 'Action');
  const lps = header ? childOf(header, NS.ctxlps, 'ContexteLPS') : undefined;
  const idam = text(lps ? childOf(lps, NS.ctxlps, 'LPS') : undefined, NS.ctxlps, 'IDAM');

  const recSans = childOf(body, NS.recSans, 'RECSANSVITALE');
  const recVit = childOf(body, NS.recVit, 'RECVITALE');
  const byAction = (Object.keys(ACTIONS) as InsiOperation[]).find((op) => ACTIONS[op] === action);
  const operation: InsiOperation | undefined = byAction ?? (recSans ? 'rechercherInsAvecTraitsIdentite' : recVit ? 'rechercherInsAvecCarteVitale' : undefined);
  if (!operation) return { ok: false, reason: `Opération inconnue (${action ?? 'sans wsa:Action'})`, messageId };

  if (operation === 'rechercherInsAvecTraitsIdentite') {
    if (!recSans) return { ok: false, reason: 'RECSANSVITALE absent', messageId };
    const t = (local: string) => childText(recSans, NS.recSans, local);
    const traits: TraitsRequest = {
      birthName: t('NomNaissance'),
      firstNames: childrenOf(recSans, NS.recSans, 'Prenom').map((p) => p.text.trim()),
      sex: t('Sexe'),
      birthDate: t('DateNaissance'),
      birthplaceCog: t('LieuNaissance'),
    };
    return { ok: true, operation, messageId, idam, traits, vitale: null };
  }
  if (!recVit) return { ok: false, reason: 'RECVITALE absent', messageId };
  const v = (local: string) => childText(recVit, NS.recVit, local);
  const num = (local: string) => text(childOf(recVit, NS.recVit, local), NS.recVit, 'NumIdentifiant');
  const vitale: VitaleRequest = {
    beneficiaryNir: num('MatriculeIndividu'),
    insuredNir: num('MatriculeOD'),
    birthName: v('NomNaissance'),
    birthDate: v('DateNaissance'),
    birthRank: v('RangNaissance'),
  };
  return { ok: true, operation, messageId, idam, traits: null, vitale };
}
