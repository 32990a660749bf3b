// One opened identity (detail screen): loads it (the backend journals the access), runs the
// status actions (document check, attributes) with the version read, and loads its history.
import { createStore } from 'zustand/vanilla';
import type { Out } from '../../core/contract/channels.js';
import type { IdentityAttribute } from '../../core/identity/types.js';
import { type Api, failureMessage } from '../api/client.js';

export type IdentityView = Out<'identity.get'>;
export type JournalEntry = Out<'identity.history'>[number];
export type DeviceType = Out<'reference.deviceTypes'>[number];

export interface IdentityState {
  id: number;
  view: IdentityView | null;
  loading: boolean;
  busy: boolean;
  error: string | null;
  notice: string | null;
  history: JournalEntry[] | null;
  deviceTypes: DeviceType[] | null;
  load(): Promise<void>;
  loadHistory(): Promise<void>;
  loadDeviceTypes(): Promise<void>;
  /** Each action resolves with an error message (shown in its dialog) or null on success. */
  recordDocumentCheck(deviceType: string, validUntil: string): Promise<string | null>;
  withdrawDocumentCheck(reason: string): Promise<string | null>;
  setAttribute(attribute: IdentityAttribute, value: boolean, reason: string): Promise<string | null>;
  clearMessages(): void;
}

export function createIdentityStore(api: Api, id: number) {
  return createStore<IdentityState>()((set, get) => {
    /** Runs a mutation with the version read; refreshes the history if it is open. */
    const mutate = async (action: (version: number) => Promise<IdentityView>, notice: string) => {
      const view = get().view;
      if (!view) return 'Identité non chargée.';
      set({ busy: true, error: null, notice: null });
      try {
        const next = await action(view.version);
        set({ view: next, busy: false, notice });
        if (get().history) void get().loadHistory();
        return null;
      } catch (err) {
        set({ busy: false });
        return failureMessage(err);
      }
    };
    return {
      id,
      view: null,
      loading: true,
      busy: false,
      error: null,
      notice: null,
      history: null,
      deviceTypes: null,
      async load() {
        set({ loading: true, error: null });
        try {
          set({ view: await api.call('identity.get', { id }), loading: false });
        } catch (err) {
          set({ loading: false, error: failureMessage(err) });
        }
      },
      async loadHistory() {
        try {
          set({ history: await api.call('identity.history', { id }) });
        } catch (err) {
          set({ error: failureMessage(err) });
        }
      },
      async loadDeviceTypes() {
        if (get().deviceTypes) return;
        try {
          set({ deviceTypes: await api.call('reference.deviceTypes', {}) });
        } catch (err) {
          set({ error: failureMessage(err) });
        }
      },
      recordDocumentCheck: (deviceType, validUntil) =>
        mutate(
          (version) => api.call('identity.recordDocumentCheck', { id, version, deviceType, validUntil }),
          'Contrôle de pièce d’identité enregistré.',
        ),
      withdrawDocumentCheck: (reason) =>
        mutate(
          (version) => api.call('identity.withdrawDocumentCheck', { id, version, reason }),
          'Contrôle de pièce d’identité retiré.',
        ),
      setAttribute: (attribute, value, reason) =>
        mutate(
          (version) => api.call('identity.setAttribute', { id, version, attribute, value, reason }),
          value ? 'Attribut enregistré.' : 'Attribut retiré.',
        ),
      clearMessages: () => set({ error: null, notice: null }),
    };
  });
}
