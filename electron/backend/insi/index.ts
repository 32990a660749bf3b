// Public API of the INSi client for the backend: createInsiClient(config) and its outcome types, the verification
// outcome, the transport configuration, and the public endpoint addresses.
export { createInsiClient, vitaleQuery, type CallOptions, type InsiClient, type InsiSearchEnd, type InsiSearchOutcome, type SearchStep } from './client.js';
export { DEFAULT_TIMEOUT_MS, INSI_ENDPOINTS, type InsiClientConfig } from './config.js';
export { createHttpTransport, TransportError, type HttpReply, type InsiTlsConfig, type Transport } from './transport.js';
export type { VerificationOutcome } from './verify.js';
