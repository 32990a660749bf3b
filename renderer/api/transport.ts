// The one seam between the renderer and the backend: a Transport carries a contract call and
// returns its Reply. Electron IPC, the loopback HTTP host and tests each provide one.
import type { Reply } from '../../core/contract/reply.js';

export interface Transport {
  call(channel: string, input: unknown, token: string | null): Promise<Reply<unknown>>;
}

export const UNAVAILABLE_MESSAGE =
  'Le service local ne répond pas. Vérifiez que l’application est démarrée, puis réessayez.';

export const unavailable = (): Reply<never> => ({
  ok: false,
  error: { code: 'unavailable', message: UNAVAILABLE_MESSAGE },
});
