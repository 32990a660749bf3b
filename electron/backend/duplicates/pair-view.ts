// The review queue as the referent sees it: open pairs with both identities summarised and the reasons
// in French, and one pair in full, side by side, with the equality of each field the merge can choose.
import type { z } from 'zod';
import type { PairFieldSchema, PairIdentitySummarySchema, PairSummarySchema } from '../../../core/contract/channels-duplicates.js';
import { AppError } from '../../../core/contract/reply.js';
import { duplicateReasonLabel } from '../../../core/duplicates/reasons.js';
import { formatDateFr } from '../../../core/identity/birth-date.js';
import { FIELD_LABELS, SEX_LABELS } from '../../../core/identity/labels.js';
import { MERGE_FIELDS } from '../../../core/merge/plan.js';
import { getPair, type DuplicatePair } from '../../../db/duplicates/pairs.js';
import { getIdentity, type IdentityRecord } from '../../../db/repos/identities.js';
import { getActiveIns } from '../../../db/repos/ins.js';
import type { AppContext } from '../context.js';
import { birthplaceLabel } from '../handlers/reference.js';
import { buildIdentityView, type IdentityView } from '../identity-view.js';

type PairSummary = z.output<typeof PairSummarySchema>;
type PairField = z.output<typeof PairFieldSchema>;

function loadOrFail(ctx: AppContext, id: number): IdentityRecord {
  const identity = getIdentity(ctx.db, id);
  if (!identity) throw new AppError('not_found', `Aucune identité n° ${id} dans la base.`);
  return identity;
}

function identitySummary(ctx: AppContext, i: IdentityRecord): z.output<typeof PairIdentitySummarySchema> {
  return {
    id: i.id,
    ipp: i.ipp,
    birthName: i.birthName,
    birthFirstNames: i.birthFirstNames,
    firstBirthName: i.firstBirthName,
    sex: i.sex,
    birthDate: i.birthDate,
    birthplaceLabel: birthplaceLabel(ctx, i.birthplaceCog, i.birthDate),
    usedName: i.usedName,
    status: i.status,
    attributes: i.attributes,
  };
}

export function pairSummary(ctx: AppContext, pair: DuplicatePair): PairSummary {
  return {
    id: pair.id,
    kind: pair.kind,
    score: pair.score,
    reasons: pair.reasons.map((code) => ({ code, label: duplicateReasonLabel(code) })),
    foundAt: pair.foundAt,
    a: identitySummary(ctx, loadOrFail(ctx, pair.aId)),
    b: identitySummary(ctx, loadOrFail(ctx, pair.bId)),
  };
}

export function loadPair(ctx: AppContext, pairId: number): DuplicatePair {
  const pair = getPair(ctx.db, pairId);
  if (!pair) throw new AppError('not_found', `Aucune paire de doublons potentiels n° ${pairId}.`);
  return pair;
}

function shown(ctx: AppContext, field: (typeof MERGE_FIELDS)[number], i: IdentityRecord): string | null {
  if (field === 'sex') return SEX_LABELS[i.sex];
  if (field === 'birthDate') return `${formatDateFr(i.birthDate)}${i.birthDateCorrected ? ' (date corrigée)' : ''}`;
  if (field === 'birthplaceCog') return `${birthplaceLabel(ctx, i.birthplaceCog, i.birthDate)} (${i.birthplaceCog})`;
  return i[field];
}

/** Each merge field (and the INS) of both records, with whether they hold the same value. */
export function pairFields(ctx: AppContext, a: IdentityRecord, b: IdentityRecord, views: { a: IdentityView; b: IdentityView }): PairField[] {
  const fields: PairField[] = MERGE_FIELDS.map((field) => ({
    field,
    label: FIELD_LABELS[field],
    a: shown(ctx, field, a),
    b: shown(ctx, field, b),
    equal: a[field] === b[field] && (field !== 'birthDate' || a.birthDateCorrected === b.birthDateCorrected),
    choosable: true,
  }));
  const insA = getActiveIns(ctx.db, a.id);
  const insB = getActiveIns(ctx.db, b.id);
  const insShown = (v: IdentityView) => (v.ins && !v.ins.invalidated ? (v.ins.matricule ?? v.ins.masked) : null);
  fields.push({
    field: 'ins',
    label: 'INS',
    a: insShown(views.a),
    b: insShown(views.b),
    equal: (insA?.matricule ?? null) === (insB?.matricule ?? null),
    choosable: false,
  });
  return fields;
}
