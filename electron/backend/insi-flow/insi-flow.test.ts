// The agent's INSi flow through the dispatcher, against the simulator on loopback: search (traits, automatic
// retries, first-name iteration, Vitale card), comparison, accept (byte for byte, INS, status, document check,
// unknown COG, collisions), refuse, concurrency, production refusal of test INS, verification and review queue.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startInsiMock, type InsiMock } from '../../../insi-mock/server.js';
import { openReviews } from '../../../db/repos/review-queue.js';
import type { TestBackend } from '../test-backend.js';
import { noCard, startInsiBackend } from './test-support.js';

let mock: InsiMock;
let t: TestBackend;
beforeAll(async () => {
  mock = await startInsiMock({ port: 0 });
});
afterAll(() => mock.close());
beforeEach(async () => {
  mock.admin.reset();
  t = await startInsiBackend(mock, { mode: 'demo' });
});
afterEach(async () => {
  await t.backend.close();
  t.close();
});

const db = () => t.backend.context.db;
const rows = (sql: string, ...p: unknown[]) => db().prepare(sql).all(...p) as any[];
const agent = () => t.as('agent');

async function identity(birthName: string, birthFirstNames: string, sex: string, birthDate: string, birthplaceCog: string, extra: object = {}) {
  const r = await agent()('identity.create', { draft: { birthName, birthFirstNames, firstBirthName: '', sex, birthDate, birthplaceCog, ...extra } });
  expect(r.ok, JSON.stringify(r.error)).toBe(true);
  return r.value;
}

const search = (identityId: number) => agent()('insi.search', { mode: 'traits', identityId, draft: null, ...noCard });
const accept = (callId: string, version: number | null, over: object = {}) =>
  agent()('insi.accept', { callId, version, acceptUnknownBirthplace: false, documentCheck: null, ...over });
const actions = async (id: number) => (await agent()('identity.history', { id })).value.map((e: { action: string }) => e.action);

