// Search-as-you-type: the query is kept at once, the backend is asked after a short debounce, and
// an answer that is not for the latest query is dropped, so typing never waits for the base.
import { createStore } from 'zustand/vanilla';
import type { Out } from '../../core/contract/channels.js';
import { type Api, failureMessage } from '../api/client.js';

export type SearchRow = Out<'identity.search'>['rows'][number];

export interface SearchState {
  query: string;
  rows: SearchRow[];
  truncated: boolean;
  /** The query the rows answer (may lag behind `query` while typing). */
  answeredQuery: string;
  loading: boolean;
  error: string | null;
  selected: number;
  setQuery(query: string): void;
  select(index: number): void;
  /** Runs the pending search now (tests, Enter). */
  flush(): Promise<void>;
  reset(): void;
}

export const SEARCH_DEBOUNCE_MS = 120;
export const SEARCH_LIMIT = 50;

export function createSearchStore(api: Api, debounceMs = SEARCH_DEBOUNCE_MS) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let seq = 0;

  const store = createStore<SearchState>()((set, get) => {
    const run = async () => {
      timer = null;
      const mine = ++seq;
      const query = get().query;
      if (!query.trim()) {
        set({ rows: [], truncated: false, answeredQuery: query, loading: false, error: null, selected: -1 });
        return;
      }
      try {
        const res = await api.call('identity.search', { query, limit: SEARCH_LIMIT });
        if (mine !== seq) return;
        set({ rows: res.rows, truncated: res.truncated, answeredQuery: query, loading: false, error: null, selected: -1 });
      } catch (err) {
        if (mine !== seq) return;
        set({ loading: false, error: failureMessage(err) });
      }
    };
    return {
      query: '',
      rows: [],
      truncated: false,
      answeredQuery: '',
      loading: false,
      error: null,
      selected: -1,
      setQuery(query) {
        seq++; // an answer already on its way is now stale
        if (timer) clearTimeout(timer);
        set({ query, loading: query.trim() !== '' });
        timer = setTimeout(() => void run(), debounceMs);
      },
      select(index) {
        const n = get().rows.length;
        set({ selected: n === 0 ? -1 : Math.max(0, Math.min(n - 1, index)) });
      },
      async flush() {
        if (timer) clearTimeout(timer);
        await run();
      },
      reset() {
        if (timer) clearTimeout(timer);
        seq++;
        set({ query: '', rows: [], truncated: false, answeredQuery: '', loading: false, error: null, selected: -1 });
      },
    };
  });
  return store;
}
