// Use case « Accepter l'identité INSi » (insi.accept): strict traits replaced by INSi's byte for byte, INSi+ set,
// INS stored with OID, history and endpoint; a COG absent from our reference only if the agent accepts it; an
// optional document check in the same transaction; a new patient is created from INSi's traits. One INS on two
// records is refused (blocking alert naming the other IPP). Everything journaled with before/after per field.
import { checkBirthplace } from '../../../core/cog/check.js';
import { AppError } from '../../../core/contract/reply.js';
import type { InsiIndividual } from '../../../core/insi/types.js';
import { validateIdentityDraft } from '../../../core/identity/validate.js';
import { appendJournal, type JournalChange } from '../../../db/journal/index.js';
import { decideInsiAnswer, type InsiAnswerRecord } from '../../../db/repos/insi-answers.js';
import { getIdentity, insertIdentity, ippExists, updateIdentity, type IdentityRecord } from '../../../db/repos/identities.js';
import { getActiveIns, identitiesWithActiveMatricule, setActiveIns } from '../../../db/repos/ins.js';
import { nextIpp } from '../../../db/repos/meta.js';
import type { AppContext } from '../context.js';
import type { SessionOperator } from '../sessions.js';
import { assertVersion, journalIdentity, loadWritableIdentity, validationDeps } from '../use-cases/common.js';
import { recordDocumentCheck } from '../use-cases/document-check.js';
import { derivedStatus, statusFacts } from '../use-cases/status-facts.js';
import { canCallInsi } from '../../../core/identity/status.js';
import type { StoredAnswer } from './answer.js';
import { assertAcceptable, openAnswer } from './decision-common.js';
import { returnedFirstBirthName } from './outcome-view.js';

export interface AcceptInput {
  callId: string;
  version: number | null;
  usedName?: string | null | undefined;
  usedFirstName?: string | null | undefined;
  acceptUnknownBirthplace: boolean;
  documentCheck: { deviceType: string; validUntil: string } | null;
}

const TRACKED = ['birthName', 'birthFirstNames', 'firstBirthName', 'sex', 'birthDate', 'birthplaceCog', 'birthplaceFromInsi', 'traitsSource', 'insiVerifiedAt', 'status'] as const;

/** The birthplace to store: INSi's code (absent from our reference only with the agent's explicit consent). */
function birthplace(ctx: AppContext, i: InsiIndividual, localCog: string | null, acceptUnknown: boolean): { cog: string; fromInsi: boolean } {
  const code = i.traits.birthplaceCog;
  if (code === null) {
    if (!localCog) throw new AppError('validation', "INSi n'a pas renvoyé de lieu de naissance : saisissez-le sur la fiche avant d'accepter.");
    return { cog: localCog, fromInsi: false };
  }
  const check = checkBirthplace(ctx.cog, code, i.traits.birthDate);
  if (check.status !== 'unknown_code' && check.status !== 'malformed') return { cog: code, fromInsi: false };
  if (!acceptUnknown) {
    const message = `Le code lieu de naissance ${code} renvoyé par INSi est absent du référentiel INSEE : cochez « accepter le code renvoyé par INSi » pour l'enregistrer.`;
    throw new AppError('validation', message, [{ field: 'birthplaceCog', code: 'insi_cog_unknown', message }]);
  }
  return { cog: code, fromInsi: true };
}

/** Same INS on two records is a blocking alert (domain.md §8). */
function assertNoCollision(ctx: AppContext, matricule: string, self: number | null): void {
  const others = identitiesWithActiveMatricule(ctx.db, matricule).filter((id) => id !== self);
  if (others.length === 0) return;
  const ipps = others.map((id) => getIdentity(ctx.db, id)?.ipp ?? `n° ${id}`).join(', ');
  const message = `Alerte : cette INS est déjà enregistrée sur l'identité IPP ${ipps}. Deux fiches ne peuvent pas porter la même INS : signalez-le à un référent en identitovigilance (doublon ou collision).`;
  throw new AppError('validation', message, [{ field: 'insMatricule', code: 'ins_collision', message }]);
}

function storeIns(ctx: AppContext, identityId: number, answer: InsiAnswerRecord<StoredAnswer>, i: InsiIndividual, at: string): void {
  setActiveIns(ctx.db, { identityId, matricule: i.active.matricule, oid: i.active.oid, source: 'insi', endpoint: answer.endpoint, historyJson: JSON.stringify(i.history), obtainedAt: at });
}

