// The mock's answer logic without HTTP: header checks, personas, CR codes, injected trouble.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTraitsEnvelope } from '../core/insi/request.js';
import { parseInsiResponse } from '../core/insi/response.js';
import type { EnvelopeContext, TraitsQuery } from '../core/insi/types.js';
import { answer, DEFAULT_DATA, DEFAULT_SETTINGS, type AnswerContext } from './engine.js';

const env: EnvelopeContext = {
  software: { idam: 'IDAM-A', name: 'n', version: 'v', instance: 'i' },
  emitter: null,
  messageId: 'uuid:abc',
  bamId: 'b',
  lpsId: 'l',
  time: '2026-01-01T00:00:00.000Z',
};
const zoe: TraitsQuery = { birthName: 'ADRUN', firstName: 'ZOE', sex: 'F', birthDate: '1975-12-31' };
const ctx = (over: Partial<AnswerContext> = {}): AnswerContext => ({ settings: DEFAULT_SETTINGS, data: DEFAULT_DATA, trouble: null, clientCertCn: null, ...over });
const run = (q: TraitsQuery, c = ctx(), e = env) => answer(buildTraitsEnvelope(q, e), c);

describe('answer', () => {
  it('CR 00 as HTTP 200 with the identity', () => {
    const a = run(zoe);
    expect([a.status, a.summary, a.messageId, a.idam]).toEqual([200, 'CR 00 adrun', 'uuid:abc', 'IDAM-A']);
    const p = parseInsiResponse(a.body);
    expect(p.kind === 'result' && p.individual?.active.matricule).toBe('275126322074974');
  });

  it('faults as HTTP 500 echoing the MessageID', () => {
    const a = run({ ...zoe, birthName: 'VANDERMONDE', firstName: 'ARIANA' });
    expect(a.status).toBe(500);
    const p = parseInsiResponse(a.body);
    expect(p.kind === 'fault' && p.fault).toMatchObject({ subcode: 'siram_40', detailCode: 'insi_102', messageId: 'uuid:abc' });
  });

  it('IDAM allowlist and certificate CN', () => {
    expect(run(zoe, ctx({ settings: { ...DEFAULT_SETTINGS, allowedIdams: ['X'] } })).summary).toBe('fault siram_100_desir_550');
    expect(run(zoe, ctx({ clientCertCn: 'INSI-MANU' })).summary).toBe('CR 00 adrun');
    expect(run(zoe, ctx({ clientCertCn: 'AUTRE' })).summary).toBe('fault siram_100_desir_560');
    expect(run(zoe, ctx(), { ...env, software: { ...env.software, idam: '' } }).summary).toBe('fault siram_100_desir_550');
  });

  it('injected trouble wins over the data', () => {
    expect(run(zoe, ctx({ trouble: { kind: 'timeout' } })).hang).toBe(true);
    expect(run(zoe, ctx({ trouble: { kind: 'http500' } }))).toMatchObject({ status: 500, contentType: 'text/html' });
    expect(parseInsiResponse(run(zoe, ctx({ trouble: { kind: 'malformed' } })).body).kind).toBe('malformed');
    expect(run(zoe, ctx({ trouble: { kind: 'fault', fault: 'siram_40_desir_1020' } })).summary).toBe('fault siram_40_desir_1020');
  });

  it('an unreadable request gets HTTP 400 with a fault marked as the simulator’s own', () => {
    const a = answer('<pas du SOAP', ctx());
    expect(a.status).toBe(400);
    expect(a.body).toContain('mock_requete_invalide');
  });
});

describe('real captured requests (research B1, B3, B15) are understood whatever their prefixes', () => {
  const sample = (f: string) => readFileSync(new URL(`../core/insi/fixtures/${f}`, import.meta.url), 'utf8');
  it('B1 (node-soap, mTLS) D’AEION/COEUR → siram_40/insi_102 as qualification answered', () => {
    expect(answer(sample('b01-request-traits-mtls.xml'), ctx())).toMatchObject({ summary: 'fault siram_40_insi_102', idam: 'PDP17NF21DD0', messageId: 'uuid:4bb69d9e-064f-4dc3-836a-db69046e439a' });
  });
  it('B3 (CPx, SAML assertion, Body Id) ADRTROIS DOMINIQUE → CR 00', () => {
    expect(answer(sample('b03-request-traits-cpx.xml'), ctx()).summary).toBe('CR 00 adrtrois-dominique');
  });
  it('B15 (hand-written, bare-UUID MessageID) with an unknown IDAM → desir_550 as the service answered', () => {
    const a = answer(sample('b15-request-traits-handwritten.xml'), ctx({ settings: { ...DEFAULT_SETTINGS, allowedIdams: ['PDP17NF21DD0'] } }));
    expect(a).toMatchObject({ summary: 'fault siram_100_desir_550', messageId: '1f7425e2-b913-415c-adaa-785ee1076a70' });
  });
});
