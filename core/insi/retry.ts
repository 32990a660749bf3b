// Retry policy for one INSi query (pure): temporary failures (siram_40, timeout, network, HTTP 5xx without a SOAP
// fault) are retried with exponential backoff; configuration faults and answers about the person never are.
// No published rule exists (research §5.6, UNCONFIRMED): the defaults stay short because an agent is waiting.
import type { CallStatus } from './types.js';

export interface RetryPolicy {
  /** Total tries of one query, the first included. */
  maxAttempts: number;
  initialDelayMs: number;
  factor: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 3, initialDelayMs: 500, factor: 2, maxDelayMs: 4_000 };

const RETRYABLE: ReadonlySet<CallStatus> = new Set<CallStatus>(['fault_unavailable', 'timeout', 'network', 'http_error']);

export type RetryDecision = { retry: true; delayMs: number } | { retry: false };

/** After try number `attempt` (1-based) ended with `status`: retry, and after how long? */
export function retryDecision(status: CallStatus, attempt: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): RetryDecision {
  if (!RETRYABLE.has(status) || attempt >= policy.maxAttempts) return { retry: false };
  const delayMs = Math.min(policy.maxDelayMs, Math.round(policy.initialDelayMs * policy.factor ** (attempt - 1)));
  return { retry: true, delayMs };
}