describe('insi.search by traits', () => {
  it('ADRTROIS TOUSSAINT (old Corsican code) → 00, historique → accept → récupérée → document check → qualifiée', async () => {
    const local = await identity('ADRTROIS', 'TOUSSAINT', 'M', '01/01/1960', '20020');
    const found = await search(local.id);
    expect(found.ok).toBe(true);
    const o = found.value;
    expect(o).toMatchObject({ outcome: 'found', message: null, identityId: local.id, identityVersion: local.version, environment: 'qualification (simulateur)' });
    expect(o.attempts).toEqual([{ reason: 'Appel avec le prénom TOUSSAINT, sans lieu de naissance', sent: 'ADRTROIS / TOUSSAINT / M / 01/01/1960', result: '00', durationMs: expect.any(Number) }]);
    expect(o.returned).toMatchObject({ birthplaceCog: '2B020', birthplaceLabel: 'Aregno (2B)', matricule: '160012B02077713', oid: '1.2.250.1.213.1.4.8', kind: 'NIR', historyCount: 0 });
    const place = o.comparison.fields.find((f: { field: string }) => f.field === 'birthplace');
    expect(place).toMatchObject({ local: '20020', returned: '2B020', verdict: 'concordant_historique' });
    expect(o.comparison.allConcordant).toBe(true);
    expect(o.warnings[0]).toMatch(/RNIV/);

    // Every wire call journaled on the identity, with both frames.
    const calls = rows("SELECT payload FROM journal WHERE action = 'identity.insi_call' AND entity_id = ?", local.id).map((r) => JSON.parse(r.payload).d);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ callId: o.callId, cr: '00', endpoint: mock.url, sent: { birthName: 'ADRTROIS', firstName: 'TOUSSAINT' }, ins: { active: { matricule: '160012B02077713' } } });
    expect(calls[0].requestXml).toContain('ADRTROIS');
    expect(calls[0].responseXml).toContain('<CodeCR>00</CodeCR>');
    expect(rows('SELECT operator, workstation FROM journal WHERE action = ?', 'identity.insi_call')[0]).toEqual({ operator: 'agent', workstation: 'POSTE-TEST' });

    const accepted = await accept(o.callId, local.version);
    expect(accepted.ok, JSON.stringify(accepted.error)).toBe(true);
    expect(accepted.value).toMatchObject({ status: 'recuperee', insiVerified: true, insiVerifiedAt: '2026-11-23T09:30:00.000Z', birthplace: { code: '2B020' }, traitsLocked: true, ins: { matricule: null, oid: '1.2.250.1.213.1.4.8', invalidated: false } });
    expect(rows('SELECT matricule, oid, source, endpoint, history_json FROM ins WHERE identity_id = ?', local.id)).toEqual([
      { matricule: '160012B02077713', oid: '1.2.250.1.213.1.4.8', source: 'insi', endpoint: mock.url, history_json: '[]' },
    ]);
    expect(rows('SELECT traits_source FROM identities WHERE id = ?', local.id)[0].traits_source).toBe('insi');
    const entry = (await agent()('identity.history', { id: local.id })).value.at(-1);
    expect(entry.action).toBe('identity.insi_accept');
    expect(entry.changes).toEqual(expect.arrayContaining([
      { field: 'birthplaceCog', before: '20020', after: '2B020' },
      { field: 'status', before: 'provisoire', after: 'recuperee' },
      { field: 'insMatricule', before: null, after: '160012B02077713' },
    ]));

    const checked = await agent()('identity.recordDocumentCheck', { id: local.id, version: accepted.value.version, deviceType: 'PA', validUntil: '01/01/2030' });
    expect(checked.value).toMatchObject({ status: 'qualifiee', ins: { matricule: '160012B02077713' } });
  });

  it('accepts with the document check in the same step → qualifiée', async () => {
    const local = await identity('ADRTROIS', 'TOUSSAINT', 'M', '01/01/1960', '20020');
    const o = (await search(local.id)).value;
    const r = await accept(o.callId, local.version, { documentCheck: { deviceType: 'CN', validUntil: '31/12/2031' } });
    expect(r.value).toMatchObject({ status: 'qualifiee', documentCheck: { deviceType: 'CN', validUntil: '2031-12-31' } });
    expect(await actions(local.id)).toEqual(['identity.create', 'identity.insi_call', 'identity.insi_accept', 'identity.document_check']);
  });

  it('rolls everything back when the document check in the same step is refused', async () => {
    const local = await identity('ADRTROIS', 'TOUSSAINT', 'M', '01/01/1960', '20020');
    const o = (await search(local.id)).value;
    const r = await accept(o.callId, local.version, { documentCheck: { deviceType: 'PC', validUntil: '31/12/2031' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect((await agent()('identity.get', { id: local.id })).value).toMatchObject({ status: 'provisoire', birthplace: { code: '20020' }, version: local.version });
    expect((await accept(o.callId, local.version)).ok).toBe(true);
  });

  it('DE VINCI LEONARDO → 02 without birthplace → automatic retry with it → 00', async () => {
    const local = await identity('DE VINCI', 'LEONARDO', 'M', '01/02/2014', '63220');
    const o = (await search(local.id)).value;
    expect(o.outcome).toBe('found');
    expect(o.attempts.map((a: { reason: string; result: string; sent: string }) => [a.reason, a.sent, a.result])).toEqual([
      ['Appel avec le prénom LEONARDO, sans lieu de naissance', 'DE VINCI / LEONARDO / M / 01/02/2014', '02'],
      ['Relance automatique avec le lieu de naissance (plusieurs identités trouvées)', 'DE VINCI / LEONARDO / M / 01/02/2014 / 63220', '00'],
    ]);
    expect(o.comparison.allConcordant).toBe(true);
  });

  it('TCHITCHI OLA CATARINA BELLA → 00 on CATARINA; accepting stores INSi’s list byte for byte', async () => {
    const local = await identity('TCHITCHI', 'OLA CATARINA BELLA', 'F', '21/06/1936', '63220');
    const o = (await search(local.id)).value;
    expect(o.attempts.map((a: { result: string }) => a.result)).toEqual(['01', '00']);
    expect(o.comparison.fields.find((f: { field: string }) => f.field === 'birthFirstNames')).toMatchObject({ local: 'OLA CATARINA BELLA', returned: 'CATARINA BELLA', verdict: 'different' });
    const r = await accept(o.callId, local.version);
    expect(r.value).toMatchObject({ birthFirstNames: 'CATARINA BELLA', firstBirthName: 'CATARINA', status: 'recuperee' });
  });

  it('HOUILLES → 01 with the French advice; the answer cannot be accepted', async () => {
    const local = await identity('HOUILLES', 'PIERRE PAUL JACQUES', 'M', '27/01/1993', '63220');
    const o = (await search(local.id)).value;
    expect(o).toMatchObject({ outcome: 'not_found', returned: null, comparison: null, message: { audience: 'agent', title: 'Aucune identité trouvée par INSi' } });
    expect(o.attempts.map((a: { result: string }) => a.result)).toEqual(['01', '01', '01', '01']);
    expect(o.message.advice.join(' ')).toMatch(/carte Vitale/);
    expect(await accept(o.callId, local.version)).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(/00/) } });
  });

  it('a fault persona → clear message after the automatic retries, nothing changed', async () => {
    const local = await identity('VANDERMONDE', 'ARIANA', 'F', '17/06/1995', '77284');
    const o = (await search(local.id)).value;
    expect(o).toMatchObject({ outcome: 'failed', message: { title: 'Téléservice INSi temporairement indisponible' } });
    expect(o.attempts.map((a: { result: string; reason: string }) => a.result)).toEqual(['siram_40 / insi_102', 'siram_40 / insi_102', 'siram_40 / insi_102']);
    expect(o.attempts[1].reason).toMatch(/nouvelle tentative automatique n° 2/);
    expect((await agent()('identity.get', { id: local.id })).value).toMatchObject({ version: local.version, status: 'provisoire', ins: null });
    expect(rows("SELECT count(*) n FROM journal WHERE action = 'identity.insi_call'")[0].n).toBe(3);
  });

  it('a douteuse identity cannot call INSi (no call made)', async () => {
    const local = await identity('ADRTROIS', 'TOUSSAINT', 'M', '01/01/1960', '20020');
    await agent()('identity.setAttribute', { id: local.id, version: local.version, attribute: 'douteuse', value: true, reason: 'Pièce suspecte' });
    expect(await search(local.id)).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(/douteuse/) } });
    expect(mock.admin.calls()).toEqual([]);
  });
});

