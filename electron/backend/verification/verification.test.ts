// The periodic re-verification through the dispatcher, against the simulator on loopback: due list by reason (4
// years, NIA on an event), a batch with confirmed and failed outcomes, the review queue (keep local with a reason,
// accept INSi's identity), INSi unavailable (retried, nothing downgraded), pause / resume / cancel, stop on close,
// payload validation and role refusals.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startInsiMock, type InsiMock } from '../../../insi-mock/server.js';
import type { Clock } from '../context.js';
import { noCard, startInsiBackend } from '../insi-flow/test-support.js';
import type { TestBackend } from '../test-backend.js';
import { activeRunner } from './service.js';

let mock: InsiMock;
let t: TestBackend;
let nowMs: number;
const clock: Clock = { now: () => new Date(nowMs).toISOString(), today: () => new Date(nowMs).toISOString().slice(0, 10) };

beforeAll(async () => {
  mock = await startInsiMock({ port: 0 });
});
afterAll(() => mock.close());
beforeEach(async () => {
  mock.admin.reset();
  nowMs = Date.parse('2026-11-23T09:30:00.000Z');
  t = await startInsiBackend(mock, { mode: 'demo' });
  t.backend.context.clock = clock;
});
afterEach(async () => {
  await t.backend.close();
  t.close();
});

const db = () => t.backend.context.db;
const rows = (sql: string, ...p: unknown[]) => db().prepare(sql).all(...p) as any[];
const agent = () => t.as('agent');
const ref = () => t.as('ref');
const FIVE_YEARS_AGO = '2021-10-01T08:00:00.000Z';

/** An identity made récupérée through the real INSi flow, then aged (its last INSi operation 5 years ago). */
async function insiIdentity(birthName: string, birthFirstNames: string, sex: string, birthDate: string, cog: string, aged = true) {
  const created = await agent()('identity.create', { draft: { birthName, birthFirstNames, firstBirthName: '', sex, birthDate, birthplaceCog: cog } });
  expect(created.ok, JSON.stringify(created.error)).toBe(true);
  const found = await agent()('insi.search', { mode: 'traits', identityId: created.value.id, draft: null, ...noCard });
  expect(found.value.outcome).toBe('found');
  const accepted = await agent()('insi.accept', { callId: found.value.callId, version: created.value.version, acceptUnknownBirthplace: false, documentCheck: null });
  expect(accepted.ok, JSON.stringify(accepted.error)).toBe(true);
  if (aged) db().prepare('UPDATE identities SET insi_verified_at = ? WHERE id = ?').run(FIVE_YEARS_AGO, created.value.id);
  return accepted.value.id as number;
}

