import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrateTo } from './runner.js';

const at1 = () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, 1);
  return db;
};

const insertIdentity = (db: Database.Database, ipp: string, over: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO identities (ipp, birth_name, birth_first_names, first_birth_name, sex, birth_date, birthplace_cog,
         status, created_at, updated_at)
       VALUES (@ipp, @birth_name, 'MARIE', 'MARIE', @sex, '1980-03-12', '75056', 'provisoire', 'x', 'x')`,
    )
    .run({ ipp, birth_name: 'MARTIN', sex: 'F', ...over });

const plan = (db: Database.Database, sql: string, ...params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');

describe('migration 0001-init', () => {
  it('creates the identity tables with the agreed identities columns and seeds meta', () => {
    const db = at1();
    const cols = (db.prepare('SELECT name FROM pragma_table_info(?)').all('identities') as { name: string }[]).map((c) => c.name);
    expect(cols).toEqual([
      'id', 'ipp', 'birth_name', 'birth_first_names', 'first_birth_name', 'sex', 'birth_date', 'birth_date_corrected',
      'birthplace_cog', 'birthplace_from_insi', 'used_name', 'used_first_name', 'traits_source', 'insi_verified_at',
      'status', 'attributes', 'version', 'created_at', 'updated_at',
    ]);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'next_ipp'").get()).toEqual({ value: '1' });
    expect(db.prepare("SELECT value FROM meta WHERE key = 'created_at'").get()).toMatchObject({
      value: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
  });

  it('fills defaults and enforces CHECK, STRICT types and the unique IPP', () => {
    const db = at1();
    insertIdentity(db, 'P1');
    expect(db.prepare('SELECT traits_source, attributes, version, birth_date_corrected FROM identities').get()).toEqual({
      traits_source: 'saisie',
      attributes: '',
      version: 1,
      birth_date_corrected: 0,
    });
    expect(() => insertIdentity(db, 'P2', { sex: 'X' })).toThrow(/CHECK constraint/);
    expect(() => insertIdentity(db, 'P1')).toThrow(/UNIQUE constraint failed: identities.ipp/);
    expect(() => db.prepare("UPDATE identities SET version = 'deux'").run()).toThrow(/cannot store TEXT value in INTEGER/);
  });

  it('allows one active INS per identity and keeps INS rows from deletion', () => {
    const db = at1();
    const id = Number(insertIdentity(db, 'P1').lastInsertRowid);
    const ins = db.prepare(
      "INSERT INTO ins (identity_id, matricule, oid, source, obtained_at, active) VALUES (?, '180037505600123', '1.2.250.1.213.1.4.8', 'insi', 'x', ?)",
    );
    ins.run(id, 1);
    ins.run(id, 0);
    expect(() => ins.run(id, 1)).toThrow(/UNIQUE constraint failed: ins.identity_id/);
    expect(() => ins.run(999, 0)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('DELETE FROM ins').run()).toThrow(/L'historique des INS est conservé/);
  });

  it('keeps identities.attributes in step with the active attribute rows', () => {
    const db = at1();
    const id = Number(insertIdentity(db, 'P1').lastInsertRowid);
    const set = db.prepare("INSERT INTO identity_attributes (identity_id, attribute, reason, set_at, set_by) VALUES (?, ?, 'r', 'x', 'u')");
    set.run(id, 'homonyme');
    set.run(id, 'douteuse');
    expect(db.prepare('SELECT attributes FROM identities').get()).toEqual({ attributes: 'douteuse homonyme' });
    expect(() => set.run(id, 'homonyme')).toThrow(/UNIQUE/);
    db.prepare("UPDATE identity_attributes SET removed_at = 'y' WHERE attribute = 'douteuse'").run();
    expect(db.prepare('SELECT attributes FROM identities').get()).toEqual({ attributes: 'homonyme' });
    set.run(id, 'douteuse');
    expect(db.prepare('SELECT count(*) AS n FROM identity_attributes').get()).toEqual({ n: 3 });
    expect(() => db.prepare('DELETE FROM identity_attributes').run()).toThrow(/historique des attributs/);
  });

  it('makes both journals append-only', () => {
    const db = at1();
    db.prepare(
      "INSERT INTO journal VALUES (1, 'x', 'u', 'w', 'system.init', 'system', NULL, NULL, '', zeroblob(32), zeroblob(32))",
    ).run();
    db.prepare("INSERT INTO access_journal VALUES (1, 'x', 'u', 'w', 1, 'open', zeroblob(32), zeroblob(32))").run();
    expect(() => db.prepare("UPDATE journal SET operator = 'v'").run()).toThrow(/ne peut pas être modifiée/);
    expect(() => db.prepare('DELETE FROM journal').run()).toThrow(/ne peut pas être supprimée/);
    expect(() => db.prepare("UPDATE access_journal SET operator = 'v'").run()).toThrow(/accès est en ajout seul/);
    expect(() => db.prepare('DELETE FROM access_journal').run()).toThrow(/accès est en ajout seul/);
    expect(db.prepare('SELECT operator FROM journal').get()).toEqual({ operator: 'u' });
  });

  it('serves the hot read paths from indexes', () => {
    const db = at1();
    expect(
      plan(db, 'SELECT count(*) FROM identities WHERE birth_date = ? AND birth_name = ? AND first_birth_name = ?', 'd', 'n', 'f'),
    ).toMatch(/USING COVERING INDEX identities_birth/);
    expect(plan(db, "SELECT * FROM identities WHERE birth_date = ? AND birth_name >= 'LEF' AND birth_name < 'LEG'", 'd')).toMatch(
      /USING INDEX identities_birth/,
    );
    expect(plan(db, "SELECT * FROM journal WHERE entity = 'identity' AND entity_id = ? ORDER BY seq", 1)).toMatch(
      /USING INDEX journal_identity/,
    );
    expect(plan(db, 'SELECT * FROM ins WHERE identity_id = ? AND active = 1', 1)).toMatch(/USING INDEX ins_one_active/);
    expect(plan(db, 'SELECT * FROM ins WHERE matricule = ?', 'm')).toMatch(/USING INDEX ins_matricule/);
    expect(plan(db, 'SELECT * FROM access_journal WHERE identity_id = ? ORDER BY seq', 1)).toMatch(/access_journal_identity/);
    expect(plan(db, 'SELECT * FROM document_checks WHERE identity_id = ? AND withdrawn_at IS NULL ORDER BY checked_at DESC', 1)).toMatch(
      /document_checks_identity/,
    );
  });
});
