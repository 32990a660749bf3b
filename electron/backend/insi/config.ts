// Configuration of the INSi client: endpoint and environment label, software identification (ContexteLPS), emitter,
// mutual TLS, timeout, retry and strategy options, plus the injected effects (ids, clock, sleep, transport) that keep
// the client testable. The real service differs from the mock only by these values.
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../../../core/insi/retry.js';
import { DEFAULT_STRATEGY, type StrategyOptions } from '../../../core/insi/strategy.js';
import type { SoftwareIdentity } from '../../../core/insi/types.js';
import type { InsiTlsConfig, Transport } from './transport.js';

/** Public addresses (research §1.1); qualification mTLS is the WSDL's soap12:address. */
export const INSI_ENDPOINTS = {
  qualificationMtls: 'https://qualiflps-services-ps-tlsm.ameli.fr:443/lps',
  productionMtls: 'https://services-ps-tlsm.ameli.fr/lps',
} as const;

export interface InsiClientConfig {
  endpoint: string;
  /** Recorded with every call: 'production', 'qualification', 'demo'… (domain.md §1: a production base refuses test INS). */
  environment: string;
  software: SoftwareIdentity;
  /** Emetteur of ContexteBAM/ContexteLPS: the OU of the client certificate in mTLS mode. */
  emitter?: string | null;
  tls?: InsiTlsConfig;
  /** Overall deadline of one HTTP exchange. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  strategy?: Partial<StrategyOptions>;
  /** Injected effects. */
  newId?: () => string;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  monotonicMs?: () => number;
  transport?: Transport;
}

export interface ResolvedConfig {
  endpoint: string;
  environment: string;
  software: SoftwareIdentity;
  emitter: string | null;
  timeoutMs: number;
  retry: RetryPolicy;
  strategy: StrategyOptions;
  newId: () => string;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  monotonicMs: () => number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

export function resolveConfig(c: InsiClientConfig): ResolvedConfig {
  if (!c.software.idam.trim()) throw new Error("Configuration INSi incomplète : le numéro d'autorisation du logiciel (IDAM) est vide");
  return {
    endpoint: c.endpoint,
    environment: c.environment,
    software: c.software,
    emitter: c.emitter ?? null,
    timeoutMs: c.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: { ...DEFAULT_RETRY_POLICY, ...c.retry },
    strategy: { ...DEFAULT_STRATEGY, ...c.strategy },
    newId: c.newId ?? randomUUID,
    now: c.now ?? (() => new Date()),
    sleep: c.sleep ?? ((ms) => delay(ms).then(() => undefined)),
    monotonicMs: c.monotonicMs ?? (() => performance.now()),
  };
}
