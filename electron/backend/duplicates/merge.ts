// Use cases: merge two identities from the review queue (or from two ids), and undo a merge. The reason
// is required; the store does the rest in one transaction (db/merge), with the NIA re-verification request a
// merge queues on the survivor like any event on it (seed §3.2). Replies with a French summary.
import { STATUS_LABELS } from '../../../core/identity/labels.js';
import type { MergeChoices } from '../../../core/merge/plan.js';
import { mergeIdentities, undoMerge } from '../../../db/merge/index.js';
import { getIdentity, type IdentityRecord } from '../../../db/repos/identities.js';
import type { AppContext } from '../context.js';
import type { SessionOperator } from '../sessions.js';
import { loadIdentity, requireReason } from '../use-cases/common.js';
import { noteIdentityEvent } from '../verification/nia-events.js';

export function mergePair(
  ctx: AppContext,
  operator: SessionOperator,
  input: {
    pairId?: number | null | undefined;
    survivorId: number;
    absorbedId: number;
    versions: { survivor: number; absorbed: number };
    choices: MergeChoices;
    reason: string;
  },
): { mergeId: number; survivor: IdentityRecord; message: string } {
  const reason = requireReason(input.reason, 'de la fusion');
  const before = loadIdentity(ctx, input.survivorId);
  const absorbed = loadIdentity(ctx, input.absorbedId);
  const { mergeId, survivor } = ctx.db.transaction(() => {
    const merged = mergeIdentities(ctx.db, {
      survivorId: input.survivorId,
      absorbedId: input.absorbedId,
      survivorVersion: input.versions.survivor,
      absorbedVersion: input.versions.absorbed,
      choices: input.choices,
      pairId: input.pairId ?? null,
      reason,
      at: ctx.clock.now(),
      operator: operator.username,
      workstation: ctx.workstation,
    });
    noteIdentityEvent(ctx, merged.survivor, 'fusion', operator.username);
    return merged;
  })();
  const status = before.status !== survivor.status ? ` Statut : ${STATUS_LABELS[before.status]} → ${STATUS_LABELS[survivor.status]}.` : '';
  return {
    mergeId,
    survivor,
    message: `IPP ${absorbed.ipp} fusionné dans l'IPP ${survivor.ipp} : il en devient un alias, retrouvé par la recherche.${status}`,
  };
}

export function undoMergeCase(
  ctx: AppContext,
  operator: SessionOperator,
  input: { mergeId: number; reason: string },
): { survivorId: number; absorbedId: number; message: string } {
  const reason = requireReason(input.reason, "de l'annulation");
  const done = undoMerge(ctx.db, { mergeId: input.mergeId, reason, at: ctx.clock.now(), operator: operator.username, workstation: ctx.workstation });
  const ipp = (id: number) => getIdentity(ctx.db, id)?.ipp ?? String(id);
  return {
    ...done,
    message: `Fusion annulée : IPP ${ipp(done.survivorId)} et IPP ${ipp(done.absorbedId)} sont de nouveau deux identités, comme avant la fusion.`,
  };
}
