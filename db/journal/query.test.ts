import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../core/indicators/csv.js';
import { localDayStart } from '../../core/indicators/periods.js';
import type { Db } from '../connection.js';
import { insertIdentity } from '../repos/identities.js';
import { freshDb, identityRow } from '../test-support.js';
import { appendAccess, appendJournal, type NewJournalEntry } from './index.js';
import { exportJournal } from './export.js';
import { filteredSelect, periodSeqRange, searchJournal } from './query.js';

const plan = (db: Db, sql: string, ...params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');

/** 30 entries, one per local day from 2026-01-01 at 10:00, alternating operators and actions. */
function journalOf30(db: Db) {
  const a = insertIdentity(db, identityRow({ ipp: 'P0000001' }));
  const b = insertIdentity(db, identityRow({ ipp: 'P0000002' }));
  db.prepare("INSERT INTO ipp_aliases (alias, identity_id, created_at) VALUES ('P0000099', ?, 'x')").run(a);
  for (let i = 0; i < 30; i++) {
    const day = `2026-01-${String(i + 1).padStart(2, '0')}`;
    const at = new Date(Date.parse(localDayStart(day)) + 10 * 3600_000).toISOString();
    const e: NewJournalEntry = {
      at, operator: i % 2 === 0 ? 'alice' : 'bob', workstation: 'POSTE-1', entity: 'identity', entityId: i % 3 === 0 ? a : b, reason: null,
      action: i % 5 === 0 ? 'identity.create' : 'identity.update',
      changes: [{ field: 'usedName', before: `NOM${i}`, after: `NOM${i + 1}` }],
    };
    appendJournal(db, e);
    appendAccess(db, { at, operator: e.operator, workstation: 'POSTE-1', identityId: e.entityId!, action: i % 10 === 0 ? 'print' : 'open' });
  }
  return { a, b };
}

describe('journal search', () => {
  it('filters by operator, identity (IPP or former IPP), action and period, newest first', () => {
    const db = freshDb();
    journalOf30(db);
    const seqs = (f: Parameters<typeof searchJournal>[1]) => searchJournal(db, f).rows.map((r) => r.seq);
    expect(seqs({ journal: 'journal', limit: 3 })).toEqual([30, 29, 28]);
    expect(seqs({ journal: 'journal', operator: 'bob', limit: 3 })).toEqual([30, 28, 26]);
    expect(seqs({ journal: 'journal', ipp: 'P0000001' })).toEqual([28, 25, 22, 19, 16, 13, 10, 7, 4, 1]);
    expect(seqs({ journal: 'journal', ipp: 'P0000099', action: 'identity.create' })).toEqual([16, 1]);
    expect(seqs({ journal: 'journal', from: '2026-01-10', to: '2026-01-12' })).toEqual([12, 11, 10]);
    expect(seqs({ journal: 'journal', from: '2026-01-10', to: '2026-01-12', operator: 'alice' })).toEqual([11]);
    expect(seqs({ journal: 'journal', from: '2026-02-01' })).toEqual([]);
    expect(seqs({ journal: 'access', action: 'print' })).toEqual([21, 11, 1]);
    expect(seqs({ journal: 'access', ipp: 'P0000002', operator: 'alice', limit: 2 })).toEqual([29, 27]);
    const row = searchJournal(db, { journal: 'journal', limit: 1 }).rows[0]!;
    expect(row).toMatchObject({ seq: 30, operator: 'bob', action: 'identity.update', label: 'Modification des traits', ipp: 'P0000002', changes: ['usedName : NOM29 → NOM30'] });
    expect(searchJournal(db, { journal: 'access', limit: 1 }).rows[0]).toMatchObject({ seq: 30, label: 'Ouverture du dossier', ipp: 'P0000002', changes: [] });
    expect(() => searchJournal(db, { journal: 'journal', ipp: 'P404' })).toThrow("Aucune identité ne porte l'IPP « P404 » (ni comme ancien IPP).");
  });

  it('pages with a keyset on seq: every entry once, in order', () => {
    const db = freshDb();
    journalOf30(db);
    const seen: number[] = [];
    let before: number | undefined;
    for (;;) {
      const page = searchJournal(db, { journal: 'journal', operator: 'alice', limit: 4, before });
      seen.push(...page.rows.map((r) => r.seq));
      if (page.nextBefore === null) break;
      before = page.nextBefore;
    }
    expect(seen).toEqual(Array.from({ length: 15 }, (_, i) => 29 - 2 * i));
  });

  it('finds the seq range of a period by binary search, with a margin for clock skew', () => {
    const db = freshDb();
    journalOf30(db);
    const r = periodSeqRange(db, 'journal', '2026-01-10', '2026-01-12');
    expect(r.lo).toBeLessThanOrEqual(10);
    expect(r.hi).toBeGreaterThanOrEqual(12);
    expect(r.hi - r.lo).toBeLessThan(6);
    expect(periodSeqRange(db, 'journal')).toMatchObject({ lo: 0, fromAt: null, toAt: null });
  });

  it('uses an index ordered by seq for each filter', () => {
    const db = freshDb();
    const q = (where: string) => plan(db, `SELECT seq FROM journal WHERE seq BETWEEN 0 AND 99 AND ${where} AND seq < 50 ORDER BY seq DESC LIMIT 51`);
    expect(q("operator = 'alice'")).toMatch(/SEARCH journal USING (COVERING )?INDEX journal_operator \(operator=\? AND seq>\? AND seq<\?\)/);
    expect(q("action = 'identity.update'")).toMatch(/INDEX journal_action \(action=\? AND seq>\? AND seq<\?\)/);
    expect(q("entity = 'identity' AND entity_id = 3")).toMatch(/INDEX journal_identity/);
    expect(q("at >= '2026' AND at < '2027'")).toMatch(/SEARCH journal USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/);
    expect(plan(db, "SELECT seq FROM access_journal WHERE operator = 'a' AND seq < 9 ORDER BY seq DESC LIMIT 5")).toMatch(/access_journal_operator/);
    expect(plan(db, 'SELECT seq FROM access_journal WHERE identity_id = 3 AND seq < 9 ORDER BY seq DESC LIMIT 5')).toMatch(/access_journal_identity/);
    for (const p of [q("operator = 'alice'"), q("action = 'x'")]) expect(p).not.toMatch(/TEMP B-TREE/);
  });
});

describe('period filter whatever the order of the dates', () => {
  const at = (day: number, hour: number) => new Date(Date.parse(localDayStart(`2026-01-${String(day).padStart(2, '0')}`)) + hour * 3600_000).toISOString();
  const entry = (when: string, operator: string): NewJournalEntry => ({
    at: when, operator, workstation: 'POSTE-1', entity: 'system', entityId: null, reason: null, action: 'system.duplicate_scan', changes: [],
  });

  it('lists and exports entries journaled with a past date (the demo’s backdated identities)', () => {
    const db = freshDb();
    journalOf30(db);
    // Journaled after the 30 days, dated the 11th: outside the seq range of that period.
    appendJournal(db, entry(at(11, 15), 'demo'));
    appendAccess(db, { at: at(11, 15), operator: 'demo', workstation: 'POSTE-1', identityId: 1, action: 'open' });
    const seqs = (f: Parameters<typeof searchJournal>[1]) => searchJournal(db, f).rows.map((r) => r.seq);
    expect(seqs({ journal: 'journal', from: '2026-01-10', to: '2026-01-12' })).toEqual([31, 12, 11, 10]);
    expect(seqs({ journal: 'journal', from: '2026-01-10', to: '2026-01-12', limit: 1, before: 31 })).toEqual([12]);
    expect(seqs({ journal: 'journal', to: '2026-01-11', operator: 'demo' })).toEqual([31]);
    expect(seqs({ journal: 'access', from: '2026-01-11', to: '2026-01-11' })).toEqual([31, 11]);
    let out = '';
    expect(exportJournal(db, { journal: 'journal', from: '2026-01-11', to: '2026-01-11' }, 'jsonl', (c) => (out += c))).toEqual({ entries: 2, firstSeq: 11, lastSeq: 31 });
  });

  it('pages exactly the entries of the period, newest first, for any order of `at` (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 1, max: 20 }), hour: fc.integer({ min: 0, max: 23 }), op: fc.constantFrom('alice', 'bob') }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 6 }),
        fc.option(fc.constantFrom('alice', 'bob'), { nil: undefined }),
        fc.integer({ min: 1, max: 5 }),
        (entries, fromDay, length, operator, limit) => {
          const db = freshDb();
          const dates = entries.map((e) => at(e.day, e.hour));
          entries.forEach((e, i) => appendJournal(db, entry(dates[i]!, e.op)));
          const toDay = Math.min(20, fromDay + length);
          const f = { journal: 'journal' as const, from: `2026-01-${String(fromDay).padStart(2, '0')}`, to: `2026-01-${String(toDay).padStart(2, '0')}`, operator };
          const expected = entries
            .map((e, i) => ({ seq: i + 1, ...e }))
            .filter((e) => e.day >= fromDay && e.day <= toDay && (!operator || e.op === operator))
            .map((e) => e.seq)
            .reverse();
          const seen: number[] = [];
          let before: number | undefined;
          for (;;) {
            const page = searchJournal(db, { ...f, limit, before });
            seen.push(...page.rows.map((r) => r.seq));
            if (page.nextBefore === null) break;
            before = page.nextBefore;
          }
          expect(seen).toEqual(expected);
          let exported = 0;
          exportJournal(db, f, 'jsonl', () => (exported += 1));
          expect(exported).toBe(expected.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads the bulk of a period in seq order and only the out-of-order entries on journal_at', () => {
    const db = freshDb();
    journalOf30(db);
    for (const f of [{}, { operator: 'alice' }, { action: 'identity.update' }]) {
      const q = filteredSelect(db, { journal: 'journal', from: '2026-01-10', to: '2026-01-12', ...f }, 'SELECT seq FROM journal', { sql: 'seq < ?', params: [99] });
      const p = plan(db, `${q.sql} ORDER BY seq DESC LIMIT 51`, ...q.params);
      expect(p).toMatch(/MERGE \(UNION ALL\)/);
      expect(p).toMatch(/SEARCH journal USING (INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)|(COVERING )?INDEX journal_(operator|action) \((operator|action)=\? AND seq>\? AND seq<\?\))/);
      expect(p).toMatch(/SEARCH journal USING COVERING INDEX journal_at \(at>\? AND at<\?\)/);
    }
  });
});

describe('journal export for an audit', () => {
  const rehash = (fields: unknown[], prevHex: string) => createHash('sha256').update(JSON.stringify([...fields, prevHex]), 'utf8').digest('hex');

  it('exports JSON lines an auditor can verify hash by hash and link by link', () => {
    const db = freshDb();
    journalOf30(db);
    let out = '';
    const summary = exportJournal(db, { journal: 'journal', from: '2026-01-05', to: '2026-01-09' }, 'jsonl', (c) => (out += c));
    expect(summary).toEqual({ entries: 5, firstSeq: 5, lastSeq: 9 });
    const rows = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, string | number | null>);
    for (const [i, r] of rows.entries()) {
      expect(rehash([r.seq, r.at, r.operator, r.workstation, r.action, r.entity, r.entity_id, r.reason, r.payload], String(r.prev_hash))).toBe(r.hash);
      if (i > 0) expect(r.prev_hash).toBe(rows[i - 1]!.hash);
    }
    expect(rows[0]).toMatchObject({ seq: 5, label: 'Modification des traits' });
  });

  it('exports CSV with the BOM, `;` and the hashes; the access journal too', () => {
    const db = freshDb();
    journalOf30(db);
    let csv = '';
    exportJournal(db, { journal: 'access', operator: 'bob' }, 'csv', (c) => (csv += c));
    const [header, ...rows] = parseCsv(csv);
    expect(csv.startsWith('\uFEFFseq;at;operator;workstation;identity_id;action;libelle;prev_hash;hash\r\n')).toBe(true);
    expect(header).toHaveLength(9);
    expect(rows).toHaveLength(15);
    for (const r of rows) {
      expect(rehash([Number(r[0]), r[1], r[2], r[3], Number(r[4]), r[5]], r[7]!)).toBe(r[8]);
    }
  });
});
