import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Db } from '../connection.js';
import { appendJournal, type NewJournalEntry } from '../journal/index.js';
import { insertIdentity } from '../repos/identities.js';
import { at, freshDb, identityRow } from '../test-support.js';
import { KEEP_SURVIVOR } from '../../core/merge/plan.js';
import { mergeIdentities, undoMerge } from '../merge/index.js';
import { addParty, NIR_A } from '../merge/test-support.js';
import { foldedSeq, foldJournal } from './fold.js';
import { readIndicators } from './read.js';

const OPERATORS = ['alice', 'bob'];
const STATUSES = ['provisoire', 'recuperee', 'validee', 'qualifiee'];

const entry = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), op: fc.constantFrom(...OPERATORS), minute: fc.integer({ min: 0, max: 60 * 24 * 60 }) }),
  fc.record({
    kind: fc.constant('status' as const), op: fc.constantFrom(...OPERATORS), minute: fc.integer({ min: 0, max: 60 * 24 * 60 }),
    before: fc.constantFrom(...STATUSES), after: fc.constantFrom(...STATUSES),
  }),
  fc.record({
    kind: fc.constant('insi' as const), op: fc.constantFrom(...OPERATORS), minute: fc.integer({ min: 0, max: 60 * 24 * 60 }),
    status: fc.constantFrom('found', 'not_found', 'multiple', 'timeout', 'tls'),
  }),
  fc.record({ kind: fc.constant('login' as const), op: fc.constantFrom(...OPERATORS), minute: fc.integer({ min: 0, max: 60 * 24 * 60 }) }),
  fc.record({
    kind: fc.constantFrom('merged_into' as const, 'merge' as const, 'undo' as const), op: fc.constantFrom(...OPERATORS), minute: fc.integer({ min: 0, max: 60 * 24 * 60 }),
    status: fc.constantFrom(...STATUSES), insActive: fc.boolean(), insMoved: fc.boolean(),
  }),
);
type Gen = typeof entry extends fc.Arbitrary<infer T> ? T : never;

function toEntry(g: Gen): NewJournalEntry {
  const base = { at: at(g.minute), operator: g.op, workstation: `POSTE-${g.op.toUpperCase()}`, reason: null, entity: 'identity' as const, entityId: 1 };
  switch (g.kind) {
    case 'create': return { ...base, action: 'identity.create', changes: [{ field: 'birthName', before: null, after: 'MARTIN' }] };
    case 'status': return { ...base, action: 'identity.document_check', changes: [{ field: 'status', before: g.before, after: g.after }] };
    case 'insi': return { ...base, action: 'identity.insi_call', changes: [], data: { status: g.status, requestXml: '<a st="x"/>' } };
    case 'login': return { ...base, action: 'operator.login', entity: 'operator', entityId: null, changes: [] };
    case 'merged_into':
    case 'merge':
    case 'undo': {
      const data = { mergeId: 1, absorbedStatus: g.status, absorbedInsActive: g.insActive, insMoved: g.insMoved };
      if (g.kind === 'merge') return { ...base, action: 'identity.merge', changes: [{ field: 'ippAlias', before: null, after: 'P2' }], data };
      const back = g.kind === 'undo';
      return { ...base, action: back ? 'identity.merge_undo' : 'identity.merged_into', changes: [{ field: 'mergedInto', before: back ? 'P1' : null, after: back ? null : 'P1' }], data };
    }
  }
}

const aggregates = (db: Db) => ({
  activity: db.prepare('SELECT * FROM indicator_activity ORDER BY day, operator, workstation, action, outcome').all(),
  changes: db.prepare('SELECT * FROM indicator_changes WHERE delta <> 0 ORDER BY day, measure').all(),
});

describe('journal fold', () => {
  it('gives the same aggregates folded once, twice, in pieces or in small batches', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 4 }), fc.integer({ min: 1, max: 7 }), (gens, cuts, batch) => {
        const once = freshDb();
        const pieces = freshDb();
        for (const db of [once, pieces]) for (const g of gens) appendJournal(db, toEntry(g));
        foldJournal(once);
        expect(foldJournal(once).folded).toBe(0);
        const head = gens.length + 0;
        for (const c of [...cuts].sort((a, b) => a - b)) foldJournal(pieces, { upTo: head === 0 ? 0 : c % (head + 1), batch });
        foldJournal(pieces, { batch });
        expect(foldedSeq(pieces)).toBe(foldedSeq(once));
        expect(aggregates(pieces)).toEqual(aggregates(once));
      }),
      { numRuns: 60 },
    );
  });

  it('folds only the entries appended since the last fold', () => {
    const db = freshDb();
    appendJournal(db, toEntry({ kind: 'create', op: 'alice', minute: 0 }));
    expect(foldJournal(db)).toEqual({ folded: 1, seq: 1 });
    appendJournal(db, toEntry({ kind: 'insi', op: 'bob', minute: 5, status: 'found' }));
    appendJournal(db, toEntry({ kind: 'insi', op: 'bob', minute: 6, status: 'found' }));
    expect(foldJournal(db)).toEqual({ folded: 2, seq: 3 });
    expect(db.prepare("SELECT operator, action, outcome, n FROM indicator_activity WHERE action = 'identity.insi_call'").all()).toEqual([
      { operator: 'bob', action: 'identity.insi_call', outcome: 'found', n: 2 },
    ]);
  });
});

