// Transport for the browser (loopback web host, Playwright): POST /api/call with a JSON body.
// A network failure or a non-JSON answer becomes an `unavailable` Reply, never a thrown error.
import type { Reply } from '../../core/contract/reply.js';
import { type Transport, unavailable } from './transport.js';

export function createHttpTransport(baseUrl: string, fetchImpl: typeof fetch = fetch): Transport {
  const endpoint = new URL('api/call', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString();
  return {
    async call(channel, input, token) {
      try {
        const res = await fetchImpl(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ channel, input, token }),
        });
        const body: unknown = await res.json();
        if (body && typeof body === 'object' && 'ok' in body) return body as Reply<unknown>;
        return unavailable();
      } catch {
        return unavailable();
      }
    },
  };
}
