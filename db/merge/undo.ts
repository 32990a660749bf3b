// Undoes a merge in ONE transaction: refused when either record (or its INS, checks, attributes, aliases,
// or the pairs the merge closed) changed since the merge, or when a later merge still in force involves
// them; otherwise every row of the merge's "before" snapshot is written back exactly (same values,
// version and updated_at included), the alias the merge added is deleted, and the merge is marked undone.
// The journal keeps both the merge and its undo (append-only).
import { AppError } from '../../core/contract/reply.js';
import type { Db } from '../connection.js';
import { appendJournal, type JournalChange } from '../journal/index.js';
import { stmt } from '../statements.js';
import { getMerge, laterMergeInvolving } from './read.js';
import { captureSnapshot, changedTables, restoreSnapshot, scopeOf, type Snapshot, type SnapshotRow } from './snapshot.js';

export interface UndoInput {
  mergeId: number;
  reason: string;
  at: string;
  operator: string;
  workstation: string;
}

const TABLE_LABELS = {
  identities: "l'identité",
  ins: "l'INS",
  document_checks: 'le contrôle de pièce',
  identity_attributes: 'les attributs',
  ipp_aliases: 'les alias IPP',
  duplicate_pairs: 'les paires de doublons',
} as const;

const JOURNAL_FIELDS: Record<string, string> = {
  birth_name: 'birthName',
  birth_first_names: 'birthFirstNames',
  first_birth_name: 'firstBirthName',
  sex: 'sex',
  birth_date: 'birthDate',
  birth_date_corrected: 'birthDateCorrected',
  birthplace_cog: 'birthplaceCog',
  used_name: 'usedName',
  used_first_name: 'usedFirstName',
  status: 'status',
  merged_into: 'mergedInto',
};

/** Per-field changes of an identity row from `from` to `to`, in the journal's vocabulary (merged_into as an IPP). */
function identityChanges(from: SnapshotRow, to: SnapshotRow, ippOf: (id: number) => string): JournalChange[] {
  const shown = (column: string, v: string | number | null | undefined) => (v == null ? null : column === 'merged_into' ? ippOf(Number(v)) : v);
  return Object.entries(JOURNAL_FIELDS)
    .filter(([column]) => from[column] !== to[column])
    .map(([column, field]) => ({ field, before: shown(column, from[column]), after: shown(column, to[column]) }));
}

/** The merge's facts for the dashboard's past counts (as journaled by the merge), read from its « before » rows. */
function mergeFacts(before: Snapshot, survivorId: number, absorbedId: number) {
  const activeIns = (id: number) => before.ins.some((r) => r.identity_id === id && r.active === 1);
  const absorbedInsActive = activeIns(absorbedId);
  return {
    absorbedStatus: before.identities.find((r) => r.id === absorbedId)?.status ?? null,
    absorbedInsActive,
    insMoved: absorbedInsActive && !activeIns(survivorId),
  };
}

export function undoMerge(db: Db, input: UndoInput): { survivorId: number; absorbedId: number } {
  return db.transaction(() => {
    const merge = getMerge(db, input.mergeId);
    if (!merge) throw new AppError('not_found', `Aucune fusion n° ${input.mergeId}.`);
    const ippOf = (id: number) => String(merge.after.identities.find((r) => r.id === id)?.ipp ?? id);
    if (merge.undone_at) throw new AppError('validation', `La fusion n° ${merge.id} a déjà été annulée (${merge.undone_at} par ${merge.undone_by}).`);
    const ids = [merge.survivor_id, merge.absorbed_id];
    const later = laterMergeInvolving(db, merge.id, ids);
    if (later) {
      throw new AppError(
        'conflict',
        `Une fusion plus récente (n° ${later.id}) concerne ces identités : annulez-la d'abord, puis celle-ci.`,
      );
    }
    const current = captureSnapshot(db, scopeOf(merge.after));
    const changed = changedTables(merge.after, current);
    if (changed.length > 0) {
      const moved = current.identities.find((r, i) => JSON.stringify(r) !== JSON.stringify(merge.after.identities[i]));
      const who = moved ? `L'identité IPP ${String(moved.ipp)} a été modifiée` : `${changed.map((t) => TABLE_LABELS[t]).join(', ')} ont changé`;
      throw new AppError(
        'conflict',
        `Annulation impossible : ${who} depuis la fusion. Une annulation écraserait ces changements ; corrigez les identités à la main si nécessaire.`,
      );
    }
    restoreSnapshot(db, merge.before, current);
    stmt(db, 'UPDATE merges SET undone_at = ?, undone_by = ?, undo_reason = ? WHERE id = ?').run(input.at, input.operator, input.reason, merge.id);

    const entry = { at: input.at, operator: input.operator, workstation: input.workstation, entity: 'identity' as const, reason: input.reason, action: 'identity.merge_undo' as const };
    const facts = mergeFacts(merge.before, merge.survivor_id, merge.absorbed_id);
    for (const id of ids) {
      const from = current.identities.find((r) => r.id === id)!;
      const to = merge.before.identities.find((r) => r.id === id)!;
      const changes = identityChanges(from, to, ippOf);
      if (id === merge.survivor_id) changes.push({ field: 'ippAlias', before: ippOf(merge.absorbed_id), after: null });
      appendJournal(db, { ...entry, entityId: id, changes, data: { mergeId: merge.id, survivorId: merge.survivor_id, absorbedId: merge.absorbed_id, ...facts } });
    }
    return { survivorId: merge.survivor_id, absorbedId: merge.absorbed_id };
  })();
}
