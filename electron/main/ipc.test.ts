import { describe, expect, it } from 'vitest';
import { registerIpc } from './ipc.js';

type Listener = (event: unknown, ...args: unknown[]) => unknown;

function fakeIpc() {
  const handlers = new Map<string, Listener>();
  return { handle: (name: string, fn: Listener) => void handlers.set(name, fn), handlers };
}

describe('registerIpc', () => {
  it('forwards calls from the app frame and refuses any other sender', async () => {
    const ipc = fakeIpc();
    const calls: unknown[][] = [];
    registerIpc(ipc as never, async (...args) => {
      calls.push(args);
      return { ok: true, value: 1 };
    });
    const handler = ipc.handlers.get('app:call')!;
    const fromApp = { senderFrame: { url: 'app://desk/index.html', parent: null } };
    const fromElsewhere = { senderFrame: { url: 'https://evil.example/', parent: null } };
    const fromSubframe = { senderFrame: { url: 'app://desk/index.html', parent: {} } };
    expect(await handler(fromApp, 'identity.get', { id: 1 }, 't')).toEqual({ ok: true, value: 1 });
    expect(await handler(fromElsewhere, 'identity.get', { id: 1 }, 't')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handler(fromSubframe, 'identity.get', { id: 1 }, 't')).toMatchObject({ ok: false });
    expect(calls).toEqual([['identity.get', { id: 1 }, 't']]);
  });
});