function decisionData(answer: InsiAnswerRecord<StoredAnswer>, i: InsiIndividual, input: AcceptInput, fromInsi: boolean) {
  return {
    callId: answer.callId,
    decision: 'accepted',
    mode: answer.mode,
    endpoint: answer.endpoint,
    environment: answer.environment,
    oid: i.active.oid,
    history: i.history.map((h) => h.matricule),
    foundWith: answer.answer.foundWith,
    birthplaceAcceptedFromInsi: fromInsi,
    documentCheck: input.documentCheck?.deviceType ?? null,
    callSeqs: answer.answer.callSeqs,
  };
}

function claim(ctx: AppContext, operator: SessionOperator, callId: string, at: string, resultIdentityId: number): void {
  if (!decideInsiAnswer(ctx.db, callId, { decision: 'accepted', at, operator: operator.username, resultIdentityId })) {
    throw new AppError('conflict', 'Cette réponse INSi a déjà fait l’objet d’une décision : rien n’a été modifié.');
  }
}

function withDocumentCheck(ctx: AppContext, operator: SessionOperator, record: IdentityRecord, input: AcceptInput): IdentityRecord {
  if (!input.documentCheck) return record;
  return recordDocumentCheck(ctx, operator, { id: record.id, version: record.version, ...input.documentCheck });
}

function acceptForIdentity(ctx: AppContext, operator: SessionOperator, answer: InsiAnswerRecord<StoredAnswer>, i: InsiIndividual, input: AcceptInput): IdentityRecord {
  if (input.version === null) throw new AppError('validation', 'Version de la fiche manquante : rechargez la fiche.');
  const before = loadWritableIdentity(ctx, answer.identityId!);
  assertVersion(before, input.version);
  if (answer.identityVersion !== before.version) {
    throw new AppError('conflict', "La fiche a été modifiée depuis l'interrogation INSi : relancez l'interrogation avant d'accepter.");
  }
  const can = canCallInsi(statusFacts(ctx.db, before));
  if (!can.ok) throw new AppError('validation', `${can.reason}.`);
  const place = birthplace(ctx, i, before.birthplaceCog, input.acceptUnknownBirthplace);
  assertNoCollision(ctx, i.active.matricule, before.id);
  const at = ctx.clock.now();
  return ctx.db.transaction(() => {
    claim(ctx, operator, answer.callId, at, before.id);
    const previousIns = getActiveIns(ctx.db, before.id);
    const t = i.traits;
    const proposed: IdentityRecord = {
      ...before,
      birthName: t.birthName,
      birthFirstNames: t.firstNames,
      firstBirthName: returnedFirstBirthName(i),
      sex: t.sex as 'M' | 'F',
      birthDate: t.birthDate,
      birthplaceCog: place.cog,
      birthplaceFromInsi: place.fromInsi,
      traitsSource: 'insi',
      insiVerifiedAt: at,
    };
    proposed.status = derivedStatus(ctx.db, proposed, { insiVerified: true });
    const after = updateIdentity(ctx.db, before.id, before.version, {
      birthName: proposed.birthName,
      birthFirstNames: proposed.birthFirstNames,
      firstBirthName: proposed.firstBirthName,
      sex: proposed.sex,
      birthDate: proposed.birthDate,
      birthplaceCog: proposed.birthplaceCog,
      birthplaceFromInsi: proposed.birthplaceFromInsi,
      traitsSource: 'insi',
      insiVerifiedAt: at,
      status: proposed.status,
      updatedAt: at,
    });
    storeIns(ctx, before.id, answer, i, at);
    const changes: JournalChange[] = [
      ...TRACKED.filter((f) => before[f] !== proposed[f]).map((f) => ({ field: f, before: before[f], after: proposed[f] })),
      ...(previousIns?.matricule !== i.active.matricule ? [{ field: 'insMatricule', before: previousIns?.matricule ?? null, after: i.active.matricule }] : []),
    ];
    journalIdentity(ctx, operator, at, 'identity.insi_accept', before.id, changes, null, decisionData(answer, i, input, place.fromInsi));
    return withDocumentCheck(ctx, operator, after, input);
  })();
}

