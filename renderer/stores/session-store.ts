// Session state: who is logged in, demo mode, first-run bootstrap. Asks `session.current` at start,
// logs in / bootstraps / logs out; falls back to the login screen when the backend says unauthenticated.
import { createStore } from 'zustand/vanilla';
import type { Out } from '../../core/contract/channels.js';
import { type Api, failureMessage } from '../api/client.js';

type Operator = NonNullable<Out<'session.current'>['operator']>;

export interface SessionState {
  phase: 'loading' | 'ready' | 'unavailable';
  operator: Operator | null;
  demo: boolean;
  needsBootstrap: boolean;
  workstation: string;
  busy: boolean;
  error: string | null;
  refresh(): Promise<void>;
  login(username: string, password: string): Promise<boolean>;
  bootstrap(input: { username: string; displayName: string; password: string }): Promise<boolean>;
  logout(): Promise<void>;
}

export function createSessionStore(api: Api) {
  const store = createStore<SessionState>()((set) => ({
    phase: 'loading',
    operator: null,
    demo: false,
    needsBootstrap: false,
    workstation: '',
    busy: false,
    error: null,
    async refresh() {
      try {
        const cur = await api.call('session.current', {});
        set({
          phase: 'ready',
          operator: api.token() ? cur.operator : null,
          demo: cur.demo,
          needsBootstrap: cur.needsBootstrap,
          workstation: cur.workstation,
          error: null,
        });
      } catch (err) {
        set({ phase: 'unavailable', error: failureMessage(err) });
      }
    },
    async login(username, password) {
      set({ busy: true, error: null });
      try {
        const res = await api.call('session.login', { username, password });
        set({ busy: false, operator: res.operator, demo: res.demo, needsBootstrap: false });
        return true;
      } catch (err) {
        set({ busy: false, error: failureMessage(err) });
        return false;
      }
    },
    async bootstrap(input) {
      set({ busy: true, error: null });
      try {
        const res = await api.call('session.bootstrap', input);
        set({ busy: false, operator: res.operator, demo: res.demo, needsBootstrap: false });
        return true;
      } catch (err) {
        set({ busy: false, error: failureMessage(err) });
        return false;
      }
    },
    async logout() {
      try {
        await api.call('session.logout', {});
      } catch {
        // The session is dropped locally whatever the backend answers.
      }
      set({ operator: null, error: null });
    },
  }));
  api.onUnauthenticated(() =>
    store.setState({ operator: null, error: 'Votre session a expiré. Reconnectez-vous.' }),
  );
  return store;
}
