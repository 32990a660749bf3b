import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/contract/reply.js';
import { AppFailure, createApi } from './client.js';
import { createHttpTransport } from './http-transport.js';
import { createMemoryTransport } from './memory-transport.js';

const operator = { username: 'accueil', displayName: 'Accueil', role: 'agent' as const };

describe('createApi', () => {
  it('keeps the session token from login and sends it with every call, forgets it on logout', async () => {
    const t = createMemoryTransport({
      'session.login': () => ({ operator, token: 'secret-1', demo: false }),
      'identity.history': () => [],
      'session.logout': () => ({}),
    });
    const api = createApi(t);
    expect(api.token()).toBeNull();
    await api.call('session.login', { username: 'accueil', password: 'x' });
    await api.call('identity.history', { id: 1 });
    expect(t.calls.map((c) => c.token)).toEqual([null, 'secret-1']);
    await api.call('session.logout', {});
    expect(api.token()).toBeNull();
  });

  it('throws an AppFailure with the code, French message and issues', async () => {
    const issues = [{ field: 'birthName' as const, code: 'invalid_character', message: 'Le caractère « 1 » n’est pas autorisé' }];
    const api = createApi(
      createMemoryTransport({
        'identity.create': () => {
          throw new AppError('validation', 'Identité refusée', issues);
        },
      }),
    );
    const err = await api.call('identity.create', { draft: { birthName: 'A1', birthFirstNames: 'B', sex: 'M', birthDate: '', birthplaceCog: '' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppFailure);
    expect(err).toMatchObject({ code: 'validation', message: 'Identité refusée', issues });
  });

  it('tells listeners when the session is no longer valid', async () => {
    const api = createApi(
      createMemoryTransport({
        'identity.history': () => {
          throw new AppError('unauthenticated', 'Session expirée');
        },
      }),
    );
    let told = 0;
    api.onUnauthenticated(() => told++);
    await expect(api.call('identity.history', { id: 1 })).rejects.toThrow('Session expirée');
    expect(told).toBe(1);
  });
});

describe('createHttpTransport', () => {
  it('posts the channel, input and token as JSON to /api/call', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fakeFetch = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response(JSON.stringify({ ok: true, value: { rows: [] } }));
    }) as unknown as typeof fetch;
    const t = createHttpTransport('http://127.0.0.1:4321', fakeFetch);
    const reply = await t.call('identity.search', { query: 'dup' }, 'tok');
    expect(reply).toEqual({ ok: true, value: { rows: [] } });
    expect(seen[0]?.url).toBe('http://127.0.0.1:4321/api/call');
    expect(seen[0]?.init.method).toBe('POST');
    expect((seen[0]?.init.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect(JSON.parse(String(seen[0]?.init.body))).toEqual({ channel: 'identity.search', input: { query: 'dup' }, token: 'tok' });
  });

  it('turns a network failure into an `unavailable` reply', async () => {
    const failing = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    const reply = await createHttpTransport('http://127.0.0.1:1', failing).call('session.current', {}, null);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.code).toBe('unavailable');
    expect(!reply.ok && reply.error.message).toMatch(/^Le service local ne répond pas/);
  });
});
