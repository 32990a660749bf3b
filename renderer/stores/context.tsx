// The stores of one running app, built around one Api and handed down through React context,
// so tests build a fresh set around a memory transport and nothing is module-global.
import { createContext, useContext, type ReactNode } from 'react';
import type { Api } from '../api/client.js';
import { createNavStore } from './nav-store.js';
import { createSearchStore } from './search-store.js';
import { createSessionStore } from './session-store.js';

export interface AppStores {
  api: Api;
  session: ReturnType<typeof createSessionStore>;
  nav: ReturnType<typeof createNavStore>;
  search: ReturnType<typeof createSearchStore>;
}

export function createAppStores(api: Api, opts: { searchDebounceMs?: number } = {}): AppStores {
  return {
    api,
    session: createSessionStore(api),
    nav: createNavStore(),
    search: createSearchStore(api, opts.searchDebounceMs),
  };
}

const StoresContext = createContext<AppStores | null>(null);

export function StoresProvider({ stores, children }: { stores: AppStores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

export function useStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('StoresProvider manquant');
  return stores;
}
