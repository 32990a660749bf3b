// identity.duplicateCandidates and the journaled « Créer quand même » of identity.create, through the dispatcher.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleDraft, startTestBackend, type TestBackend } from '../test-backend.js';

let t: TestBackend;
beforeEach(async () => {
  t = await startTestBackend();
});
afterEach(() => t.close());

const agent = () => t.as('agent');

describe('identity.duplicateCandidates', () => {
  it('finds the existing identity behind a small difference, with French reasons', async () => {
    const existing = (await agent()('identity.create', { draft: sampleDraft })).value;
    const typo = { ...sampleDraft, birthName: `${sampleDraft.birthName}X` };
    const reply = await agent()('identity.duplicateCandidates', { draft: typo });
    expect(reply.ok).toBe(true);
    expect(reply.value.typed).toMatchObject({ birthName: "D'ARTAGNAN-LEFEVREX", birthDate: '1980-03-12' });
    expect(reply.value.candidates).toHaveLength(1);
    expect(reply.value.candidates[0]).toMatchObject({ identity: { id: existing.id, ipp: existing.ipp } });
    expect(reply.value.candidates[0].reasons).toContainEqual({ code: 'typo', label: 'Faute de frappe' });
  });

  it('finds a record whose day and month were swapped, and none for someone else', async () => {
    await agent()('identity.create', { draft: sampleDraft });
    const [y, m, d] = String(sampleDraft.birthDate).includes('/')
      ? String(sampleDraft.birthDate).split('/').reverse()
      : String(sampleDraft.birthDate).split('-');
    const swapped = { ...sampleDraft, birthDate: `${m}/${d}/${y}` };
    const found = await agent()('identity.duplicateCandidates', { draft: swapped });
    expect(found.value.candidates.map((c: { reasons: { code: string }[] }) => c.reasons.map((r) => r.code)).flat()).toContain('day_month_swapped');
    const other = await agent()('identity.duplicateCandidates', { draft: { ...sampleDraft, birthName: 'ZYNKOWSKA', birthFirstNames: 'OLGA' } });
    expect(other.value.candidates).toEqual([]);
  });

  it('has no candidates for an invalid draft, and refuses a malformed one', async () => {
    expect((await agent()('identity.duplicateCandidates', { draft: { ...sampleDraft, birthDate: '' } })).value).toEqual({ typed: null, candidates: [] });
    expect(await agent()('identity.duplicateCandidates', { draft: { birthName: 1 } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('needs a session', async () => {
    expect(await t.backend.dispatch('identity.duplicateCandidates', { draft: sampleDraft }, null)).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
  });
});

describe('identity.create past the candidates', () => {
  it('journals that the agent saw the candidates and chose to create', async () => {
    const existing = (await agent()('identity.create', { draft: sampleDraft })).value;
    const created = await agent()('identity.create', { draft: sampleDraft, duplicateCandidatesSeen: [existing.id] });
    expect(created.ok).toBe(true);
    const history = (await agent()('identity.history', { id: created.value.id })).value;
    expect(history[0].reason).toMatch(new RegExp(`1 identité\\(s\\).*${existing.ipp}`));
  });

  it('refuses an unknown candidate id and creates nothing', async () => {
    const before = (t.backend.context.db.prepare('SELECT count(*) AS n FROM identities').get() as { n: number }).n;
    const reply = await agent()('identity.create', { draft: sampleDraft, duplicateCandidatesSeen: [424242] });
    expect(reply).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect((t.backend.context.db.prepare('SELECT count(*) AS n FROM identities').get() as { n: number }).n).toBe(before);
  });
});
