// Which screen is shown. The search query lives in the search store, so coming back to the
// search keeps what the agent typed. The INSi screen carries its subject (the identity as read on its
// fiche, or the traits typed for a new patient) so that going back restores what the agent was doing.
import { createStore } from 'zustand/vanilla';
import type { DraftValues } from './form-store.js';
import type { IdentityView } from './identity-store.js';

/** Who INSi is asked about: an existing identity, or a new patient (traits typed, maybe none yet). */
export type InsiSubject =
  | { kind: 'identity'; view: IdentityView }
  | { kind: 'draft'; draft: DraftValues; from: 'search' | 'create' };

export type Route =
  | { screen: 'search' }
  /** `notice`: a confirmation to show on arrival (after an INSi acceptance or refusal). */
  | { screen: 'detail'; id: number; notice?: string }
  /** `draft`: traits to start from (coming back from INSi). */
  | { screen: 'create'; draft?: DraftValues }
  | { screen: 'edit'; id: number }
  | { screen: 'insi'; subject: InsiSubject }
  /** Operator accounts (referent only). */
  | { screen: 'operators' }
  /** « Identitovigilance » (referent only): `tab` is a REFERENT_TABS id, the first tab when absent. */
  | { screen: 'referent'; tab?: string };

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