async function settle(): Promise<any> {
  for (let i = 0; i < 400; i++) {
    const s = (await ref()('verification.status', {})).value;
    if (!s.current) return s;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('run did not finish');
}

const verifyEntries = (id: number) => rows("SELECT count(*) AS n FROM journal WHERE action = 'identity.insi_verify' AND entity_id = ?", id)[0].n;

describe('due list', () => {
  it('counts 4-year identities and NIA identities opened at the desk; excludes recent, merged and NIA without event', async () => {
    const old = await insiIdentity('ADRTROIS', 'TOUSSAINT', 'M', '01/01/1960', '20020');
    await insiIdentity('ADRDEUX', 'LAURENT', 'M', '01/01/1981', '63220', false);
    const nia = await insiIdentity('PROVISOIRE', 'MATRICULE', 'M', '01/07/2009', '63220', false);
    const merged = await insiIdentity('ADRUN', 'ZOE', 'F', '31/12/1975', '63220');
    db().prepare('UPDATE identities SET merged_into = ? WHERE id = ?').run(old, merged);
    expect((await ref()('verification.status', {})).value.due).toEqual({ total: 1, fourYears: 1, nia: 0 });

    expect((await agent()('identity.get', { id: nia })).ok).toBe(true);
    expect(rows('SELECT identity_id, reason, requested_by FROM verification_requests')).toEqual([{ identity_id: nia, reason: 'ouverture', requested_by: 'agent' }]);
    await agent()('identity.get', { id: nia });
    expect(rows('SELECT count(*) AS n FROM verification_requests')[0].n).toBe(1);
    // Opening a NIR record queues nothing.
    await agent()('identity.get', { id: old });
    expect((await ref()('verification.status', {})).value.due).toEqual({ total: 2, fourYears: 1, nia: 1 });
  });

  it('an edit of a NIA record queues it too', async () => {
    const nia = await insiIdentity('PROVISOIRE', 'MATRICULE', 'M', '01/07/2009', '63220', false);
    const view = (await agent()('identity.get', { id: nia })).value;
    db().prepare('DELETE FROM verification_requests').run();
    const r = await agent()('identity.update', { id: nia, version: view.version, draft: { birthName: 'PROVISOIRE', birthFirstNames: 'MATRICULE', firstBirthName: '', sex: 'M', birthDate: '01/07/2009', birthplaceCog: '63220', usedName: 'DURAND', usedFirstName: '' } });
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    expect(rows('SELECT reason FROM verification_requests')).toEqual([{ reason: 'modification' }]);
  });
});

describe('batch', () => {
  it('confirms, fails into the review queue, and the referent resolves both ways', async () => {
    const ok1 = await insiIdentity('ADRTROIS', 'TOUSSAINT', 'M', '01/01/1960', '20020');
    const nia = await insiIdentity('PROVISOIRE', 'MATRICULE', 'M', '01/07/2009', '63220', false);
    await agent()('identity.get', { id: nia });
    const bad1 = await insiIdentity('ADRUN', 'ZOE', 'F', '31/12/1975', '63220');
    const bad2 = await insiIdentity('NESSI', 'MICHELANGELO ANTHONY', 'M', '07/08/2010', '63220');
    // INSi's base changed since the acceptance (a first name added), as seen from the stored traits.
    db().prepare("UPDATE identities SET birth_first_names = 'ZOE MARIE' WHERE id = ?").run(bad1);
    db().prepare("UPDATE identities SET birth_date = '2010-08-08' WHERE id = ?").run(bad2);

    const start = await ref()('verification.start', { ratePerSecond: 500 });
    expect(start.ok, JSON.stringify(start.error)).toBe(true);
    expect(start.value).toMatchObject({ state: 'running', due: 4, ratePerSecond: 500, startedBy: 'ref' });
    const s = await settle();
    expect(s.lastRuns[0]).toMatchObject({ state: 'done', due: 4, done: 4, confirmed: 2, failed: 2, retried: 0, skipped: 0, pending: 0 });
    expect(s.due).toEqual({ total: 0, fourYears: 0, nia: 0 });
    expect(rows('SELECT id, status, insi_verified_at AS v FROM identities WHERE id IN (?, ?) ORDER BY id', ok1, nia)).toEqual([
      { id: ok1, status: 'recuperee', v: clock.now() },
      { id: nia, status: 'recuperee', v: clock.now() },
    ]);
    expect(rows('SELECT count(*) AS n FROM verification_requests')[0].n).toBe(0);
    for (const id of [ok1, nia, bad1, bad2]) expect(verifyEntries(id)).toBe(1);
    expect(rows("SELECT operator FROM journal WHERE action = 'identity.insi_verify'").every((r) => r.operator === 'ref')).toBe(true);
    expect(rows("SELECT count(*) AS n FROM journal WHERE action = 'system.verification_run'")[0].n).toBe(2);

    const list = (await ref()('review.list', {})).value;
    expect(list.total).toBe(2);
    const [first, second] = list.items;
    const page2 = (await ref()('review.list', { limit: 1, offset: 1 })).value;
    expect(page2).toMatchObject({ total: 2, items: [{ id: second.id }] });
    expect(first).toMatchObject({ identityId: bad1, status: 'provisoire', acceptable: true, outcome: { outcome: 'found', returned: { birthFirstNames: 'ZOE' } } });
    expect(first.outcome.comparison.fields.find((f: any) => f.field === 'birthFirstNames')).toMatchObject({ local: 'ZOE MARIE', returned: 'ZOE', verdict: 'different' });
    // The retrieval was made with the record's own traits (seed §3.2), and is shown to the referent.
    expect(first.outcome.attempts[0]).toMatchObject({ sent: 'ADRUN / ZOE / F / 31/12/1975', result: '00' });
    expect(second).toMatchObject({ identityId: bad2, acceptable: false, outcome: { outcome: 'not_found', comparison: null } });

    // Keep local needs a reason (invalid payload changes nothing).
    const noReason = await ref()('review.resolve', { decision: 'keep_local', id: second.id, reason: ' ' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const kept = await ref()('review.resolve', { decision: 'keep_local', id: second.id, reason: 'Pièce vérifiée : date correcte' });
    expect(kept).toMatchObject({ ok: true, value: { closed: second.id } });
    expect(await ref()('review.resolve', { decision: 'keep_local', id: second.id, reason: 'encore' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    // Nothing to accept on a « not found ».
    const stale = await ref()('review.resolve', { decision: 'accept_insi', id: first.id, version: first.identityVersion - 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const accepted = await ref()('review.resolve', { decision: 'accept_insi', id: first.id, version: first.identityVersion });
    expect(accepted.ok, JSON.stringify(accepted.error)).toBe(true);
    expect(rows('SELECT birth_first_names AS n, status FROM identities WHERE id = ?', bad1)).toEqual([{ n: 'ZOE', status: 'recuperee' }]);
    expect((await ref()('review.list', {})).value.total).toBe(0);
    const resolutions = rows("SELECT entity_id, reason FROM journal WHERE action = 'identity.review_resolve' ORDER BY seq");
    expect(resolutions).toEqual([
      { entity_id: bad2, reason: 'Pièce vérifiée : date correcte' },
      { entity_id: bad1, reason: null },
    ]);
    expect((await ref()('journal.verify', {})).value.ok).toBe(true);
  });

  it('INSi unavailable: retried later, nothing downgraded; given up after the last try and still due', async () => {
    const id = await insiIdentity('ADRTROIS', 'TOUSSAINT', 'M', '01/01/1960', '20020');
    mock.admin.inject({ kind: 'fault', fault: 'siram_40_desir_1020', times: 'always' });
    await ref()('verification.start', { ratePerSecond: 1000 });
    for (let i = 0; i < 200 && rows("SELECT attempts FROM verification_items")[0].attempts < 1; i++) await new Promise((r) => setTimeout(r, 10));
    expect(rows('SELECT state, attempts, next_attempt_at AS n FROM verification_items')).toEqual([{ state: 'pending', attempts: 1, n: new Date(nowMs + 2000).toISOString() }]);
    expect(rows('SELECT status, insi_verified_at AS v FROM identities WHERE id = ?', id)).toEqual([{ status: 'recuperee', v: FIVE_YEARS_AGO }]);
    expect((await ref()('verification.status', {})).value.current).toMatchObject({ state: 'running', retried: 1, live: true });
    // Time passes: every retry fails until the last one.
    for (let i = 0; i < 400 && rows("SELECT state FROM verification_items")[0].state !== 'unavailable'; i++) {
      nowMs += 60_000;
      await new Promise((r) => setTimeout(r, 10));
    }
    const s = await settle();
    expect(s.lastRuns[0]).toMatchObject({ state: 'done', due: 1, confirmed: 0, failed: 0, retried: 1 });
    expect(rows('SELECT status, insi_verified_at AS v FROM identities WHERE id = ?', id)).toEqual([{ status: 'recuperee', v: FIVE_YEARS_AGO }]);
    expect(verifyEntries(id)).toBe(0);
    expect(s.due.total).toBe(1);
  });

  it('pause, resume, cancel; a second start resumes the unfinished run; closing the backend stops the runner', async () => {
    for (const [n, f, sex, d, cog] of [['ADRTROIS', 'TOUSSAINT', 'M', '01/01/1960', '20020'], ['ADRUN', 'ZOE', 'F', '31/12/1975', '63220'], ['ADRDEUX', 'LAURENT', 'M', '01/01/1981', '63220']] as const) {
      await insiIdentity(n, f, sex, d, cog);
    }
    const started = await ref()('verification.start', { ratePerSecond: 0.1 });
    expect(started.value).toMatchObject({ due: 3, live: true });
    const paused = await ref()('verification.pause', {});
    expect(paused.value).toMatchObject({ state: 'paused' });
    expect(await ref()('verification.pause', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await activeRunner(t.backend.context)?.finished;
    const resumed = await ref()('verification.resume', {});
    expect(resumed.value).toMatchObject({ id: started.value.id, state: 'running' });
    expect(await ref()('verification.start', { ratePerSecond: 0.1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const cancelled = await ref()('verification.cancel', {});
    expect(cancelled.value).toMatchObject({ state: 'cancelled' });
    await activeRunner(t.backend.context)?.finished;
    const s = (await ref()('verification.status', {})).value;
    expect(s.current).toBeNull();
    expect(s.lastRuns[0].done + s.lastRuns[0].pending).toBe(3);

    const again = await ref()('verification.start', { ratePerSecond: 0.1 });
    expect(again.value).toMatchObject({ id: started.value.id + 1, due: 3 - s.lastRuns[0].confirmed, state: 'running' });
    expect(again.value.due).toBeGreaterThan(0);
    const runner = activeRunner(t.backend.context)!;
    await t.backend.close();
    await runner.finished;
    expect(activeRunner(t.backend.context)).toBeNull();
  });
});

describe('contract', () => {
  it('refuses an agent on every referent channel', async () => {
    for (const [channel, input] of [
      ['verification.status', {}],
      ['verification.start', { ratePerSecond: 5 }],
      ['verification.pause', {}],
      ['verification.resume', {}],
      ['verification.cancel', {}],
      ['review.list', {}],
      ['review.refresh', { id: 1 }],
      ['review.resolve', { decision: 'keep_local', id: 1, reason: 'motif' }],
    ] as const) {
      expect(await agent()(channel, input)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(rows('SELECT count(*) AS n FROM verification_runs')[0].n).toBe(0);
  });

  it('rejects bad payloads with a French message and changes nothing', async () => {
    expect(await ref()('verification.start', { ratePerSecond: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await ref()('verification.start', { ratePerSecond: 'vite' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await ref()('verification.start', {})).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^Requête invalide/) } });
    expect(await ref()('review.resolve', { decision: 'merge', id: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await ref()('review.resolve', { decision: 'keep_local', id: 99, reason: 'motif valable' })).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/file de revue/) } });
    expect(await ref()('verification.pause', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(rows('SELECT count(*) AS n FROM verification_runs')[0].n).toBe(0);
  });

  it('a run on an empty due list ends at once', async () => {
    const r = await ref()('verification.start', { ratePerSecond: 20 });
    expect(r.value).toMatchObject({ state: 'done', due: 0 });
  });
});
