// The INSi data model shared by the request builder, the response parser, the search strategy, the client
// and the mock: queries as sent, answers as returned (byte for byte), faults, and the Vitale card model.
import type { InsiOperation } from './namespaces.js';

/** One RECSANSVITALE body: the traits exactly as they travel. */
export interface TraitsQuery {
  birthName: string;
  /** Content of the single `Prenom` element: one first name, or all first names joined by one space. */
  firstName: string;
  sex: 'M' | 'F';
  /** YYYY-MM-DD */
  birthDate: string;
  /** COG; absent = not sent (the first call never sends it, seed §3.2). */
  birthplaceCog?: string | null;
}

/** A matricule as in NumIdentifiant/Cle (CTXBAM NIR type: 13 chars + 2-digit key). */
export interface Nir {
  /** 13 characters (Corsica: 2A/2B in 6th–7th position). */
  num: string;
  /** 2 digits, when known. */
  key?: string | null;
}

/** One RECVITALE body (WSDL type Beneficiaire) with the COUVERTURE of ContexteBAM. */
export interface VitaleQuery {
  /** NIR of the insured person (ouvrant droit), read on the card. */
  insuredNir: Nir;
  /** The beneficiary's own NIR, when the card carries one. */
  beneficiaryNir?: Nir | null;
  birthName?: string | null;
  /** As on the card; may be a « lunar » date (00 for an unknown day or month). */
  birthDate: string;
  /** Rang gémellaire, 1 unless twins. */
  birthRank: number;
}

/** The software identification of ContexteLPS (IDAM = authorization number issued by CNDA/GIE). */
export interface SoftwareIdentity {
  idam: string;
  name: string;
  version: string;
  /** Identifies this installation (a UUID). */
  instance: string;
}

/** Everything volatile in an envelope, injected so that building stays pure. */
export interface EnvelopeContext {
  software: SoftwareIdentity;
  /** Emetteur of both contexts (OU of the client certificate in mTLS mode); omitted when null. */
  emitter: string | null;
  /** wsa:MessageID, fresh per call (`uuid:…`). */
  messageId: string;
  bamId: string;
  lpsId: string;
  /** ISO date-time in UTC with milliseconds. */
  time: string;
}

export interface ReturnedIns {
  /** NumIdentifiant + Cle: 15 characters when the key is present. */
  matricule: string;
  numIdentifiant: string;
  key: string | null;
  oid: string;
  typeMatricule: string | null;
  startDate: string | null;
  endDate: string | null;
}

/** TIQ, as returned (never normalised). */
export interface ReturnedTraits {
  birthName: string;
  /** ListePrenom: all birth first names, space separated. */
  firstNames: string;
  /** TIQ/Prenom when present (2022 answers and CNDA fixtures); absent from current answers. */
  firstName: string | null;
  sex: string;
  birthDate: string;
  birthplaceCog: string | null;
}

export interface InsiIndividual {
  active: ReturnedIns;
  /** INSHISTO, 0..n, in document order. */
  history: ReturnedIns[];
  traits: ReturnedTraits;
}

/** SOAP 1.2 fault with its siram:Erreur detail. */
export interface InsiFault {
  /** Code/Value local name: Sender | Receiver. */
  code: string | null;
  /** Code/Subcode/Value local name: siram_40, siram_100… */
  subcode: string | null;
  reason: string | null;
  /** siram:Erreur/@code: desir_550, insi_102… */
  detailCode: string | null;
  /** siram:Erreur/@severite (fatal and fatale both seen). */
  severity: string | null;
  detailText: string | null;
  /** siram:Erreur/@messageID: the echoed wsa:MessageID. */
  messageId: string | null;
}

export type ParsedResponse =
  | { kind: 'result'; crCode: string; crLabel: string; individual: InsiIndividual | null; warnings: string[] }
  | { kind: 'fault'; fault: InsiFault; warnings: string[] }
  | { kind: 'malformed'; reason: string };

/** What one wire call came to, as the strategy and the retry policy see it. */
export type CallStatus =
  | 'found' // CR 00
  | 'not_found' // CR 01
  | 'multiple' // CR 02
  | 'unexpected_cr'
  | 'fault_unavailable' // siram_40: retry later
  | 'fault_configuration' // siram_100 / desir_550 / desir_560: administrator
  | 'fault_other'
  | 'timeout'
  | 'network'
  | 'tls'
  | 'http_error' // 5xx without a SOAP fault: temporary
  | 'http_rejected' // 4xx without a SOAP fault: wrong URL or proxy, administrator
  | 'malformed'
  | 'invalid_query'; // refused before the call (checkTraitsQuery)

/** The structured record of one wire call, for the journal (traits sent, both XML, CR, INS, timing, endpoint). */
export interface InsiCallRecord {
  operation: InsiOperation;
  endpoint: string;
  environment: string;
  messageId: string;
  startedAt: string;
  durationMs: number;
  /** The query as sent: TraitsQuery for the traits operation, VitaleQuery for the Vitale one. */
  sent: TraitsQuery | VitaleQuery;
  requestXml: string;
  httpStatus: number | null;
  responseXml: string | null;
  status: CallStatus;
  crCode: string | null;
  crLabel: string | null;
  individual: InsiIndividual | null;
  fault: InsiFault | null;
  /** Transport or parsing error, in French. */
  error: string | null;
  warnings: string[];
  /** 1 for the first try of this query, 2… for automatic retries after a temporary failure. */
  transportAttempt: number;
}

/** A French message for the person who can act on it. */
export interface InsiMessage {
  audience: 'agent' | 'administrateur';
  title: string;
  text: string;
  advice: string[];
}

/** A virtual (or read) Vitale card: the insured person and the beneficiaries it carries. */
export interface VitaleCard {
  id: string;
  label: string;
  /** True for invented data (every virtual card): never a real person. */
  synthetic: boolean;
  insured: { nir: Nir; birthName: string; firstName: string };
  beneficiaries: VitaleBeneficiary[];
}

export interface VitaleBeneficiary {
  birthName: string;
  /** Usual first name as printed on the card (the card does not carry the full birth list). */
  firstName: string;
  birthDate: string;
  birthRank: number;
  /** Own NIR when the card carries one (adults, children with their own number). */
  nir: Nir | null;
  /** Quality: assuré, conjoint, enfant… (display only). */
  quality: string;
}
