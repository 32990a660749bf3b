// « Doublons » (referent only — the backend refuses anyone else): the bulk scan and its summary, the
// open pairs (collisions first), one pair side by side, the decisions (fusion, personnes distinctes,
// homonymes) and the recent merges with their undo. Every action resolves with the refusal to show, or null.
import { createStore } from 'zustand/vanilla';
import type { In, Out } from '../../core/contract/channels.js';
import { type Api, failureMessage } from '../api/client.js';
import { appendPage, PAGE } from '../lib/paging.js';

export type PairSummary = Out<'duplicates.list'>['pairs'][number];
export type PairDetail = Out<'duplicates.get'>;
export type MergeSummary = Out<'merges.list'>['merges'][number];
export type ScanSummary = Out<'duplicates.scan'>;
export type MergeChoices = In<'duplicates.merge'>['choices'];

export interface DuplicatesState {
  scanning: boolean;
  scan: ScanSummary | null;
  pairs: PairSummary[] | null;
  openDuplicates: number;
  openCollisions: number;
  /** The pair shown side by side, or null for the list. */
  detail: PairDetail | null;
  merges: MergeSummary[] | null;
  mergesTotal: number;
  error: string | null;
  notice: string | null;
  runScan(): Promise<void>;
  /** The first page of open pairs (again). */
  loadPairs(): Promise<void>;
  /** The next page of open pairs, after those shown. */
  morePairs(): Promise<void>;
  loadMerges(): Promise<void>;
  moreMerges(): Promise<void>;
  openPair(pairId: number): Promise<void>;
  closePair(): void;
  decide(decision: 'distinct' | 'homonyme', reason: string): Promise<string | null>;
  merge(survivor: 'a' | 'b', choices: MergeChoices, reason: string): Promise<string | null>;
  undo(mergeId: number, reason: string): Promise<string | null>;
}

export function createDuplicatesStore(api: Api) {
  return createStore<DuplicatesState>()((set, get) => {
    /** After a decision: back to the list, both lists read again. */
    const settled = async (notice: string) => {
      set({ detail: null, notice, error: null });
      await Promise.all([get().loadPairs(), get().loadMerges()]);
    };
    const pairsPage = async (more: boolean) => {
      try {
        const shown = more ? get().pairs : null;
        const r = await api.call('duplicates.list', { limit: PAGE.pairs, offset: shown?.length ?? 0 });
        set({ pairs: appendPage(shown, r.pairs), openDuplicates: r.openDuplicates, openCollisions: r.openCollisions });
      } catch (err) {
        set({ error: failureMessage(err) });
      }
    };
    const mergesPage = async (more: boolean) => {
      try {
        const shown = more ? get().merges : null;
        const r = await api.call('merges.list', { limit: PAGE.merges, offset: shown?.length ?? 0 });
        set({ merges: appendPage(shown, r.merges), mergesTotal: r.total });
      } catch (err) {
        set({ error: failureMessage(err) });
      }
    };
    return {
      scanning: false,
      scan: null,
      pairs: null,
      openDuplicates: 0,
      openCollisions: 0,
      detail: null,
      merges: null,
      mergesTotal: 0,
      error: null,
      notice: null,
      async runScan() {
        if (get().scanning) return;
        set({ scanning: true, error: null, notice: null });
        try {
          set({ scan: await api.call('duplicates.scan', {}), scanning: false });
          await get().loadPairs();
        } catch (err) {
          set({ scanning: false, error: failureMessage(err) });
        }
      },
      async loadPairs() {
        await pairsPage(false);
      },
      async morePairs() {
        await pairsPage(true);
      },
      async loadMerges() {
        await mergesPage(false);
      },
      async moreMerges() {
        await mergesPage(true);
      },
      async openPair(pairId) {
        set({ error: null, notice: null });
        try {
          set({ detail: await api.call('duplicates.get', { pairId }) });
        } catch (err) {
          set({ error: failureMessage(err) });
        }
      },
      closePair: () => set({ detail: null }),
      async decide(decision, reason) {
        const detail = get().detail;
        if (!detail) return 'Aucune paire ouverte.';
        try {
          const r = await api.call('duplicates.decide', { pairId: detail.pair.id, decision, reason });
          await settled(r.message);
          return null;
        } catch (err) {
          return failureMessage(err);
        }
      },
      async merge(survivor, choices, reason) {
        const detail = get().detail;
        if (!detail) return 'Aucune paire ouverte.';
        const [s, a] = survivor === 'a' ? [detail.a, detail.b] : [detail.b, detail.a];
        try {
          const r = await api.call('duplicates.merge', {
            pairId: detail.pair.id,
            survivorId: s.id,
            absorbedId: a.id,
            versions: { survivor: s.version, absorbed: a.version },
            choices,
            reason,
          });
          await settled(r.message);
          return null;
        } catch (err) {
          return failureMessage(err);
        }
      },
      async undo(mergeId, reason) {
        try {
          const r = await api.call('merges.undo', { mergeId, reason });
          await settled(r.message);
          return null;
        } catch (err) {
          return failureMessage(err);
        }
      },
    };
  });
}
