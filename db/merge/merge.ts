// Merges two identities in ONE transaction (domain.md §8): the survivor keeps the strict traits chosen
// field by field (core/merge/plan.ts), the absorbed record's IPP and aliases become aliases of the
// survivor, its active INS moves over when the survivor has none, it is marked merged_into and leaves the
// search; open duplicate pairs of the absorbed are closed as merged. Every row touched is snapshotted
// before and after into `merges`, so that undo.ts restores both records exactly. Journaled on both.
import { AppError } from '../../core/contract/reply.js';
import { deriveStatus } from '../../core/identity/status.js';
import { MERGE_FIELDS, planMerge, type MergeChoices, type MergeParty } from '../../core/merge/plan.js';
import type { Db } from '../connection.js';
import { appendJournal, type JournalChange } from '../journal/index.js';
import { activeDocumentCheck } from '../repos/document-checks.js';
import { getIdentity, updateIdentity, type IdentityRecord } from '../repos/identities.js';
import { getActiveIns } from '../repos/ins.js';
import { stmt } from '../statements.js';
import { mergedInto } from './read.js';
import { captureSnapshot } from './snapshot.js';

export interface MergeInput {
  survivorId: number;
  absorbedId: number;
  /** The versions the referent compared (optimistic concurrency). */
  survivorVersion: number;
  absorbedVersion: number;
  choices: MergeChoices;
  /** The reviewed duplicate pair, if the merge comes from the review queue. */
  pairId?: number | null;
  reason: string;
  at: string;
  operator: string;
  workstation: string;
}

export interface MergeResult {
  mergeId: number;
  survivor: IdentityRecord;
}

const TRACKED = [...MERGE_FIELDS, 'birthDateCorrected', 'status'] as const;

function loadParty(db: Db, id: number, version: number): { record: IdentityRecord; party: MergeParty } {
  const record = getIdentity(db, id);
  if (!record) throw new AppError('not_found', `Aucune identité n° ${id} dans la base.`);
  const into = mergedInto(db, id);
  if (into) {
    throw new AppError('validation', `L'IPP ${record.ipp} a déjà été fusionné dans l'IPP ${into.final.ipp} : il ne peut plus être fusionné.`);
  }
  if (record.version !== version) {
    throw new AppError('conflict', `L'identité IPP ${record.ipp} a été modifiée depuis que vous l'avez ouverte : rechargez la paire, rien n'a été fusionné.`);
  }
  const ins = getActiveIns(db, id);
  return { record, party: { ...record, activeMatricule: ins?.matricule ?? null } };
}

/** Open pairs involving the absorbed record; the reviewed pair must be one of them and name both records. */
function pairsToClose(db: Db, input: MergeInput): number[] {
  const open = stmt<[number, number], { id: number; a_id: number; b_id: number }>(
    db,
    "SELECT id, a_id, b_id FROM duplicate_pairs WHERE status = 'open' AND (a_id = ? OR b_id = ?) ORDER BY id",
  ).all(input.absorbedId, input.absorbedId);
  if (input.pairId != null) {
    const pair = open.find((p) => p.id === input.pairId);
    const ids = [input.survivorId, input.absorbedId];
    if (!pair || !ids.includes(pair.a_id) || !ids.includes(pair.b_id)) {
      throw new AppError('conflict', `La paire n° ${input.pairId} n'est plus ouverte pour ces deux identités : elle a déjà été traitée. Rechargez la liste.`);
    }
  }
  return open.map((p) => p.id);
}

