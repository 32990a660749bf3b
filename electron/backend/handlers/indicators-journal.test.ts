// Handler tests of « Indicateurs » and « Journal » through the dispatcher: roles, payloads, journaling.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../core/indicators/csv.js';
import { sampleDraft, startTestBackend, type TestBackend } from '../test-backend.js';

let t: TestBackend;
beforeEach(async () => {
  t = await startTestBackend();
});
afterEach(() => t.close());

const db = () => t.backend.context.db;

describe('indicators.get', () => {
  it('is refused to agents and counts what the desk did, folding only what is new', async () => {
    expect(await t.as('agent')('indicators.get', {})).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'Action réservée aux référents en identitovigilance.' } });
    const a = await t.as('agent')('identity.create', { draft: sampleDraft });
    expect(a.ok).toBe(true);
    const first = await t.as('ref')('indicators.get', {});
    expect(first.ok).toBe(true);
    expect(first.value).toMatchObject({
      today: '2026-11-23',
      period: { from: '2025-12-01', to: '2026-11-23' },
      granularity: 'month',
      totals: { identities: 1, byStatus: { provisoire: 1, recuperee: 0, validee: 0, qualifiee: 0 }, qualificationRate: 0 },
      operators: [{ operator: 'agent', creations: 1, total: 1 }],
      workstations: [{ workstation: 'POSTE-TEST', creations: 1 }],
    });
    expect(first.value.series).toHaveLength(12);
    expect(first.value.series.at(-1)).toMatchObject({ bucket: '2026-11', identities: 1, creations: 1 });
    await t.as('agent')('identity.create', { draft: { ...sampleDraft, birthName: 'MARTIN' } });
    const second = await t.as('ref')('indicators.get', { granularity: 'week', period: { from: '2026-11-01', to: '2026-11-30' } });
    expect(second.value.foldedSeq).toBeGreaterThan(first.value.foldedSeq);
    expect(second.value.series.map((s: { bucket: string }) => s.bucket)).toEqual(['2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48', '2026-W49']);
    expect(second.value.operators[0]).toMatchObject({ operator: 'agent', creations: 2 });
  });

  it('refuses malformed or impossible periods in French', async () => {
    const ref = t.as('ref');
    expect(await ref('indicators.get', { granularity: 'day' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await ref('indicators.get', { period: { from: '01/01/2026', to: '2026-02-01' } })).toMatchObject({
      ok: false, error: { code: 'invalid_input', message: 'Requête invalide (champ period.from) : date attendue au format AAAA-MM-JJ.' },
    });
    expect(await ref('indicators.get', { period: { from: '2026-03-01', to: '2026-02-01' } })).toMatchObject({
      ok: false, error: { code: 'validation', message: 'La date de début doit précéder la date de fin.' },
    });
    expect(await ref('indicators.get', { period: { from: '2026-02-31', to: '2026-03-01' } })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('journal channels', () => {
  it('are refused to agents', async () => {
    const agent = t.as('agent');
    for (const [channel, input] of [
      ['journal.search', { journal: 'journal' }],
      ['journal.actions', { journal: 'journal' }],
      ['journal.verify', {}],
      ['journal.export', { journal: 'journal', format: 'csv' }],
    ] as const) {
      expect(await agent(channel, input)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('searches with filters, pages, and refuses an unknown IPP or a bad payload', async () => {
    const created = await t.as('agent')('identity.create', { draft: sampleDraft });
    await t.as('agent')('identity.get', { id: created.value.id });
    const ref = t.as('ref');
    const byAgent = await ref('journal.search', { journal: 'journal', operator: 'agent' });
    expect(byAgent.value.rows.map((r: { action: string }) => r.action)).toEqual(['identity.create', 'operator.login']);
    const byIpp = await ref('journal.search', { journal: 'journal', ipp: created.value.ipp });
    expect(byIpp.value.rows).toMatchObject([{ action: 'identity.create', label: "Création de l'identité", ipp: created.value.ipp, operator: 'agent', workstation: 'POSTE-TEST' }]);
    const page = await ref('journal.search', { journal: 'journal', limit: 1 });
    expect(page.value.nextBefore).toBe(page.value.rows[0].seq);
    expect(await ref('journal.search', { journal: 'journal', ipp: 'P9999999' })).toMatchObject({ ok: false, error: { code: 'not_found', message: "Aucune identité ne porte l'IPP « P9999999 » (ni comme ancien IPP)." } });
    expect(await ref('journal.search', { journal: 'autre' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await ref('journal.search', { journal: 'journal', limit: 1000 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await ref('journal.search', { journal: 'journal', from: '2026-12-01', to: '2026-11-01' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    const actions = await ref('journal.actions', { journal: 'access' });
    expect(actions.value).toEqual([{ action: 'open', label: 'Ouverture du dossier' }, { action: 'print', label: 'Impression' }, { action: 'export', label: 'Export' }]);
  });

  it('verifies each chain, names the first broken link, and journals the verification', async () => {
    await t.as('agent')('identity.create', { draft: sampleDraft });
    const ref = t.as('ref');
    expect(await ref('journal.verify', {})).toMatchObject({ ok: true, value: { ok: true, firstBrokenSeq: null } });
    expect(await ref('journal.verify', { journal: 'access' })).toMatchObject({ ok: true, value: { ok: true } });
    expect(db().prepare("SELECT count(*) n FROM journal WHERE action = 'system.journal_verify' AND operator = 'ref'").get()).toEqual({ n: 2 });
    db().exec("DROP TRIGGER journal_no_update; UPDATE journal SET reason = 'falsifié' WHERE seq = 2");
    const broken = await ref('journal.verify', { journal: 'journal' });
    expect(broken.value).toMatchObject({ ok: false, firstBrokenSeq: 2 });
    expect(broken.value.message).toMatch(/^Journal altéré à l'entrée n° 2/);
  });

  it('exports CSV with hashes and journals the export', async () => {
    await t.as('agent')('identity.create', { draft: sampleDraft });
    const reply = await t.as('ref')('journal.export', { journal: 'journal', format: 'csv', operator: 'agent' });
    expect(reply.ok).toBe(true);
    expect(reply.value).toMatchObject({ fileName: 'journal-2026-11-23.csv', mimeType: 'text/csv;charset=utf-8', entries: 2 });
    const [header, ...rows] = parseCsv(reply.value.content);
    expect(header).toEqual(['seq', 'at', 'operator', 'workstation', 'action', 'entity', 'entity_id', 'reason', 'payload', 'libelle', 'prev_hash', 'hash']);
    expect(rows.map((r) => r[4])).toEqual(['operator.login', 'identity.create']);
    const last = db().prepare("SELECT operator, payload FROM journal WHERE action = 'system.journal_export'").get() as { operator: string; payload: string };
    expect(last.operator).toBe('ref');
    expect(JSON.parse(last.payload).d).toMatchObject({ journal: 'journal', format: 'csv', entries: 2, filters: { operator: 'agent' } });
    const jsonl = await t.as('ref')('journal.export', { journal: 'access', format: 'jsonl' });
    expect(jsonl.value).toMatchObject({ fileName: 'journal-acces-2026-11-23.jsonl', entries: 0, content: '' });
    expect(await t.as('ref')('journal.export', { journal: 'journal', format: 'xlsx' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
