// The one IPC channel `app:call`: checks the sender frame is our app:// page, then forwards to the
// backend worker. Inputs are validated by the dispatcher on the other side (the receiver).
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './app-url.js';

export type BackendCall = (channel: unknown, input: unknown, token: unknown) => Promise<unknown>;

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function registerIpc(ipc: Pick<IpcMain, 'handle'>, call: BackendCall): void {
  ipc.handle('app:call', (event, channel: unknown, input: unknown, token: unknown) => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: { code: 'forbidden', message: 'Appelant non reconnu.' } };
    }
    return call(channel, input, token);
  });
}
