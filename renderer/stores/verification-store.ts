// Stores of the referent tabs « Vérifications INSi » and « File de revue ». Verifications: the status (due counts by
// reason, the current run, last runs), start / pause / resume / cancel, and a poll every ~500 ms while a run is
// live (the batch runs in the backend). Review: the open items of failed verifications, one opened with its
// comparison, and the decision (accept INSi's identity, or keep the local one with a reason), then the list again.
import { createStore } from 'zustand/vanilla';
import type { In, Out } from '../../core/contract/channels.js';
import { type Api, failureMessage } from '../api/client.js';
import { appendPage, PAGE } from '../lib/paging.js';

export type VerificationStatus = Out<'verification.status'>;
export type RunView = VerificationStatus['lastRuns'][number];
export type ReviewItem = Out<'review.list'>['items'][number];

export interface VerificationState {
  status: VerificationStatus | null;
  error: string | null;
  /** « Appels par seconde », as typed. */
  rate: string;
  busy: boolean;
  setRate(rate: string): void;
  load(): Promise<void>;
  start(): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  cancel(): Promise<void>;
  /** Stops the poll (tab left). */
  dispose(): void;
}

export const DEFAULT_RATE = '20';

/** The typed rate, or the French reason it is refused. */
export function parseRate(raw: string): number | string {
  const n = Number(raw.trim().replace(',', '.'));
  if (raw.trim() === '' || !Number.isFinite(n)) return 'Indiquez un nombre d’appels par seconde.';
  if (n < 0.1 || n > 1000) return 'Le débit doit être compris entre 0,1 et 1000 appels par seconde.';
  return n;
}

export function createVerificationStore(api: Api, opts: { pollMs?: number } = {}) {
  const pollMs = opts.pollMs ?? 500;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  return createStore<VerificationState>()((set, get) => {
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      const current = get().status?.current;
      if (!disposed && current && current.state === 'running') timer = setTimeout(() => void get().load(), pollMs);
    };
    const act = async (call: () => Promise<unknown>) => {
      if (get().busy) return;
      set({ busy: true, error: null });
      try {
        await call();
      } catch (err) {
        set({ error: failureMessage(err) });
      }
      set({ busy: false });
      await get().load();
    };
    return {
      status: null,
      error: null,
      rate: DEFAULT_RATE,
      busy: false,
      setRate: (rate) => set({ rate }),
      async load() {
        try {
          set({ status: await api.call('verification.status', {}) });
        } catch (err) {
          set({ error: failureMessage(err) });
        }
        schedule();
      },
      async start() {
        const rate = parseRate(get().rate);
        if (typeof rate === 'string') {
          set({ error: rate });
          return;
        }
        await act(() => api.call('verification.start', { ratePerSecond: rate }));
      },
      pause: () => act(() => api.call('verification.pause', {})),
      resume: () => {
        const rate = parseRate(get().rate);
        return act(() => api.call('verification.resume', typeof rate === 'number' ? { ratePerSecond: rate } : {}));
      },
      cancel: () => act(() => api.call('verification.cancel', {})),
      dispose() {
        disposed = true;
        if (timer) clearTimeout(timer);
      },
    };
  });
}

export interface ReviewState {
  items: ReviewItem[] | null;
  total: number;
  error: string | null;
  notice: string | null;
  /** The item opened (its comparison), or null: the list. */
  openId: number | null;
  busy: boolean;
  /** The first page of open items (again). */
  load(): Promise<void>;
  /** The next page, after the items shown. */
  more(): Promise<void>;
  open(id: number | null): void;
  /** A fresh INSi retrieval for the opened item (its stored answer is too old). */
  refresh(): Promise<void>;
  /** Resolves with the refusal to show, or null once done (the list is read again, the item closed). */
  resolve(input: In<'review.resolve'>): Promise<string | null>;
}

export function createReviewStore(api: Api) {
  return createStore<ReviewState>()((set, get) => {
    const reviewPage = async (more: boolean) => {
      try {
        const shown = more ? get().items : null;
        const r = await api.call('review.list', { limit: PAGE.reviews, offset: shown?.length ?? 0 });
        set({ items: appendPage(shown, r.items), total: r.total, error: null });
      } catch (err) {
        set({ error: failureMessage(err) });
      }
    };
    return {
    items: null,
    total: 0,
    error: null,
    notice: null,
    openId: null,
    busy: false,
    async load() {
      await reviewPage(false);
    },
    async more() {
      await reviewPage(true);
    },
    open: (id) => set({ openId: id, notice: null, error: null }),
    async refresh() {
      const id = get().openId;
      if (id === null || get().busy) return;
      set({ busy: true, error: null });
      try {
        const item = await api.call('review.refresh', { id });
        set({ items: (get().items ?? []).map((i) => (i.id === id ? item : i)) });
      } catch (err) {
        set({ error: failureMessage(err) });
      }
      set({ busy: false });
    },
    async resolve(input) {
      if (get().busy) return 'Décision déjà en cours.';
      set({ busy: true });
      try {
        const r = await api.call('review.resolve', input);
        set({ busy: false, openId: null, notice: r.message });
        await get().load();
        return null;
      } catch (err) {
        set({ busy: false });
        return failureMessage(err);
      }
    },
    };
  });
}
