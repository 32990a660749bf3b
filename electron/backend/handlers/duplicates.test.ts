// Handler tests of the « Doublons » channels through the dispatcher: roles, payloads, scan → review →
// merge → search by the old IPP → undo, and the decisions distinct / homonyme.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INS_OIDS } from '../../../core/identity/nir.js';
import { setActiveIns } from '../../../db/repos/ins.js';
import { sampleDraft, startTestBackend, type TestBackend } from '../test-backend.js';

let t: TestBackend;
beforeEach(async () => {
  t = await startTestBackend();
});
afterEach(() => t.close());

const ref = () => t.as('ref');
const count = (sql: string) => (t.backend.context.db.prepare(sql).get() as { n: number }).n;

async function twoRecordsOfOnePerson() {
  const first = await t.as('agent')('identity.create', { draft: sampleDraft });
  const second = await t.as('agent')('identity.create', { draft: { ...sampleDraft, birthName: 'Dartagnan-Lefevre', usedName: 'Dupont' } });
  expect(first.ok && second.ok).toBe(true);
  return { a: first.value, b: second.value };
}

async function scannedPair() {
  const records = await twoRecordsOfOnePerson();
  const scan = await ref()('duplicates.scan', {});
  expect(scan).toMatchObject({ ok: true, value: { scanned: 2, newPairs: 1 } });
  const list = await ref()('duplicates.list', {});
  expect(list.value.pairs).toHaveLength(1);
  return { ...records, pair: list.value.pairs[0] };
}

const keepSurvivor = {
  birthName: 'survivor', birthFirstNames: 'survivor', firstBirthName: 'survivor', sex: 'survivor',
  birthDate: 'survivor', birthplaceCog: 'survivor', usedName: 'survivor', usedFirstName: 'survivor',
};

