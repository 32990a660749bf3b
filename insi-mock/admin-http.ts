// HTTP face of the mock's admin (loopback only, like the server): GET /admin/cards | calls | settings,
// POST /admin/inject {kind, ms?, fault?, times?}, POST /admin/config {…settings}, POST /admin/clear, POST /admin/reset,
// POST /admin/persons {persons: […]} (extra persons the mock answers for; forgotten by reset).
import type http from 'node:http';
import type { Injection, MockState } from './admin.js';
import type { MockSettings } from './engine.js';
import { checkPersons } from './extra-persons.js';

function json(res: http.ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(value));
}

export function handleAdmin(state: MockState, method: string, path: string, body: string, res: http.ServerResponse): void {
  const route = `${method} ${path.replace(/\/+$/, '')}`;
  try {
    switch (route) {
      case 'GET /admin/cards':
        return json(res, 200, state.cards());
      case 'GET /admin/calls':
        return json(res, 200, state.calls());
      case 'GET /admin/settings':
        return json(res, 200, state.settings());
      case 'POST /admin/inject':
        state.inject(JSON.parse(body) as Injection);
        return json(res, 200, { ok: true });
      case 'POST /admin/config':
        return json(res, 200, state.configure(JSON.parse(body) as Partial<MockSettings>));
      case 'POST /admin/clear':
        state.clearInjections();
        return json(res, 200, { ok: true });
      case 'POST /admin/persons':
        return json(res, 200, { ok: true, loaded: state.addPersons(checkPersons(JSON.parse(body))) });
      case 'POST /admin/reset':
        state.reset();
        return json(res, 200, { ok: true });
      default:
        return json(res, 404, { error: `Route d'administration inconnue : ${route}` });
    }
  } catch (e) {
    return json(res, 400, { error: (e as Error).message });
  }
}