function usedNames(ctx: AppContext, answer: InsiAnswerRecord<StoredAnswer>, i: InsiIndividual, input: AcceptInput) {
  const draft = answer.answer.draft;
  const usedName = input.usedName ?? draft?.usedName ?? null;
  const usedFirstName = input.usedFirstName ?? draft?.usedFirstName ?? null;
  // Only the locally typed fields are normalised and checked; INSi's strict traits are never touched.
  const result = validateIdentityDraft(
    { ipp: draft?.ipp ?? null, birthName: i.traits.birthName, birthFirstNames: i.traits.firstNames, sex: i.traits.sex, birthDate: i.traits.birthDate, birthplaceCog: i.traits.birthplaceCog ?? draft?.birthplaceCog ?? '', usedName, usedFirstName },
    validationDeps(ctx),
  );
  const errors = result.errors.filter((e) => e.field === 'usedName' || e.field === 'usedFirstName');
  if (errors.length > 0) throw new AppError('validation', 'Identité non enregistrée : corrigez les champs signalés.', errors);
  return { usedName: result.normalized.usedName ?? null, usedFirstName: result.normalized.usedFirstName ?? null };
}

function acceptForNewPatient(ctx: AppContext, operator: SessionOperator, answer: InsiAnswerRecord<StoredAnswer>, i: InsiIndividual, input: AcceptInput): IdentityRecord {
  const draft = answer.answer.draft;
  const place = birthplace(ctx, i, draft?.birthplaceCog ?? null, input.acceptUnknownBirthplace);
  assertNoCollision(ctx, i.active.matricule, null);
  const names = usedNames(ctx, answer, i, input);
  const at = ctx.clock.now();
  return ctx.db.transaction(() => {
    if (draft?.ipp && ippExists(ctx.db, draft.ipp)) throw new AppError('validation', `L'IPP ${draft.ipp} est déjà attribué.`);
    const ipp = draft?.ipp ?? nextIpp(ctx.db);
    const t = i.traits;
    const row = {
      ipp,
      birthName: t.birthName,
      birthFirstNames: t.firstNames,
      firstBirthName: returnedFirstBirthName(i),
      sex: t.sex as 'M' | 'F',
      birthDate: t.birthDate,
      birthDateCorrected: false,
      birthplaceCog: place.cog,
      birthplaceFromInsi: place.fromInsi,
      usedName: names.usedName ?? null,
      usedFirstName: names.usedFirstName ?? null,
      traitsSource: 'insi' as const,
      insiVerifiedAt: at,
      status: 'recuperee' as const,
      createdAt: at,
    };
    const id = insertIdentity(ctx.db, row);
    claim(ctx, operator, answer.callId, at, id);
    storeIns(ctx, id, answer, i, at);
    const fields = ['ipp', 'birthName', 'birthFirstNames', 'firstBirthName', 'sex', 'birthDate', 'birthplaceCog', 'usedName', 'usedFirstName', 'traitsSource'] as const;
    journalIdentity(ctx, operator, at, 'identity.create', id, fields.map((f) => ({ field: f, before: null, after: row[f] })), null, { callId: answer.callId });
    journalIdentity(
      ctx,
      operator,
      at,
      'identity.insi_accept',
      id,
      [
        { field: 'insiVerifiedAt', before: null, after: at },
        { field: 'birthplaceFromInsi', before: null, after: place.fromInsi },
        { field: 'insMatricule', before: null, after: i.active.matricule },
        { field: 'status', before: null, after: row.status },
      ],
      null,
      decisionData(answer, i, input, place.fromInsi),
    );
    // The calls were journaled before the record existed: link them to it.
    appendJournal(ctx.db, {
      at,
      operator: operator.username,
      workstation: ctx.workstation,
      action: 'identity.insi_call',
      entity: 'identity',
      entityId: id,
      reason: 'Appels INSi faits avant la création de la fiche',
      changes: [],
      data: { callId: answer.callId, linkedSeqs: answer.answer.callSeqs },
    });
    return withDocumentCheck(ctx, operator, getIdentity(ctx.db, id)!, input);
  })();
}

export function acceptInsiAnswer(ctx: AppContext, operator: SessionOperator, input: AcceptInput): IdentityRecord {
  const answer = openAnswer(ctx, input.callId);
  const individual = assertAcceptable(ctx, answer);
  return answer.identityId !== null
    ? acceptForIdentity(ctx, operator, answer, individual, input)
    : acceptForNewPatient(ctx, operator, answer, individual, input);
}