describe('roles and payloads', () => {
  it.each([
    ['duplicates.scan', {}],
    ['duplicates.list', {}],
    ['duplicates.get', { pairId: 1 }],
    ['duplicates.decide', { pairId: 1, decision: 'distinct', reason: 'x' }],
    ['duplicates.merge', { survivorId: 1, absorbedId: 2, versions: { survivor: 1, absorbed: 1 }, choices: keepSurvivor, reason: 'x' }],
    ['merges.list', {}],
    ['merges.undo', { mergeId: 1, reason: 'x' }],
  ])('refuses %s to an agent', async (channel, input) => {
    expect(await t.as('agent')(channel, input)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses malformed payloads and a missing reason, changing nothing', async () => {
    const { pair, a, b } = await scannedPair();
    expect(await ref()('duplicates.decide', { pairId: pair.id, decision: 'merge', reason: 'motif' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await ref()('duplicates.merge', { survivorId: a.id, absorbedId: b.id, versions: { survivor: 1, absorbed: 1 }, choices: { birthName: 'survivor' }, reason: 'motif' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const noReason = await ref()('duplicates.merge', { pairId: pair.id, survivorId: a.id, absorbedId: b.id, versions: { survivor: a.version, absorbed: b.version }, choices: keepSurvivor, reason: ' ' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('motif de la fusion') } });
    expect(await ref()('duplicates.get', { pairId: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(count('SELECT count(*) n FROM merges')).toBe(0);
  });
});

describe('review queue', () => {
  it('shows a pair side by side with per-field equality, French reasons, and journals both openings', async () => {
    const { pair, a, b } = await scannedPair();
    expect(pair.reasons.length).toBeGreaterThan(0);
    expect(pair.reasons[0].label).not.toBe(pair.reasons[0].code);
    const got = await ref()('duplicates.get', { pairId: pair.id });
    expect(got.ok).toBe(true);
    expect(got.value.a).toMatchObject({ id: a.id, ipp: a.ipp, status: 'provisoire', ippAliases: [] });
    const field = (f: string) => got.value.fields.find((x: { field: string }) => x.field === f);
    expect(field('birthName')).toMatchObject({ equal: false, a: "D'ARTAGNAN-LEFEVRE", b: 'DARTAGNAN-LEFEVRE', choosable: true });
    expect(field('birthDate')).toMatchObject({ equal: true, a: '12/03/1980' });
    expect(field('ins')).toMatchObject({ equal: true, a: null, choosable: false });
    expect(count(`SELECT count(*) n FROM access_journal WHERE identity_id IN (${a.id}, ${b.id}) AND operator = 'ref'`)).toBe(2);
  });

  it('« personnes distinctes » closes the pair for good and journals it on both', async () => {
    const { pair, a, b } = await scannedPair();
    const decided = await ref()('duplicates.decide', { pairId: pair.id, decision: 'distinct', reason: 'Jumelles' });
    expect(decided).toMatchObject({ ok: true, value: { status: 'distinct' } });
    expect(await ref()('duplicates.scan', {})).toMatchObject({ ok: true, value: { newPairs: 0 } });
    expect((await ref()('duplicates.list', {})).value.pairs).toEqual([]);
    expect(count(`SELECT count(*) n FROM journal WHERE action = 'identity.duplicate_distinct' AND entity_id IN (${a.id}, ${b.id}) AND reason = 'Jumelles'`)).toBe(2);
    expect(await ref()('duplicates.decide', { pairId: pair.id, decision: 'homonyme', reason: 'encore' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('« homonymes » sets the attribute on both identities with the reason', async () => {
    const { pair, a, b } = await scannedPair();
    expect(await ref()('duplicates.decide', { pairId: pair.id, decision: 'homonyme', reason: 'Mère et fille' })).toMatchObject({ ok: true });
    for (const id of [a.id, b.id]) {
      const view = await ref()('identity.get', { id });
      expect(view.value.attributes).toEqual([expect.objectContaining({ attribute: 'homonyme', reason: 'Mère et fille', operator: 'ref' })]);
    }
  });
});

describe('merge and undo', () => {
  it('merges, finds the survivor by the old IPP, freezes the absorbed record, and undoes exactly', async () => {
    const { pair, a, b } = await scannedPair();
    const merged = await ref()('duplicates.merge', {
      pairId: pair.id,
      survivorId: a.id,
      absorbedId: b.id,
      versions: { survivor: a.version, absorbed: b.version },
      choices: { ...keepSurvivor, usedName: 'absorbed' },
      reason: 'Même patiente, pièce vue',
    });
    expect(merged).toMatchObject({ ok: true, value: { survivor: { id: a.id, usedName: 'DUPONT', ippAliases: [b.ipp] }, message: expect.stringContaining(`IPP ${b.ipp} fusionné dans l'IPP ${a.ipp}`) } });

    const found = await t.as('agent')('identity.search', { query: b.ipp });
    expect(found.value.rows.map((r: { id: number }) => r.id)).toEqual([a.id]);
    const absorbed = await t.as('agent')('identity.get', { id: b.id });
    expect(absorbed.value.mergedInto).toEqual({ id: a.id, ipp: a.ipp });
    const edit = await t.as('agent')('identity.setAttribute', { id: b.id, version: absorbed.value.version, attribute: 'douteuse', value: true, reason: 'test' });
    expect(edit).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining(`Identité fusionnée dans l'IPP ${a.ipp}`) } });
    // refused by the use cases themselves, whatever the channel (INSi included)
    for (const [channel, input] of [
      ['identity.withdrawDocumentCheck', { id: b.id, version: absorbed.value.version, reason: 'test' }],
      ['insi.verify', { identityId: b.id }],
    ] as const) {
      expect(await t.as('agent')(channel, input)).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining(`Identité fusionnée dans l'IPP ${a.ipp}`) } });
    }
    const history = await t.as('agent')('identity.history', { id: a.id });
    expect(history.value.map((e: { action: string }) => e.action)).toEqual(['identity.create', 'identity.create', 'identity.merge', 'identity.merged_into']);
    expect(history.value[1].label).toContain(`IPP ${b.ipp}`);

    const merges = await ref()('merges.list', {});
    expect(merges.value.merges).toEqual([expect.objectContaining({ id: merged.value.mergeId, undone: null, absorbed: expect.objectContaining({ ipp: b.ipp }) })]);
    expect(merges.value.total).toBe(1);
    expect((await ref()('merges.list', { offset: 1 })).value).toEqual({ merges: [], total: 1 });
    expect(await ref()('merges.undo', { mergeId: merged.value.mergeId, reason: '' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    const undone = await ref()('merges.undo', { mergeId: merged.value.mergeId, reason: 'Erreur de fusion' });
    expect(undone).toMatchObject({ ok: true, value: { survivorId: a.id, absorbedId: b.id } });
    const again = await t.as('agent')('identity.search', { query: b.ipp });
    expect(again.value.rows.map((r: { id: number }) => r.id)).toEqual([b.id]);
    expect((await ref()('identity.get', { id: a.id })).value).toMatchObject({ usedName: null, version: a.version, ippAliases: [] });
    expect((await ref()('duplicates.list', {})).value.pairs.map((p: { id: number }) => p.id)).toEqual([pair.id]);
    expect((await ref()('merges.list', {})).value.merges[0].undone).toMatchObject({ operator: 'ref', reason: 'Erreur de fusion' });
  });

  it('refuses a merge with stale versions', async () => {
    const { pair, a, b } = await scannedPair();
    const stale = await ref()('duplicates.merge', { pairId: pair.id, survivorId: a.id, absorbedId: b.id, versions: { survivor: a.version + 1, absorbed: b.version }, choices: keepSurvivor, reason: 'motif' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining(a.ipp) } });
  });

  it('a merge is an event on the survivor: one ending with a NIA matricule is queued for re-verification', async () => {
    const { pair, a, b } = await scannedPair();
    // The absorbed record carries a NIA (imported); the merge moves it to the survivor, which has no INS.
    setActiveIns(t.backend.context.db, { identityId: b.id, matricule: '2800375999123', oid: INS_OIDS.NIA, source: 'import', obtainedAt: '2026-01-01T00:00:00.000Z' });
    const fresh = (await ref()('identity.get', { id: b.id })).value;
    t.backend.context.db.prepare('DELETE FROM verification_requests').run();
    const merged = await ref()('duplicates.merge', { pairId: pair.id, survivorId: a.id, absorbedId: b.id, versions: { survivor: a.version, absorbed: fresh.version }, choices: keepSurvivor, reason: 'Même patiente' });
    expect(merged.ok, JSON.stringify(merged.error)).toBe(true);
    expect(t.backend.context.db.prepare('SELECT identity_id, reason, requested_by FROM verification_requests').all()).toEqual([{ identity_id: a.id, reason: 'fusion', requested_by: 'ref' }]);
  });

  it('a merge whose survivor has no NIA queues nothing', async () => {
    const { pair, a, b } = await scannedPair();
    const merged = await ref()('duplicates.merge', { pairId: pair.id, survivorId: a.id, absorbedId: b.id, versions: { survivor: a.version, absorbed: b.version }, choices: keepSurvivor, reason: 'Même patiente' });
    expect(merged.ok).toBe(true);
    expect(count('SELECT count(*) n FROM verification_requests')).toBe(0);
  });
});
