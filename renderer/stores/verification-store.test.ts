import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/contract/reply.js';
import { createApi } from '../api/client.js';
import { createMemoryTransport } from '../api/memory-transport.js';
import { createReviewStore, createVerificationStore, parseRate, type ReviewItem, type RunView, type VerificationStatus } from './verification-store.js';

const run = (over: Partial<RunView> = {}): RunView => ({
  id: 1, state: 'running', startedAt: '2026-11-23T09:30:00.000Z', startedBy: 'referent', finishedAt: null, ratePerSecond: 20,
  due: 10, done: 0, pending: 10, confirmed: 0, failed: 0, retried: 0, skipped: 0, throughput: null, etaSeconds: null, etaLabel: null, live: true, ...over,
});

describe('parseRate', () => {
  it.each([
    ['20', 20],
    ['0,5', 0.5],
    [' 1000 ', 1000],
    ['', 'Indiquez un nombre d’appels par seconde.'],
    ['vite', 'Indiquez un nombre d’appels par seconde.'],
    ['0', 'Le débit doit être compris entre 0,1 et 1000 appels par seconde.'],
    ['5000', 'Le débit doit être compris entre 0,1 et 1000 appels par seconde.'],
  ])('« %s » → %s', (raw, expected) => expect(parseRate(raw)).toBe(expected));
});

describe('verification store', () => {
  it('starts at the typed rate, polls while the run is live, and stops polling once it is done', async () => {
    let polls = 0;
    let status: VerificationStatus = { due: { total: 10, fourYears: 9, nia: 1 }, current: null, lastRuns: [] };
    const transport = createMemoryTransport({
      'verification.status': () => {
        polls++;
        if (polls === 3) status = { ...status, current: null, lastRuns: [run({ state: 'done', done: 10, pending: 0, confirmed: 8, failed: 2 })] };
        return status;
      },
      'verification.start': ({ ratePerSecond }) => {
        status = { ...status, current: run({ ratePerSecond }) };
        return status.current!;
      },
    });
    const store = createVerificationStore(createApi(transport), { pollMs: 5 });
    await store.getState().load();
    store.getState().setRate('0');
    await store.getState().start();
    expect(store.getState().error).toMatch(/entre 0,1 et 1000/);
    expect(transport.callsTo('verification.start')).toEqual([]);
    store.getState().setRate('50');
    await store.getState().start();
    expect(transport.callsTo('verification.start')).toEqual([{ ratePerSecond: 50 }]);
    await new Promise((r) => setTimeout(r, 60));
    expect(store.getState().status?.lastRuns[0]).toMatchObject({ state: 'done', confirmed: 8, failed: 2 });
    const settled = polls;
    await new Promise((r) => setTimeout(r, 30));
    expect(polls).toBe(settled);
    store.getState().dispose();
  });

  it('shows the backend refusal in French', async () => {
    const transport = createMemoryTransport({
      'verification.status': () => ({ due: { total: 0, fourYears: 0, nia: 0 }, current: null, lastRuns: [] }),
      'verification.start': () => {
        throw new AppError('unavailable', "Le téléservice INSi n'est pas configuré sur ce poste.");
      },
    });
    const store = createVerificationStore(createApi(transport));
    await store.getState().start();
    expect(store.getState().error).toBe("Le téléservice INSi n'est pas configuré sur ce poste.");
    expect(store.getState().busy).toBe(false);
  });
});

describe('review store', () => {
  const item = (id: number): ReviewItem => ({
    id, identityId: id, ipp: `P${id}`, birthName: 'HERMANN', birthFirstNames: 'GATIEN LOUIS', sex: 'M', birthDate: '1981-03-24', status: 'provisoire', identityVersion: 3,
    createdAt: '2026-11-23T09:30:00.000Z', createdBy: 'referent', reason: 'échec', outcome: null, acceptable: false, notAcceptableReason: 'rien à accepter',
  });

  it('opens an item, resolves it, then reads the list again; a refusal stays on the item', async () => {
    let items = [item(1), item(2)];
    const transport = createMemoryTransport({
      'review.list': () => ({ items, total: items.length }),
      'review.resolve': (input) => {
        if (input.decision === 'accept_insi') throw new AppError('validation', 'Seule une réponse INSi « 00 » peut être acceptée.');
        items = items.filter((i) => i.id !== input.id);
        return { closed: input.id, message: 'Identité locale conservée.' };
      },
    });
    const store = createReviewStore(createApi(transport));
    await store.getState().load();
    store.getState().open(1);
    expect(await store.getState().resolve({ decision: 'accept_insi', id: 1, version: 3 })).toBe('Seule une réponse INSi « 00 » peut être acceptée.');
    expect(store.getState().openId).toBe(1);
    expect(await store.getState().resolve({ decision: 'keep_local', id: 1, reason: 'pièce vue' })).toBeNull();
    expect(store.getState()).toMatchObject({ openId: null, notice: 'Identité locale conservée.', total: 1 });
    expect(store.getState().items?.map((i) => i.id)).toEqual([2]);
  });

  it('reads the queue a page at a time: « more » asks for the items after those shown', async () => {
    const all = Array.from({ length: 70 }, (_, i) => item(i + 1));
    const transport = createMemoryTransport({ 'review.list': ({ limit = 100, offset = 0 }) => ({ items: all.slice(offset, offset + limit), total: all.length }) });
    const store = createReviewStore(createApi(transport));
    await store.getState().load();
    expect(store.getState()).toMatchObject({ total: 70 });
    expect(store.getState().items).toHaveLength(50);
    await store.getState().more();
    expect(transport.callsTo('review.list')).toEqual([{ limit: 50, offset: 0 }, { limit: 50, offset: 50 }]);
    expect(store.getState().items?.map((i) => i.id)).toEqual(all.map((i) => i.id));
  });
});

