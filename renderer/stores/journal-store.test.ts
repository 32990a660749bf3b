import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/contract/reply.js';
import { createApi } from '../api/client.js';
import { createMemoryTransport } from '../api/memory-transport.js';
import { createJournalStore, EMPTY_FILTERS, type JournalRowView } from './journal-store.js';

const row = (seq: number, operator = 'alice'): JournalRowView => ({
  seq, at: '2026-11-23T09:30:00.000Z', operator, workstation: 'P', action: 'identity.update', label: 'Modification des traits', ipp: 'P0000001', reason: null, changes: [],
});

function setup() {
  const all = Array.from({ length: 7 }, (_, i) => row(7 - i, i % 2 ? 'bob' : 'alice'));
  const transport = createMemoryTransport({
    'journal.actions': ({ journal }) => (journal === 'journal' ? [{ action: 'identity.update', label: 'Modification des traits' }] : [{ action: 'open', label: 'Ouverture du dossier' }]),
    'journal.search': ({ operator, ipp, before, limit = 50 }) => {
      if (ipp === 'P404') throw new AppError('not_found', "Aucune identité ne porte l'IPP « P404 » (ni comme ancien IPP).");
      const rows = all.filter((r) => (!operator || r.operator === operator) && r.seq < (before ?? Infinity));
      return { rows: rows.slice(0, limit), nextBefore: rows.length > limit ? rows[limit - 1]!.seq : null, tookMs: 1 };
    },
    'journal.verify': ({ journal }) => ({ entries: 7, ok: journal !== 'access', firstBrokenSeq: journal === 'access' ? 3 : null, message: journal === 'access' ? 'Journal des accès altéré à l’entrée n° 3' : 'Journal intègre : 7 entrées vérifiées, chaînage continu.' }),
    'journal.export': ({ journal, format, operator }) => ({ fileName: `${journal}.${format}`, mimeType: 'text/csv', content: `x${operator ?? ''}`, entries: 2 }),
  });
  return { transport, store: createJournalStore(createApi(transport), 3) };
}

describe('journal store', () => {
  it('searches with trimmed filters only, pages on with the keyset, and keeps the filters for the export', async () => {
    const { transport, store } = setup();
    await store.getState().search({ ...EMPTY_FILTERS, operator: ' alice ' });
    expect(transport.callsTo('journal.search')).toEqual([{ journal: 'journal', operator: 'alice', limit: 3 }]);
    expect(store.getState().rows.map((r) => r.seq)).toEqual([7, 5, 3]);
    expect(store.getState().actions).toEqual([{ action: 'identity.update', label: 'Modification des traits' }]);
    await store.getState().more();
    expect(store.getState().rows.map((r) => r.seq)).toEqual([7, 5, 3, 1]);
    expect(store.getState().nextBefore).toBeNull();
    await store.getState().more();
    expect(transport.callsTo('journal.search')).toHaveLength(2);
    expect(await store.getState().exportAs('csv')).toEqual({ fileName: 'journal.csv', mimeType: 'text/csv', content: 'xalice', entries: 2 });
  });

  it('shows a refusal, verifies the journal shown and switches journal', async () => {
    const { store } = setup();
    await store.getState().search({ ...EMPTY_FILTERS, ipp: 'P404' });
    expect(store.getState()).toMatchObject({ rows: [], error: "Aucune identité ne porte l'IPP « P404 » (ni comme ancien IPP)." });
    await store.getState().verify();
    expect(store.getState().verification).toMatchObject({ ok: true });
    await store.getState().setJournal('access');
    expect(store.getState()).toMatchObject({ journal: 'access', verification: null, actions: [{ action: 'open', label: 'Ouverture du dossier' }] });
    await store.getState().verify();
    expect(store.getState().verification).toMatchObject({ ok: false, firstBrokenSeq: 3 });
  });
});