describe('decisions', () => {
  it('refuse journals the decision and changes nothing; the answer can then not be accepted', async () => {
    const local = await identity('ADRTROIS', 'TOUSSAINT', 'M', '01/01/1960', '20020');
    const o = (await search(local.id)).value;
    expect(await agent()('insi.refuse', { callId: o.callId, reason: 'Le patient conteste le lieu de naissance' })).toEqual({ ok: true, value: {} });
    const view = (await agent()('identity.get', { id: local.id })).value;
    expect(view).toMatchObject({ version: local.version, status: 'provisoire', birthplace: { code: '20020' }, ins: null });
    const last = (await agent()('identity.history', { id: local.id })).value.at(-1);
    expect(last).toMatchObject({ action: 'identity.insi_reject', reason: 'Le patient conteste le lieu de naissance' });
    expect(await accept(o.callId, local.version)).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('an answer is accepted once only', async () => {
    const local = await identity('ADRTROIS', 'TOUSSAINT', 'M', '01/01/1960', '20020');
    const o = (await search(local.id)).value;
    const first = await accept(o.callId, local.version);
    expect(first.ok).toBe(true);
    expect(await accept(o.callId, first.value.version)).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/déjà été acceptée/) } });
  });

  it('a stale version is a conflict (the record changed after the call)', async () => {
    const local = await identity('ADRTROIS', 'TOUSSAINT', 'M', '01/01/1960', '20020');
    const o = (await search(local.id)).value;
    await t.as('agent2')('identity.update', { id: local.id, version: local.version, draft: { birthName: 'ADRTROIS', birthFirstNames: 'TOUSSAINT', sex: 'M', birthDate: '01/01/1960', birthplaceCog: '20020', usedName: 'MARTIN' } });
    expect(await accept(o.callId, local.version)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const fresh = (await agent()('identity.get', { id: local.id })).value;
    expect(await accept(o.callId, fresh.version)).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/relancez/) } });
    expect(fresh).toMatchObject({ status: 'provisoire', ins: null });
  });

  it('a COG absent from our reference is stored only when the agent accepts it explicitly', async () => {
    const local = await identity('ADRTROIS', 'DOMINIQUE', 'F', '26/02/1997', '2A004');
    const o = (await search(local.id)).value;
    expect(o.returned).toMatchObject({ birthplaceCog: '2A020', birthplaceLabel: '2A020 (absent du référentiel INSEE)' });
    expect(o.comparison.returnedBirthplaceUnknown).toBe(true);
    expect(await accept(o.callId, local.version)).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ field: 'birthplaceCog' }] } });
    const r = await accept(o.callId, local.version, { acceptUnknownBirthplace: true });
    expect(r.value).toMatchObject({ status: 'recuperee', birthplace: { code: '2A020', label: '2A020 (accepté depuis INSi)', kind: 'hors-referentiel' } });
  });

  it('the same INS on two records is a blocking alert naming the other IPP', async () => {
    const a = await identity('ADRTROIS', 'TOUSSAINT', 'M', '01/01/1960', '20020', { ipp: 'IPP-A' });
    const b = await identity('ADRTROIS', 'TOUSSAINT', 'M', '01/01/1960', '2B020', { ipp: 'IPP-B' });
    const oa = (await search(a.id)).value;
    const ob = (await search(b.id)).value;
    expect((await accept(oa.callId, a.version)).ok).toBe(true);
    expect(await accept(ob.callId, b.version)).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(/IPP IPP-A/) } });
    expect((await agent()('identity.get', { id: b.id })).value.ins).toBeNull();
  });

  it('a new patient (draft) is created from INSi’s traits with the used names typed at the desk', async () => {
    const draft = { birthName: 'Tchitchi', birthFirstNames: 'Ola Catarina Bella', firstBirthName: '', sex: 'F', birthDate: '21/06/1936', birthplaceCog: '63220', usedName: 'Durand' };
    const o = (await agent()('insi.search', { mode: 'traits', identityId: null, draft, ...noCard })).value;
    expect(o).toMatchObject({ outcome: 'found', identityId: null, identityVersion: null });
    expect(rows("SELECT entity, entity_id FROM journal WHERE action = 'identity.insi_call'")).toEqual([
      { entity: 'system', entity_id: null },
      { entity: 'system', entity_id: null },
    ]);
    const r = await accept(o.callId, null, { usedFirstName: 'Cathy' });
    expect(r.value).toMatchObject({ birthName: 'TCHITCHI', birthFirstNames: 'CATARINA BELLA', firstBirthName: 'CATARINA', usedName: 'DURAND', usedFirstName: 'CATHY', status: 'recuperee' });
    expect(await actions(r.value.id)).toEqual(['identity.create', 'identity.insi_accept', 'identity.insi_call']);
    expect(rows('SELECT decision, result_identity_id FROM insi_answers WHERE call_id = ?', o.callId)).toEqual([{ decision: 'accepted', result_identity_id: r.value.id }]);
    // The same person again as a new patient: blocking alert.
    const again = (await agent()('insi.search', { mode: 'traits', identityId: null, draft, ...noCard })).value;
    expect(await accept(again.callId, null)).toMatchObject({ ok: false, error: { message: expect.stringMatching(new RegExp(`IPP ${r.value.ipp}`)) } });
  });
});