export function mergeIdentities(db: Db, input: MergeInput): MergeResult {
  if (input.survivorId === input.absorbedId) throw new AppError('validation', 'Une identité ne peut pas être fusionnée avec elle-même.');
  return db.transaction((): MergeResult => {
    const s = loadParty(db, input.survivorId, input.survivorVersion);
    const a = loadParty(db, input.absorbedId, input.absorbedVersion);
    const plan = planMerge(s.party, a.party, input.choices);
    if (!plan.ok) throw new AppError('validation', plan.message);
    const pairIds = pairsToClose(db, input);
    const scope = { identityIds: [s.record.id, a.record.id], pairIds };
    const before = captureSnapshot(db, scope);
    const { at, operator } = input;

    if (plan.ins === 'move') stmt(db, 'UPDATE ins SET identity_id = ? WHERE identity_id = ? AND active = 1').run(s.record.id, a.record.id);
    if (plan.ins === 'retire') stmt(db, 'UPDATE ins SET active = 0 WHERE identity_id = ? AND active = 1').run(a.record.id);
    stmt(db, 'UPDATE ipp_aliases SET identity_id = ? WHERE identity_id = ?').run(s.record.id, a.record.id);
    stmt(db, 'INSERT INTO ipp_aliases (alias, identity_id, created_at, reason) VALUES (?, ?, ?, ?)').run(
      a.record.ipp,
      s.record.id,
      at,
      `Fusion de l'IPP ${a.record.ipp} dans l'IPP ${s.record.ipp}`,
    );
    stmt(
      db,
      `UPDATE duplicate_pairs SET status = 'merged', decided_at = ?, decided_by = ?, decision_reason = ?
       WHERE id IN (SELECT value FROM json_each(?))`,
    ).run(at, operator, input.reason, JSON.stringify(pairIds));

    const status = deriveStatus({
      insiVerified: plan.traits.insiVerifiedAt !== null,
      documentChecked: activeDocumentCheck(db, s.record.id) !== null,
      attributes: s.record.attributes,
      birthDateCorrected: plan.traits.birthDateCorrected,
      sex: plan.traits.sex,
    });
    const survivor = updateIdentity(db, s.record.id, s.record.version, { ...plan.traits, status, updatedAt: at });
    const absorbedUpdate = stmt(db, 'UPDATE identities SET merged_into = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?');
    if (absorbedUpdate.run(s.record.id, at, a.record.id, a.record.version).changes !== 1) {
      throw new AppError('conflict', `L'identité IPP ${a.record.ipp} vient d'être modifiée : rien n'a été fusionné.`);
    }

    const after = captureSnapshot(db, scope);
    const mergeId = Number(
      stmt(
        db,
        `INSERT INTO merges (survivor_id, absorbed_id, pair_id, at, operator, workstation, reason, choices_json, before_json, after_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(s.record.id, a.record.id, input.pairId ?? null, at, operator, input.workstation, input.reason, JSON.stringify(input.choices), JSON.stringify(before), JSON.stringify(after))
        .lastInsertRowid,
    );

    const changes: JournalChange[] = TRACKED.filter((f) => s.record[f] !== survivor[f]).map((f) => ({ field: f, before: s.record[f], after: survivor[f] }));
    if (s.record.insiVerifiedAt !== survivor.insiVerifiedAt) changes.push({ field: 'insiVerified', before: s.record.insiVerifiedAt !== null, after: survivor.insiVerifiedAt !== null });
    changes.push({ field: 'ippAlias', before: null, after: a.record.ipp });
    if (plan.ins === 'move') changes.push({ field: 'ins', before: null, after: `INS reprise de l'IPP ${a.record.ipp}` });
    const entry = { at, operator, workstation: input.workstation, entity: 'identity' as const, reason: input.reason };
    // What the dashboard's past counts need to replay the merge (core/indicators/changes.ts).
    const facts = { absorbedStatus: a.record.status, absorbedInsActive: plan.ins !== 'none', insMoved: plan.ins === 'move' };
    appendJournal(db, {
      ...entry,
      action: 'identity.merge',
      entityId: s.record.id,
      changes,
      data: { mergeId, absorbedId: a.record.id, absorbedIpp: a.record.ipp, choices: input.choices, ...facts },
    });
    appendJournal(db, {
      ...entry,
      action: 'identity.merged_into',
      entityId: a.record.id,
      changes: [{ field: 'mergedInto', before: null, after: s.record.ipp }],
      data: { mergeId, survivorId: s.record.id, survivorIpp: s.record.ipp, ...facts },
    });
    return { mergeId, survivor: getIdentity(db, s.record.id)! };
  })();
}
