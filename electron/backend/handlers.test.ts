// Handler tests through the dispatcher: valid and invalid payloads, roles, RNIV use cases, journal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleDraft, startTestBackend, type TestBackend } from './test-backend.js';

let t: TestBackend;
beforeEach(async () => {
  t = await startTestBackend();
});
afterEach(() => t.close());

const count = (sql: string) => (t.backend.context.db.prepare(sql).get() as { n: number }).n;

async function created() {
  const reply = await t.as('agent')('identity.create', { draft: sampleDraft });
  expect(reply.ok).toBe(true);
  return reply.value;
}

describe('dispatcher boundary', () => {
  it('refuses an unknown channel, a missing session and a malformed payload', async () => {
    expect(await t.backend.dispatch('identity.drop', {}, null)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await t.backend.dispatch('identity.search', { query: 'x' }, null)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await t.backend.dispatch('identity.search', { query: 'x' }, 'forged-token')).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await t.as('agent')('identity.get', { id: 'un' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await t.as('agent')('identity.create', { draft: { birthName: 12 } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('keeps referent channels from agents', async () => {
    expect(await t.as('agent')('journal.verify', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.as('ref')('journal.verify', {})).toMatchObject({ ok: true, value: { ok: true } });
  });

  it('journals a failed login and never says which part was wrong', async () => {
    const reply = await t.backend.dispatch('session.login', { username: 'agent', password: 'wrong' }, null);
    expect(reply).toMatchObject({ ok: false, error: { code: 'unauthenticated', message: 'Identifiant ou mot de passe incorrect.' } });
    expect(count("SELECT count(*) n FROM journal WHERE action = 'operator.login_failed'")).toBe(1);
  });
});

describe('identity.create', () => {
  it('stores the strict traits normalised, provisoire, with an IPP and a journal entry', async () => {
    const view = await created();
    expect(view).toMatchObject({
      birthName: "D'ARTAGNAN-LEFEVRE",
      birthFirstNames: 'ZOE ANAIS',
      firstBirthName: 'ZOE',
      birthDate: '1980-03-12',
      birthplace: { code: '63113', label: expect.stringContaining('Clermont-Ferrand') },
      status: 'provisoire',
      usedName: null,
      ins: null,
      traitsLocked: false,
    });
    expect(view.ipp).toMatch(/^P\d{7}$/);
    expect(view.missingForQualified.length).toBeGreaterThan(0);
    const history = await t.as('agent')('identity.history', { id: view.id });
    expect(history.value[0]).toMatchObject({ action: 'identity.create', operator: 'agent', workstation: 'POSTE-TEST' });
  });

  it.each([
    [{ birthName: 'Pérez 2' }, 'birthName', /2/],
    [{ birthDate: '30/02/2001' }, 'birthDate', /février/],
    [{ birthDate: '12/03/2031' }, 'birthDate', /futur/],
    [{ birthplaceCog: '12345' }, 'birthplaceCog', /12345/],
    [{ birthplaceCog: '' }, 'birthplaceCog', /INCONNU/],
    [{ firstBirthName: 'Anaïs' }, 'firstBirthName', /ZOE ANAIS/],
    [{ insMatricule: '180032B02040123' }, 'insMatricule', /INSi/],
  ])('refuses %j with a French message on the field, and saves nothing', async (patch, field, message) => {
    const reply = await t.as('agent')('identity.create', { draft: { ...sampleDraft, ...patch } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'validation' } });
    const issue = reply.error.issues.find((i: { field: string }) => i.field === field);
    expect(issue?.message).toMatch(message);
    expect(count('SELECT count(*) n FROM identities')).toBe(0);
    expect(count("SELECT count(*) n FROM journal WHERE entity = 'identity'")).toBe(0);
  });

  it('refuses an IPP already given', async () => {
    await t.as('agent')('identity.create', { draft: { ...sampleDraft, ipp: 'X1' } });
    const again = await t.as('agent')('identity.create', { draft: { ...sampleDraft, ipp: 'X1' } });
    expect(again).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ field: 'ipp' }] } });
  });
});

describe('identity.update', () => {
  it('refuses a stale version: the second window gets a conflict and nothing is lost', async () => {
    const view = await created();
    const first = await t.as('agent')('identity.update', { id: view.id, version: view.version, draft: { ...sampleDraft, usedName: 'Martin' } });
    expect(first.ok).toBe(true);
    const second = await t.as('agent2')('identity.update', { id: view.id, version: view.version, draft: { ...sampleDraft, usedName: 'Durand' } });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await t.as('agent')('identity.get', { id: view.id })).value.usedName).toBe('MARTIN');
  });

  it('locks strict traits once validée and downgrades nothing it should not', async () => {
    const view = await created();
    const checked = await t.as('agent')('identity.recordDocumentCheck', { id: view.id, version: view.version, deviceType: 'CN', validUntil: '01/01/2030' });
    expect(checked.value).toMatchObject({ status: 'validee', traitsLocked: true, documentCheck: { deviceType: 'CN', validUntil: '2030-01-01' } });
    const edit = { id: view.id, version: checked.value.version, draft: { ...sampleDraft, birthName: 'Dartagnan' } };
    expect(await t.as('agent')('identity.update', edit)).toMatchObject({ ok: false, error: { code: 'locked' } });
    const unlocked = await t.as('agent')('identity.update', { ...edit, unlockReason: 'Erreur de saisie du nom' });
    expect(unlocked.value).toMatchObject({ birthName: 'DARTAGNAN', status: 'validee' });
    const actions = (await t.as('agent')('identity.history', { id: view.id })).value.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['identity.create', 'identity.document_check', 'identity.traits_unlock', 'identity.update']);
  });
});

