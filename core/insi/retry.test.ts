// Retry decisions and fault classification.
import { describe, expect, it } from 'vitest';
import { classifyFault } from './classify.js';
import { DEFAULT_RETRY_POLICY, retryDecision } from './retry.js';
import type { CallStatus, InsiFault } from './types.js';

const f = (subcode: string | null, detailCode: string | null): InsiFault => ({ code: 'Sender', subcode, detailCode, reason: null, severity: null, detailText: null, messageId: null });

describe('classifyFault', () => {
  it.each([
    [f('siram_40', 'insi_102'), 'fault_unavailable'],
    [f('siram_40', 'desir_1020'), 'fault_unavailable'],
    [f(null, 'desir_1020'), 'fault_unavailable'],
    [f('siram_100', 'desir_550'), 'fault_configuration'],
    [f('siram_100', null), 'fault_configuration'],
    [f(null, 'desir_560'), 'fault_configuration'],
    [f('siram_40', 'desir_560'), 'fault_configuration'],
    [f('siram_999', 'insi_999'), 'fault_other'],
    [f(null, null), 'fault_other'],
  ])('%o → %s', (fault, status) => expect(classifyFault(fault)).toBe(status));
});

describe('retryDecision', () => {
  it('backs off exponentially on a temporary failure, then gives up', () => {
    expect(retryDecision('fault_unavailable', 1)).toEqual({ retry: true, delayMs: 500 });
    expect(retryDecision('fault_unavailable', 2)).toEqual({ retry: true, delayMs: 1000 });
    expect(retryDecision('fault_unavailable', 3)).toEqual({ retry: false });
  });

  it('caps the delay', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 10 };
    expect(retryDecision('timeout', 9, policy)).toEqual({ retry: true, delayMs: 4000 });
  });

  it.each<CallStatus>(['timeout', 'network', 'http_error'])('retries %s', (s) => expect(retryDecision(s, 1).retry).toBe(true));

  it.each<CallStatus>(['found', 'not_found', 'multiple', 'fault_configuration', 'fault_other', 'malformed', 'tls', 'http_rejected', 'invalid_query', 'unexpected_cr'])(
    'never retries %s',
    (s) => expect(retryDecision(s, 1)).toEqual({ retry: false }),
  );
});
