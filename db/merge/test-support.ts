// Test fixtures of db/merge: two identities with INS, checks, attributes, aliases and pairs, and an exact
// dump of every row in a merge's scope (SQLite quote() of each column: type and bytes). Tests only.
import { KEEP_SURVIVOR, type MergeChoices } from '../../core/merge/plan.js';
import type { Db } from '../connection.js';
import { insertDocumentCheck } from '../repos/document-checks.js';
import { insertIdentity, type NewIdentityRow } from '../repos/identities.js';
import { setActiveIns } from '../repos/ins.js';
import { addIppAlias } from '../repos/ipp-aliases.js';
import { setAttribute } from '../repos/attributes.js';
import { at, identityRow } from '../test-support.js';
import { mergeIdentities } from './merge.js';

export const NIR_A = '280037511312345';
export const NIR_B = '180037511312399';

export interface PartySetup {
  row?: Partial<NewIdentityRow>;
  ins?: string | null;
  checked?: boolean;
  attributes?: ('homonyme' | 'douteuse')[];
  aliases?: string[];
}

export function addParty(db: Db, ipp: string, setup: PartySetup = {}): number {
  const id = insertIdentity(db, identityRow({ ipp, ...setup.row }));
  if (setup.ins) setActiveIns(db, { identityId: id, matricule: setup.ins, oid: '1.2.250.1.213.1.4.8', source: 'insi', endpoint: 'mock', obtainedAt: at(1) });
  if (setup.checked) insertDocumentCheck(db, { identityId: id, deviceType: 'CN', validUntil: '2030-01-01', checkedAt: at(2), operator: 'agent', workstation: 'P1' });
  for (const attribute of setup.attributes ?? []) setAttribute(db, { identityId: id, attribute, reason: 'test', at: at(3), operator: 'agent' });
  for (const alias of setup.aliases ?? []) addIppAlias(db, { alias, identityId: id, at: at(4), reason: 'ancienne fusion' });
  return id;
}

export function addPair(db: Db, x: number, y: number, kind: 'duplicate' | 'collision' = 'duplicate', score = 0.87): number {
  const [a, b] = x < y ? [x, y] : [y, x];
  return Number(
    db
      .prepare(`INSERT INTO duplicate_pairs (a_id, b_id, kind, score, reasons_json, found_at, found_by) VALUES (?, ?, ?, ?, '["nom"]', ?, 'ref')`)
      .run(a, b, kind, score, at(5)).lastInsertRowid,
  );
}

const version = (db: Db, id: number) => (db.prepare('SELECT version FROM identities WHERE id = ?').get(id) as { version: number }).version;

export function merge(db: Db, survivorId: number, absorbedId: number, choices: Partial<MergeChoices> = {}, pairId: number | null = null) {
  return mergeIdentities(db, {
    survivorId,
    absorbedId,
    survivorVersion: version(db, survivorId),
    absorbedVersion: version(db, absorbedId),
    choices: { ...KEEP_SURVIVOR, ...choices },
    pairId,
    reason: 'Même personne (pièce vérifiée)',
    at: at(10),
    operator: 'ref',
    workstation: 'POSTE-REF',
  });
}

const TABLES: Record<string, string> = {
  identities: 'id IN (SELECT value FROM json_each(?))',
  ins: 'identity_id IN (SELECT value FROM json_each(?))',
  document_checks: 'identity_id IN (SELECT value FROM json_each(?))',
  identity_attributes: 'identity_id IN (SELECT value FROM json_each(?))',
  ipp_aliases: 'identity_id IN (SELECT value FROM json_each(?))',
  duplicate_pairs: 'a_id IN (SELECT value FROM json_each(?)) OR b_id IN (SELECT value FROM json_each(?))',
};

/** Every row about `ids`, each column as SQLite's quote() (exact type and value), in rowid order. */
export function exactRows(db: Db, ids: readonly number[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [table, where] of Object.entries(TABLES)) {
    const columns = (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((c) => `quote(${c.name})`);
    out[table] = (db.prepare(`SELECT ${columns.join(" || '|' || ")} AS r FROM ${table} WHERE ${where} ORDER BY 1`).all(...where.split('?').slice(1).map(() => JSON.stringify(ids))) as { r: string }[]).map(
      (x) => x.r,
    );
  }
  return out;
}
