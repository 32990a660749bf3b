// What the mock answers to one POST /lps (pure apart from the settings it is given): injected trouble first
// (timeout, HTTP 500, malformed XML, forced fault), then the header checks (certificate CN → desir_560, IDAM
// allowlist → desir_550), then the fault personas and the matching → CR 00 / 01 / 02. Faults travel as HTTP 500.
import { MOCK_CARDS, type MockCard } from './dataset/cards.js';
import { FAULT_PERSONAS, MOCK_IDENTITIES, type FaultPersona, type MockIdentity } from './dataset/identities.js';
import { DEFAULT_MATCH, faultPersona, matchTraits, matchVitale, type MatchOptions } from './matching.js';
import { readRequest } from './request-reader.js';
import { faultXml, resultXml, type FaultName, type ResponseFormat } from './responses.js';

export interface MockSettings {
  /** null: any IDAM accepted; a list reproduces the unknown-software fault for the others. */
  allowedIdams: string[] | null;
  format: ResponseFormat;
  oids: 'real' | 'test';
  match: MatchOptions;
  /** Added to every answer. */
  latencyMs: number;
  /** severite="fatal" as qualification once sent (out of the fault XSD). */
  severityQuirk: boolean;
  /** Reproduce 2022 qualification: a technical fault where CR 01 is expected (research §2.3). */
  notFoundAsFault: boolean;
}

export const DEFAULT_SETTINGS: MockSettings = {
  allowedIdams: null,
  format: 'current',
  oids: 'real',
  match: DEFAULT_MATCH,
  latencyMs: 0,
  severityQuirk: false,
  notFoundAsFault: false,
};

export type Trouble = { kind: 'latency'; ms: number } | { kind: 'timeout' } | { kind: 'http500' } | { kind: 'malformed' } | { kind: 'fault'; fault: FaultName };

export interface MockData {
  identities: readonly MockIdentity[];
  cards: readonly MockCard[];
  personas: readonly FaultPersona[];
}

export const DEFAULT_DATA: MockData = { identities: MOCK_IDENTITIES, cards: MOCK_CARDS, personas: FAULT_PERSONAS };

export interface MockAnswer {
  status: number;
  contentType: string;
  body: string;
  /** Hold the request without answering (the client's timeout ends it). */
  hang: boolean;
  /** For the call log. */
  summary: string;
  operation: string | null;
  messageId: string | null;
  idam: string | null;
}

const SOAP_TYPE = 'application/soap+xml;charset=UTF-8';

export interface AnswerContext {
  settings: MockSettings;
  data: MockData;
  /** The forced trouble for this request, if any (latency troubles are handled by the server). */
  trouble: Trouble | null;
  /** CN of the client certificate when the server runs in TLS and the client showed one. */
  clientCertCn: string | null;
}

export function answer(xml: string, ctx: AnswerContext): MockAnswer {
  const req = readRequest(xml);
  const messageId = req.messageId;
  const meta = { operation: req.ok ? req.operation : null, messageId, idam: req.ok ? req.idam : null };
  const fault = (name: FaultName, status = 500): MockAnswer => ({
    status,
    contentType: SOAP_TYPE,
    body: faultXml(name, { format: ctx.settings.format, messageId, severityQuirk: ctx.settings.severityQuirk }),
    hang: false,
    summary: `fault ${name}`,
    ...meta,
  });
  const t = ctx.trouble;
  if (t?.kind === 'timeout') return { status: 0, contentType: '', body: '', hang: true, summary: 'timeout injecté', ...meta };
  if (t?.kind === 'http500') return { status: 500, contentType: 'text/html', body: '<html><body><h1>500 Internal Server Error</h1></body></html>', hang: false, summary: 'HTTP 500 injecté', ...meta };
  if (t?.kind === 'malformed') {
    const truncated = resultXml('01', null, ctx.settings).slice(0, 180);
    return { status: 200, contentType: SOAP_TYPE, body: truncated, hang: false, summary: 'XML mal formé injecté', ...meta };
  }
  if (t?.kind === 'fault') return fault(t.fault);

  if (!req.ok) return fault('mock_bad_request', 400);
  if (ctx.clientCertCn !== null && ctx.clientCertCn !== 'INSI-AUTO' && ctx.clientCertCn !== 'INSI-MANU') return fault('siram_100_desir_560');
  if (!req.idam || (ctx.settings.allowedIdams !== null && !ctx.settings.allowedIdams.includes(req.idam))) return fault('siram_100_desir_550');

  const result = (found: MockIdentity[]): MockAnswer => {
    const [only] = found;
    if (found.length === 0 && ctx.settings.notFoundAsFault) return fault('siram_40_insi_102');
    const code = found.length === 0 ? '01' : found.length === 1 ? '00' : '02';
    return {
      status: 200,
      contentType: SOAP_TYPE,
      body: resultXml(code, code === '00' ? (only ?? null) : null, ctx.settings),
      hang: false,
      summary: `CR ${code}${code === '00' && only ? ` ${only.id}` : ''}`,
      ...meta,
    };
  };
  if (req.traits) {
    const persona = faultPersona(ctx.data.personas, req.traits);
    if (persona) return fault(persona.fault);
    return result(matchTraits(ctx.data.identities, req.traits, ctx.settings.match));
  }
  return result(req.vitale ? matchVitale(ctx.data.cards, ctx.data.identities, req.vitale) : []);
}
