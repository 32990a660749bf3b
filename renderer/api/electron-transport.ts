// Transport inside Electron: the preload exposes exactly `window.bridge.call` (one multiplexed
// IPC channel). The bridge never throws to us: a rejected invoke becomes `unavailable`.
import type { Reply } from '../../core/contract/reply.js';
import { type Transport, unavailable } from './transport.js';

export interface Bridge {
  call(channel: string, input: unknown, token: string | null): Promise<Reply<unknown>>;
}

declare global {
  interface Window {
    bridge?: Bridge;
  }
}

export function createElectronTransport(bridge: Bridge): Transport {
  return {
    async call(channel, input, token) {
      try {
        return await bridge.call(channel, input, token);
      } catch {
        return unavailable();
      }
    },
  };
}