describe('readIndicators', () => {
  it('counts today from the tables and rebuilds past months from the folded changes', () => {
    const db = freshDb();
    // Three identities today: two created in January (one qualified in March), one created in March.
    const ids = [1, 2, 3].map((i) => insertIdentity(db, identityRow({ ipp: `P000000${i}`, status: i === 1 ? 'qualifiee' : 'provisoire' })));
    db.prepare("INSERT INTO ins (identity_id, matricule, oid, source, obtained_at) VALUES (?, '180037511312345', '1.2.250.1.213.1.4.8', 'insi', 'x')").run(ids[0]);
    db.prepare("INSERT INTO identity_attributes (identity_id, attribute, reason, set_at, set_by) VALUES (?, 'homonyme', 'r', 'x', 'alice')").run(ids[2]);
    const jan = '2026-01-15T10:00:00.000Z';
    const mar = '2026-03-10T10:00:00.000Z';
    const j = (e: Partial<NewJournalEntry>): NewJournalEntry => ({ at: jan, operator: 'alice', workstation: 'POSTE-1', action: 'identity.create', entity: 'identity', entityId: 1, reason: null, changes: [], ...e });
    appendJournal(db, j({ entityId: ids[0]! }));
    appendJournal(db, j({ entityId: ids[1]!, operator: 'bob', workstation: 'POSTE-2' }));
    appendJournal(db, j({ at: mar, action: 'identity.insi_call', entityId: ids[0]!, data: { status: 'found' } }));
    appendJournal(db, j({ at: mar, action: 'identity.insi_call', entityId: ids[0]!, data: { status: 'fault_unavailable' } }));
    appendJournal(db, j({ at: mar, action: 'identity.insi_accept', entityId: ids[0]!, changes: [{ field: 'insMatricule', before: null, after: 'x' }, { field: 'status', before: 'provisoire', after: 'recuperee' }] }));
    appendJournal(db, j({ at: mar, action: 'identity.document_check', entityId: ids[0]!, changes: [{ field: 'status', before: 'recuperee', after: 'qualifiee' }] }));
    appendJournal(db, j({ at: mar, entityId: ids[2]!, operator: 'bob', workstation: 'POSTE-2' }));
    appendJournal(db, j({ at: mar, action: 'identity.insi_verify', entityId: ids[0]!, data: { verdict: 'verified' } }));
    foldJournal(db);
    const r = readIndicators(db, { now: '2026-03-20T10:00:00.000Z', today: '2026-03-20', from: '2026-01-01', to: '2026-03-20', granularity: 'month' });
    expect(r.totals).toEqual({
      identities: 3,
      byStatus: { provisoire: 2, recuperee: 0, validee: 0, qualifiee: 1 },
      byAttribute: { douteuse: 0, fictive: 0, homonyme: 1 },
      withIns: 1,
      qualificationRate: 1 / 3,
      insRate: 1 / 3,
    });
    expect(r.series.map((s) => [s.bucket, s.identities, s.qualifiee, s.withIns, s.creations, s.insi.cr00, s.insi.unavailable])).toEqual([
      ['2026-01', 2, 0, 0, 2, 0, 0],
      ['2026-02', 2, 0, 0, 0, 0, 0],
      ['2026-03', 3, 1, 1, 1, 1, 1],
    ]);
    expect(r.insi).toEqual({ cr00: 1, cr01: 0, cr02: 0, unavailable: 1, fault: 0 });
    expect(r.verifications).toMatchObject({ confirmed: 1, failed: 0, due: 0, lastRun: null });
    expect(r.operators).toEqual([
      { operator: 'alice', creations: 1, edits: 1, insiCalls: 2, documentChecks: 1, verifications: 1, total: 6 },
      { operator: 'bob', creations: 2, edits: 0, insiCalls: 0, documentChecks: 0, verifications: 0, total: 2 },
    ]);
    expect(r.workstations.map((w) => [w.workstation, w.total])).toEqual([['POSTE-1', 6], ['POSTE-2', 2]]);
    // Only March: the activity of January is out, the counts at the end of March are the same.
    const march = readIndicators(db, { now: '2026-03-20T10:00:00.000Z', today: '2026-03-20', from: '2026-03-01', to: '2026-03-31', granularity: 'week' });
    expect(march.operators.find((o) => o.operator === 'bob')?.creations).toBe(1);
    expect(march.series.at(-1)).toMatchObject({ identities: 3, qualifiee: 1 });
    expect(march.series[0]).toMatchObject({ bucket: '2026-W09', identities: 2, qualifiee: 0 });
  });

  it('leaves identities absorbed by a merge out of the counts and counts open duplicate pairs', () => {
    const db = freshDb();
    const a = insertIdentity(db, identityRow({ ipp: 'P1' }));
    const b = insertIdentity(db, identityRow({ ipp: 'P2' }));
    const c = insertIdentity(db, identityRow({ ipp: 'P3' }));
    db.prepare("INSERT INTO duplicate_pairs (a_id, b_id, kind, score, reasons_json, found_at, found_by) VALUES (?, ?, 'duplicate', 0.9, '[]', 'x', 'r'), (?, ?, 'collision', 1, '[]', 'x', 'r')").run(a, b, a, c);
    db.prepare("INSERT INTO duplicate_pairs (a_id, b_id, kind, score, reasons_json, found_at, found_by, status) VALUES (?, ?, 'duplicate', 0.9, '[]', 'x', 'r', 'distinct')").run(b, c);
    db.prepare('UPDATE identities SET merged_into = ? WHERE id = ?').run(a, b);
    const r = readIndicators(db, { now: '2026-03-20T10:00:00.000Z', today: '2026-03-20', from: '2026-03-01', to: '2026-03-20', granularity: 'month' });
    expect(r.totals.identities).toBe(2);
    expect(r.duplicates).toEqual({ open: 2, collisions: 1 });
  });

  it('replays merges in past counts: the absorbed record leaves on the merge day, its undo brings it back', () => {
    const db = freshDb();
    // at(0) is 2025-01-15: both records created in January, merged in February, the merge undone in March.
    const survivor = addParty(db, 'P1', { row: { status: 'provisoire' } });
    const absorbed = addParty(db, 'P2', { row: { status: 'recuperee', insiVerifiedAt: at(1), traitsSource: 'insi' }, ins: NIR_A });
    const j = (entityId: number, status: string): NewJournalEntry => ({
      at: at(0), operator: 'alice', workstation: 'POSTE-1', action: 'identity.create', entity: 'identity', entityId, reason: null, changes: [{ field: 'status', before: null, after: status }, { field: 'insMatricule', before: null, after: entityId === absorbed ? NIR_A : null }],
    });
    appendJournal(db, j(survivor, 'provisoire'));
    appendJournal(db, j(absorbed, 'recuperee'));
    const feb = '2025-02-10T10:00:00.000Z';
    const version = (id: number) => (db.prepare('SELECT version FROM identities WHERE id = ?').get(id) as { version: number }).version;
    const { mergeId } = mergeIdentities(db, {
      survivorId: survivor, absorbedId: absorbed, survivorVersion: version(survivor), absorbedVersion: version(absorbed),
      choices: KEEP_SURVIVOR, pairId: null, reason: 'Même personne', at: feb, operator: 'ref', workstation: 'POSTE-REF',
    });
    const read = (today: string) => {
      foldJournal(db);
      const r = readIndicators(db, { now: `${today}T12:00:00.000Z`, today, from: '2025-01-01', to: today, granularity: 'month' });
      return { totals: r.totals, series: r.series.map((s) => [s.bucket, s.identities, s.withIns]) };
    };
    const merged = read('2025-02-20');
    expect(merged.totals).toMatchObject({ identities: 1, withIns: 1 });
    expect(merged.series).toEqual([['2025-01', 2, 1], ['2025-02', 1, 1]]);
    undoMerge(db, { mergeId, reason: 'Erreur', at: '2025-03-05T10:00:00.000Z', operator: 'ref', workstation: 'POSTE-REF' });
    const undone = read('2025-03-10');
    expect(undone.totals).toMatchObject({ identities: 2, withIns: 1, byStatus: { provisoire: 1, recuperee: 1, validee: 0, qualifiee: 0 } });
    expect(undone.series).toEqual([['2025-01', 2, 1], ['2025-02', 1, 1], ['2025-03', 2, 1]]);
    // Per status too: the bucket of January matches what was journaled then.
    const jan = db.prepare("SELECT measure, sum(delta) AS n FROM indicator_changes WHERE day < '2025-02-01' GROUP BY measure ORDER BY measure").all();
    expect(jan).toEqual([{ measure: 'identities', n: 2 }, { measure: 'ins', n: 1 }, { measure: 'status:provisoire', n: 1 }, { measure: 'status:recuperee', n: 1 }]);
    const after = db.prepare("SELECT measure, sum(delta) AS n FROM indicator_changes WHERE day >= '2025-02-01' GROUP BY measure HAVING n <> 0").all();
    expect(after).toEqual([]);
  });

  it('reads today’s counts on covering indexes', () => {
    const db = freshDb();
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan('SELECT status AS k, count(*) AS n FROM identities GROUP BY status')).toMatch(/COVERING INDEX identities_status/);
    expect(plan("SELECT attribute AS k, count(*) AS n FROM identity_attributes WHERE removed_at IS NULL GROUP BY attribute")).toMatch(/identity_attributes_active/);
    expect(plan('SELECT status AS k, count(*) AS n FROM identities INDEXED BY identities_merged_into WHERE merged_into IS NOT NULL GROUP BY status')).toMatch(/identities_merged_into/);
  });
});
