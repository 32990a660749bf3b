// One INSi query on the wire, with its automatic retries: builds the envelope with a fresh wsa:MessageID per try,
// posts it, parses and classifies the answer, and returns one InsiCallRecord per try (for the journal).
// Retries follow core/insi/retry.ts with the injected sleep.
import { classifyResponse } from '../../../core/insi/classify.js';
import { ACTIONS, type InsiOperation } from '../../../core/insi/namespaces.js';
import { parseInsiResponse } from '../../../core/insi/response.js';
import { retryDecision } from '../../../core/insi/retry.js';
import type { CallStatus, EnvelopeContext, InsiCallRecord, ParsedResponse, TraitsQuery, VitaleQuery } from '../../../core/insi/types.js';
import type { ResolvedConfig } from './config.js';
import { TransportError, type Transport } from './transport.js';

export interface WireCallDeps {
  config: ResolvedConfig;
  transport: Transport;
  onCall?: (record: InsiCallRecord) => void;
}

export async function callWithRetries(
  deps: WireCallDeps,
  operation: InsiOperation,
  sent: TraitsQuery | VitaleQuery,
  build: (ctx: EnvelopeContext) => string,
): Promise<InsiCallRecord[]> {
  const records: InsiCallRecord[] = [];
  for (let attempt = 1; ; attempt++) {
    const record = await callOnce(deps, operation, sent, build, attempt);
    records.push(record);
    deps.onCall?.(record);
    const decision = retryDecision(record.status, attempt, deps.config.retry);
    if (!decision.retry) return records;
    await deps.config.sleep(decision.delayMs);
  }
}

async function callOnce(
  deps: WireCallDeps,
  operation: InsiOperation,
  sent: TraitsQuery | VitaleQuery,
  build: (ctx: EnvelopeContext) => string,
  attempt: number,
): Promise<InsiCallRecord> {
  const c = deps.config;
  const started = c.now();
  const time = started.toISOString();
  const ctx: EnvelopeContext = {
    software: c.software,
    emitter: c.emitter,
    messageId: `uuid:${c.newId()}`,
    bamId: c.newId(),
    lpsId: c.newId(),
    time,
  };
  const requestXml = build(ctx);
  const t0 = c.monotonicMs();
  const base = {
    operation,
    endpoint: c.endpoint,
    environment: c.environment,
    messageId: ctx.messageId,
    startedAt: time,
    sent,
    requestXml,
    transportAttempt: attempt,
  };
  try {
    const reply = await deps.transport.post(requestXml, ACTIONS[operation], c.timeoutMs);
    const parsed = parseInsiResponse(reply.body);
    const status = statusOf(reply.status, parsed);
    return {
      ...base,
      durationMs: c.monotonicMs() - t0,
      httpStatus: reply.status,
      responseXml: reply.body,
      status,
      crCode: parsed.kind === 'result' ? parsed.crCode : null,
      crLabel: parsed.kind === 'result' ? parsed.crLabel : null,
      individual: parsed.kind === 'result' ? parsed.individual : null,
      fault: parsed.kind === 'fault' ? parsed.fault : null,
      error: errorText(reply.status, parsed, status),
      warnings: parsed.kind === 'malformed' ? [] : parsed.warnings,
    };
  } catch (e) {
    const kind: CallStatus = e instanceof TransportError ? e.kind : 'network';
    return {
      ...base,
      durationMs: c.monotonicMs() - t0,
      httpStatus: null,
      responseXml: null,
      status: kind,
      crCode: null,
      crLabel: null,
      individual: null,
      fault: null,
      error: (e as Error).message,
      warnings: [],
    };
  }
}

/** A SOAP answer decides by itself; a non-SOAP body decides by the HTTP status. */
function statusOf(http: number, parsed: ParsedResponse): CallStatus {
  if (parsed.kind !== 'malformed') return classifyResponse(parsed);
  if (http >= 500) return 'http_error';
  if (http >= 400) return 'http_rejected';
  return 'malformed';
}

function errorText(http: number, parsed: ParsedResponse, status: CallStatus): string | null {
  if (status === 'http_error' || status === 'http_rejected') return `réponse HTTP ${http} sans message SOAP`;
  if (parsed.kind === 'malformed') return `réponse illisible (${parsed.reason})`;
  if (status === 'unexpected_cr' && parsed.kind === 'result') return `code retour inattendu ${parsed.crCode}`;
  return null;
}
