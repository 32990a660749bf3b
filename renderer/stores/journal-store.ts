// « Journal » (referent only): the journal or the access journal with filters, newest first, « Plus ancien »
// pages on; the hash-chain verification of the shown journal; the export of the filtered entries.
import { createStore } from 'zustand/vanilla';
import type { In, Out } from '../../core/contract/channels.js';
import { type Api, failureMessage } from '../api/client.js';

export type JournalKind = 'journal' | 'access';
export type JournalRowView = Out<'journal.search'>['rows'][number];
export type Verification = Out<'journal.verify'>;
export type ExportFile = Out<'journal.export'>;

export interface JournalFilterValues {
  operator: string;
  ipp: string;
  action: string;
  from: string;
  to: string;
}

export const EMPTY_FILTERS: JournalFilterValues = { operator: '', ipp: '', action: '', from: '', to: '' };

export interface JournalState {
  journal: JournalKind;
  filters: JournalFilterValues;
  rows: JournalRowView[];
  nextBefore: number | null;
  loading: boolean;
  error: string | null;
  actions: { action: string; label: string }[];
  verifying: boolean;
  verification: Verification | null;
  exporting: boolean;
  /** Switches journal (filters kept, action emptied: the two journals have different actions). */
  setJournal(j: JournalKind): Promise<void>;
  /** Applies the filters (first page). */
  search(filters: JournalFilterValues): Promise<void>;
  more(): Promise<void>;
  verify(): Promise<void>;
  /** Resolves with the file to save, or null when refused (error shown). */
  exportAs(format: 'csv' | 'jsonl'): Promise<ExportFile | null>;
}

function toInput(journal: JournalKind, f: JournalFilterValues): In<'journal.search'> {
  const input: In<'journal.search'> = { journal };
  for (const k of ['operator', 'ipp', 'action', 'from', 'to'] as const) {
    const v = f[k].trim();
    if (v !== '') input[k] = v;
  }
  return input;
}

export function createJournalStore(api: Api, pageSize = 50) {
  let ticket = 0;
  const loadActions = async (journal: JournalKind) => api.call('journal.actions', { journal }).catch(() => []);
  return createStore<JournalState>()((set, get) => ({
    journal: 'journal',
    filters: EMPTY_FILTERS,
    rows: [],
    nextBefore: null,
    loading: false,
    error: null,
    actions: [],
    verifying: false,
    verification: null,
    exporting: false,
    async setJournal(journal) {
      set({ journal, verification: null, actions: await loadActions(journal) });
      await get().search({ ...get().filters, action: '' });
    },
    async search(filters) {
      const mine = ++ticket;
      set({ filters, loading: true, error: null });
      if (get().actions.length === 0) set({ actions: await loadActions(get().journal) });
      try {
        const page = await api.call('journal.search', { ...toInput(get().journal, filters), limit: pageSize });
        if (mine === ticket) set({ rows: page.rows, nextBefore: page.nextBefore, loading: false });
      } catch (err) {
        if (mine === ticket) set({ rows: [], nextBefore: null, loading: false, error: failureMessage(err) });
      }
    },
    async more() {
      const { nextBefore, journal, filters, loading } = get();
      if (nextBefore === null || loading) return;
      const mine = ++ticket;
      set({ loading: true });
      try {
        const page = await api.call('journal.search', { ...toInput(journal, filters), limit: pageSize, before: nextBefore });
        if (mine === ticket) set({ rows: [...get().rows, ...page.rows], nextBefore: page.nextBefore, loading: false });
      } catch (err) {
        if (mine === ticket) set({ loading: false, error: failureMessage(err) });
      }
    },
    async verify() {
      if (get().verifying) return;
      set({ verifying: true, verification: null, error: null });
      try {
        set({ verification: await api.call('journal.verify', { journal: get().journal }), verifying: false });
      } catch (err) {
        set({ verifying: false, error: failureMessage(err) });
      }
    },
    async exportAs(format) {
      if (get().exporting) return null;
      set({ exporting: true, error: null });
      try {
        const file = await api.call('journal.export', { ...toInput(get().journal, get().filters), format });
        set({ exporting: false });
        return file;
      } catch (err) {
        set({ exporting: false, error: failureMessage(err) });
        return null;
      }
    },
  }));
}
