// « Indicateurs » (referent only — the backend refuses anyone else): the dashboard's figures for a period
// and a granularity; changing either reads them again (stale answers dropped).
import { createStore } from 'zustand/vanilla';
import type { Out } from '../../core/contract/channels.js';
import type { Granularity } from '../../core/indicators/periods.js';
import { type Api, failureMessage } from '../api/client.js';

export type IndicatorsView = Out<'indicators.get'>;

export interface IndicatorsState {
  data: IndicatorsView | null;
  loading: boolean;
  error: string | null;
  granularity: Granularity;
  /** null: the backend's default period (last 12 months / 13 weeks). */
  period: { from: string; to: string } | null;
  load(): Promise<void>;
  /** New granularity and period (dates AAAA-MM-JJ; both empty → the default period), then read again. */
  apply(g: Granularity, from: string, to: string): Promise<void>;
}

export function createIndicatorsStore(api: Api) {
  let ticket = 0;
  return createStore<IndicatorsState>()((set, get) => ({
    data: null,
    loading: false,
    error: null,
    granularity: 'month',
    period: null,
    async load() {
      const mine = ++ticket;
      set({ loading: true, error: null });
      const { granularity, period } = get();
      try {
        const data = await api.call('indicators.get', period ? { granularity, period } : { granularity });
        if (mine === ticket) set({ data, loading: false });
      } catch (err) {
        if (mine === ticket) set({ loading: false, error: failureMessage(err) });
      }
    },
    async apply(granularity, from, to) {
      set({ granularity, period: from === '' && to === '' ? null : { from, to } });
      await get().load();
    },
  }));
}
