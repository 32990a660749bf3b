// In-memory transport for component tests: each channel answered by a handler you pass in.
// A handler returns the value (ok) or throws an AppError (turned into an error Reply).
import { AppError, type Reply } from '../../core/contract/reply.js';
import type { Channel, In, Out } from '../../core/contract/channels.js';
import type { Transport } from './transport.js';

export type MemoryHandlers = {
  [C in Channel]?: (input: In<C>, token: string | null) => Out<C> | Promise<Out<C>>;
};

export interface MemoryTransport extends Transport {
  /** Every call made, in order, for assertions. */
  readonly calls: { channel: string; input: unknown; token: string | null }[];
  callsTo(channel: Channel): unknown[];
}

export function createMemoryTransport(handlers: MemoryHandlers): MemoryTransport {
  const calls: MemoryTransport['calls'] = [];
  return {
    calls,
    callsTo: (channel) => calls.filter((c) => c.channel === channel).map((c) => c.input),
    async call(channel, input, token): Promise<Reply<unknown>> {
      calls.push({ channel, input, token });
      const handler = handlers[channel as Channel] as
        | ((i: unknown, t: string | null) => unknown)
        | undefined;
      if (!handler) return { ok: false, error: { code: 'internal', message: `Canal non simulé : ${channel}` } };
      try {
        return { ok: true, value: await handler(input, token) };
      } catch (err) {
        if (err instanceof AppError) {
          return { ok: false, error: err.issues ? { code: err.code, message: err.message, issues: err.issues } : { code: err.code, message: err.message } };
        }
        throw err;
      }
    },
  };
}