describe('document check and attributes', () => {
  it.each([
    ['PC', '01/01/2030', 'deviceType'],
    ['CN', '01/01/2020', 'validUntil'],
    ['CN', '31/02/2030', 'validUntil'],
    ['AN', '01/01/2030', 'deviceType'],
  ])('refuses device %s valid until %s', async (deviceType, validUntil, field) => {
    const view = await created();
    const reply = await t.as('agent')('identity.recordDocumentCheck', { id: view.id, version: view.version, deviceType, validUntil });
    expect(reply).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ field }] } });
  });

  it('douteuse forces provisoire and keeps the check; fictive cannot be added; only a referent removes another’s douteuse', async () => {
    const view = await created();
    const checked = await t.as('agent')('identity.recordDocumentCheck', { id: view.id, version: view.version, deviceType: 'PA', validUntil: '2031-05-01' });
    const doubtful = await t.as('agent')('identity.setAttribute', { id: view.id, version: checked.value.version, attribute: 'douteuse', value: true, reason: 'Patient confus' });
    expect(doubtful.value).toMatchObject({ status: 'provisoire', documentCheck: { deviceType: 'PA' }, attributes: [{ attribute: 'douteuse', reason: 'Patient confus' }] });
    const fictive = await t.as('agent')('identity.setAttribute', { id: view.id, version: doubtful.value.version, attribute: 'fictive', value: true, reason: 'Test' });
    expect(fictive).toMatchObject({ ok: false, error: { code: 'validation' } });
    const byOther = await t.as('agent2')('identity.setAttribute', { id: view.id, version: doubtful.value.version, attribute: 'douteuse', value: false, reason: 'Doute levé' });
    expect(byOther).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const byReferent = await t.as('ref')('identity.setAttribute', { id: view.id, version: doubtful.value.version, attribute: 'douteuse', value: false, reason: 'Doute levé' });
    expect(byReferent.value).toMatchObject({ status: 'validee', attributes: [] });
  });

  it('requires a reason for an attribute', async () => {
    const view = await created();
    const reply = await t.as('agent')('identity.setAttribute', { id: view.id, version: view.version, attribute: 'homonyme', value: true, reason: ' ' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('access journal and search', () => {
  it('journals every opening of a record', async () => {
    const view = await created();
    await t.as('agent')('identity.get', { id: view.id });
    await t.as('ref')('identity.get', { id: view.id });
    expect(count('SELECT count(*) n FROM access_journal')).toBe(2);
  });

  it('finds the identity by several query forms with the birthplace label', async () => {
    const view = await created();
    for (const query of ['dartagnan', 'lefevre zoe', '12031980', '12/03/1980 dar', view.ipp]) {
      const reply = await t.as('agent')('identity.search', { query });
      expect(reply.value.rows.map((r: { id: number }) => r.id), query).toContain(view.id);
    }
    const row = (await t.as('agent')('identity.search', { query: 'zoe' })).value.rows[0];
    expect(row.birthplaceLabel).toContain('Clermont-Ferrand');
  });
});

describe('modes', () => {
  it('refuses demo mode on a production database', async () => {
    const { openBackend } = await import('./app.js');
    const { ASSETS_DIR } = await import('./test-backend.js');
    const file = `${t.dir}/test.sqlite`;
    t.backend.close();
    await expect(openBackend({ dbFile: file, demo: true, assetsDir: ASSETS_DIR, sqliteBinding: null })).rejects.toThrow(/production/);
    t = await startTestBackend();
  });
});
