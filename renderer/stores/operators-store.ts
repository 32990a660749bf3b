// Operator accounts (« Opérateurs », referent only — the backend refuses anyone else): the list of
// accounts, and the creation of one, after which the list is read again.
import { createStore } from 'zustand/vanilla';
import type { In, Out } from '../../core/contract/channels.js';
import { type Api, failureMessage } from '../api/client.js';

export type OperatorRow = Out<'operators.list'>[number];
export type NewOperator = In<'operators.create'>;

export interface OperatorsState {
  operators: OperatorRow[] | null;
  /** The list could not be read. */
  error: string | null;
  creating: boolean;
  /** The confirmation of the last creation. */
  notice: string | null;
  load(): Promise<void>;
  /** Resolves with the refusal (shown on the form) or null once created and the list read again. */
  create(input: NewOperator): Promise<string | null>;
}

export function createOperatorsStore(api: Api) {
  return createStore<OperatorsState>()((set, get) => ({
    operators: null,
    error: null,
    creating: false,
    notice: null,
    async load() {
      try {
        set({ operators: await api.call('operators.list', {}), error: null });
      } catch (err) {
        set({ error: failureMessage(err) });
      }
    },
    async create(input) {
      if (get().creating) return 'Création du compte déjà en cours.';
      set({ creating: true, notice: null });
      try {
        const created = await api.call('operators.create', input);
        set({ creating: false, notice: `Compte « ${created.username} » créé pour ${created.displayName}.` });
        await get().load();
        return null;
      } catch (err) {
        set({ creating: false });
        return failureMessage(err);
      }
    },
  }));
}
