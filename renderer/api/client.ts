// Typed client over any Transport: `api.call(channel, input)` resolves with the channel's output or
// throws an AppFailure. It keeps the session token returned by login/bootstrap and forgets it on logout.
import type { AppErrorPayload, ErrorCode } from '../../core/contract/reply.js';
import type { Channel, In, Out } from '../../core/contract/channels.js';
import type { FieldIssue } from '../../core/identity/types.js';
import type { Transport } from './transport.js';

export class AppFailure extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  constructor(error: AppErrorPayload) {
    super(error.message);
    this.name = 'AppFailure';
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}

export interface Api {
  call<C extends Channel>(channel: C, input: In<C>): Promise<Out<C>>;
  token(): string | null;
  /** Called whenever the backend answers `unauthenticated` (expired or unknown session). */
  onUnauthenticated(listener: () => void): () => void;
}

const TOKEN_CHANNELS: readonly string[] = ['session.login', 'session.bootstrap'];

export function createApi(transport: Transport): Api {
  let token: string | null = null;
  const listeners = new Set<() => void>();
  return {
    async call(channel, input) {
      const reply = await transport.call(channel, input, token);
      if (!reply.ok) {
        if (reply.error.code === 'unauthenticated' && !TOKEN_CHANNELS.includes(channel)) {
          token = null;
          listeners.forEach((l) => l());
        }
        throw new AppFailure(reply.error);
      }
      const value = reply.value as Out<typeof channel>;
      if (TOKEN_CHANNELS.includes(channel)) token = (value as { token: string }).token;
      if (channel === 'session.logout') token = null;
      return value;
    },
    token: () => token,
    onUnauthenticated(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A French message for any error caught around an api call. */
export function failureMessage(err: unknown): string {
  if (err instanceof AppFailure) return err.message;
  return 'Une erreur inattendue est survenue. Réessayez ; si elle persiste, prévenez le référent.';
}
