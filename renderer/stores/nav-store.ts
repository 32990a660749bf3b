// Which screen is shown. The search query lives in the search store, so coming back to the
// search keeps what the agent typed; `returnTo` lets Esc go back where the agent came from.
import { createStore } from 'zustand/vanilla';

export type Route =
  | { screen: 'search' }
  | { screen: 'detail'; id: number }
  | { screen: 'create' }
  | { screen: 'edit'; id: number };

export interface NavState {
  route: Route;
  helpOpen: boolean;
  go(route: Route): void;
  setHelp(open: boolean): void;
}

export function createNavStore() {
  return createStore<NavState>()((set) => ({
    route: { screen: 'search' },
    helpOpen: false,
    go: (route) => set({ route }),
    setHelp: (helpOpen) => set({ helpOpen }),
  }));
}