describe('Vitale card', () => {
  it('lists the virtual cards and finds a twin by her rank; a new patient is created from the answer', async () => {
    const cards = (await agent()('insi.cards', {})).value;
    const card = cards.find((c: { id: string }) => c.id === 'carte-virtuelle-2');
    expect(card.beneficiaries.map((b: { label: string }) => b.label)).toContain('MARTIN-VIRTUEL LEA — 03/09/2016 (rang 2)');
    const o = (await agent()('insi.search', { mode: 'vitale', identityId: null, draft: null, cardId: 'carte-virtuelle-2', beneficiaryIndex: 2 })).value;
    expect(o).toMatchObject({ outcome: 'found', returned: { birthName: 'MARTIN-VIRTUEL', birthFirstNames: 'LEA', sex: 'F', birthDate: '2016-09-03' } });
    expect(o.attempts[0]).toMatchObject({ reason: 'Interrogation par carte Vitale', result: '00' });
    const r = await accept(o.callId, null);
    expect(r.value).toMatchObject({ birthName: 'MARTIN-VIRTUEL', status: 'recuperee' });
    const other = (await agent()('insi.search', { mode: 'vitale', identityId: null, draft: null, cardId: 'carte-virtuelle-2', beneficiaryIndex: 3 })).value;
    expect(other).toMatchObject({ outcome: 'not_found' });
    expect(await agent()('insi.search', { mode: 'vitale', identityId: null, draft: null, cardId: 'carte-virtuelle-2', beneficiaryIndex: 9 })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
  it('for an existing identity: the chosen beneficiary is compared with the fiche, the used name is kept', async () => {
    const local = await identity('ADRUN', 'ZOE', 'F', '31/12/1975', '63220', { usedName: 'Dupont' });
    const o = (await agent()('insi.search', { mode: 'vitale', identityId: local.id, draft: null, cardId: 'carte-virtuelle-1', beneficiaryIndex: 0 })).value;
    expect(o).toMatchObject({ outcome: 'found', identityId: local.id, comparison: { allConcordant: true } });
    const r = await accept(o.callId, local.version);
    expect(r.value).toMatchObject({ status: 'recuperee', usedName: 'DUPONT', birthName: 'ADRUN' });
    expect(await t.as('ref')('journal.verify', {})).toMatchObject({ ok: true, value: { ok: true } });
  });
});

describe('verification', () => {
  async function recovered() {
    const local = await identity('ADRTROIS', 'TOUSSAINT', 'M', '01/01/1960', '20020');
    const o = (await search(local.id)).value;
    return (await accept(o.callId, local.version)).value;
  }

  it('confirmed → INSi+ kept and refreshed, journaled', async () => {
    const view = await recovered();
    const r = await agent()('insi.verify', { identityId: view.id });
    expect(r.value).toMatchObject({ verdict: 'confirmed', identity: { status: 'recuperee', insiVerifiedAt: '2026-11-23T09:30:00.000Z' } });
    expect(r.value.message).toMatch(/INS confirmée/);
    expect((await agent()('identity.history', { id: view.id })).value.at(-1)).toMatchObject({ action: 'identity.insi_verify' });
    expect(openReviews(db())).toEqual([]);
  });

  it('failed → INSi+ dropped (récupérée → provisoire) and the identity queued for a referent', async () => {
    const view = await recovered();
    mock.admin.configure({ oids: 'test' });
    const r = await agent()('insi.verify', { identityId: view.id });
    expect(r.value).toMatchObject({ verdict: 'failed', identity: { status: 'provisoire', insiVerifiedAt: null } });
    expect(r.value.message).toMatch(/référent/);
    const queue = openReviews(db());
    expect(queue).toMatchObject([{ identityId: view.id, kind: 'insi_verify_failed', status: 'open', createdBy: 'agent' }]);
    const last = (await agent()('identity.history', { id: view.id })).value.at(-1);
    expect(last).toMatchObject({ action: 'identity.insi_verify', changes: expect.arrayContaining([{ field: 'status', before: 'recuperee', after: 'provisoire' }]) });
    expect(rows("SELECT mode, outcome FROM insi_answers WHERE mode = 'verify'")).toEqual([{ mode: 'verify', outcome: 'found' }]);
  });

  it('unavailable → nothing downgraded, French message', async () => {
    const view = await recovered();
    mock.admin.inject({ kind: 'fault', fault: 'siram_40_insi_102', times: 'always' });
    const r = await agent()('insi.verify', { identityId: view.id });
    expect(r.value).toMatchObject({ verdict: 'unavailable', identity: { status: 'recuperee', version: view.version } });
    expect(r.value.message).toMatch(/indisponible.*Rien n'a été modifié/);
    expect(openReviews(db())).toEqual([]);
  });
});

describe('environments', () => {
  it('a production database refuses an INS obtained from a test endpoint', async () => {
    await t.backend.close();
    t.close();
    t = await startInsiBackend(mock, { mode: 'production', environment: 'qualification' });
    const local = await identity('ADRTROIS', 'TOUSSAINT', 'M', '01/01/1960', '20020');
    const o = (await search(local.id)).value;
    expect(o.outcome).toBe('found');
    expect(await accept(o.callId, local.version)).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/base de production.*qualification/) } });
    expect((await agent()('identity.get', { id: local.id })).value).toMatchObject({ status: 'provisoire', ins: null });
  });
});
