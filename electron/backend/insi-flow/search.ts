// Use case « Interroger INSi » (insi.search) for an identity or a new patient, by traits (the client's strategy:
// first calls without the birthplace, automatic refinements on CR 02) or by Vitale card (beneficiary chosen on
// the virtual reader). Douteuse/fictive identities cannot call. Every wire call is journaled as it happens; the
// answer is kept under a random call id and returned with the comparison. Nothing in the identity changes here.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../core/contract/reply.js';
import type { LocalTraitsForComparison } from '../../../core/insi/compare.js';
import type { VitaleCard } from '../../../core/insi/types.js';
import { canCallInsi } from '../../../core/identity/status.js';
import type { IdentityDraft, NormalizedIdentity } from '../../../core/identity/types.js';
import { validateIdentityDraft } from '../../../core/identity/validate.js';
import type { IdentityRecord } from '../../../db/repos/identities.js';
import { getActiveIns } from '../../../db/repos/ins.js';
import { insertInsiAnswer } from '../../../db/repos/insi-answers.js';
import type { AppContext } from '../context.js';
import { PROVISIONAL_WITHOUT_CHECK } from '../identity-view.js';
import type { InsiSearchOutcome } from '../insi/index.js';
import type { SessionOperator } from '../sessions.js';
import { loadWritableIdentity, validationDeps } from '../use-cases/common.js';
import { statusFacts } from '../use-cases/status-facts.js';
import type { StoredAnswer } from './answer.js';
import { journalInsiCall } from './journal-call.js';
import { attemptsOf, comparisonView, returnedView, type InsiOutcomeView } from './outcome-view.js';

export interface SearchInput {
  mode: 'traits' | 'vitale';
  identityId: number | null;
  draft: IdentityDraft | null;
  cardId: string | null;
  beneficiaryIndex: number | null;
}

const NEW_PATIENT_WARNING =
  "Nouveau patient sans contrôle de pièce d'identité : le RNIV recommande de contrôler une pièce à haut niveau de confiance au moment de l'appel à INSi (vous pourrez l'enregistrer en acceptant la réponse).";
const CORRECTED_DATE_WARNING = "Date de naissance corrigée : l'identité ne pourra pas devenir récupérée ni qualifiée, même avec une réponse INSi.";

interface Target {
  identity: IdentityRecord | null;
  draft: NormalizedIdentity | null;
  local: LocalTraitsForComparison | null;
  warnings: string[];
}

function validatedDraft(ctx: AppContext, draft: IdentityDraft): NormalizedIdentity {
  const result = validateIdentityDraft({ ...draft, insMatricule: null }, validationDeps(ctx));
  if (result.errors.length > 0 || !result.identity) {
    throw new AppError('validation', 'Interrogation INSi impossible : corrigez les champs signalés.', result.errors);
  }
  return result.identity;
}

function target(ctx: AppContext, input: SearchInput): Target {
  if (input.identityId !== null) {
    const identity = loadWritableIdentity(ctx, input.identityId);
    const facts = statusFacts(ctx.db, identity);
    const can = canCallInsi(facts);
    if (!can.ok) throw new AppError('validation', `${can.reason}.`);
    const warnings = [
      ...(!facts.insiVerified && !facts.documentChecked ? [PROVISIONAL_WITHOUT_CHECK] : []),
      ...(identity.birthDateCorrected ? [CORRECTED_DATE_WARNING] : []),
    ];
    const local = { ...identity, matricule: getActiveIns(ctx.db, identity.id)?.matricule ?? null };
    return { identity, draft: null, local, warnings };
  }
  if (input.draft) {
    const draft = validatedDraft(ctx, input.draft);
    return { identity: null, draft, local: draft, warnings: [NEW_PATIENT_WARNING, ...(draft.birthDateCorrected ? [CORRECTED_DATE_WARNING] : [])] };
  }
  if (input.mode === 'vitale') return { identity: null, draft: null, local: null, warnings: [NEW_PATIENT_WARNING] };
  throw new AppError('validation', 'Indiquez la fiche du patient ou saisissez ses traits avant d’interroger INSi.');
}

function strictSex(sex: string): 'M' | 'F' {
  if (sex === 'M' || sex === 'F') return sex;
  throw new AppError('validation', 'Sexe indéterminé : INSi ne connaît que M ou F. Utilisez la carte Vitale ou corrigez le sexe sur la pièce d’identité.');
}

async function chosenCard(ctx: AppContext, input: SearchInput): Promise<{ card: VitaleCard; index: number }> {
  const reader = ctx.insi.cardReader();
  if (!reader) throw new AppError('unavailable', 'Aucun lecteur de carte Vitale sur ce poste : interrogez INSi par les traits.');
  if (input.cardId === null || input.beneficiaryIndex === null) throw new AppError('validation', 'Choisissez la carte Vitale et le bénéficiaire.');
  const card = (await reader.list()).find((c) => c.id === input.cardId);
  if (!card) throw new AppError('not_found', "Cette carte Vitale n'est plus dans le lecteur : relisez la carte.");
  if (!card.beneficiaries[input.beneficiaryIndex]) throw new AppError('validation', `Le bénéficiaire n° ${input.beneficiaryIndex + 1} n'existe pas sur cette carte.`);
  return { card, index: input.beneficiaryIndex };
}

/** A new patient read from a card only: the card's traits stand for the local ones in the comparison. */
function cardTraits(card: VitaleCard, index: number): LocalTraitsForComparison {
  const b = card.beneficiaries[index]!;
  return { birthName: b.birthName || card.insured.birthName, birthFirstNames: b.firstName, sex: '', birthDate: /^\d{4}-\d{2}-\d{2}$/.test(b.birthDate) ? b.birthDate : '', birthplaceCog: null };
}

export async function searchInsi(ctx: AppContext, operator: SessionOperator, input: SearchInput): Promise<InsiOutcomeView> {
  await ctx.insi.ready();
  const client = ctx.insi.client();
  const t = target(ctx, input);
  const callId = randomUUID();
  const callSeqs: number[] = [];
  const onCall = { onCall: (r: Parameters<typeof journalInsiCall>[5]) => callSeqs.push(journalInsiCall(ctx, operator, t.identity?.id ?? null, callId, 'search', r)) };

  let outcome: InsiSearchOutcome;
  let local = t.local;
  if (input.mode === 'vitale') {
    const { card, index } = await chosenCard(ctx, input);
    local ??= cardTraits(card, index);
    outcome = await client.searchByVitale(card, index, onCall);
  } else {
    const traits = t.identity ?? t.draft!;
    outcome = await client.searchByTraits(
      { birthName: traits.birthName, birthFirstNames: traits.birthFirstNames, sex: strictSex(traits.sex), birthDate: traits.birthDate, birthplaceCog: traits.birthplaceCog },
      onCall,
    );
  }

  const stored: StoredAnswer = {
    individual: outcome.individual,
    foundWith: outcome.foundWith,
    draft: t.draft,
    callSeqs,
    productionEndpoint: ctx.insi.productionEndpoint(),
    message: outcome.message ? { title: outcome.message.title, text: outcome.message.text } : null,
  };
  insertInsiAnswer(ctx.db, {
    callId,
    mode: input.mode,
    identityId: t.identity?.id ?? null,
    identityVersion: t.identity?.version ?? null,
    outcome: outcome.end,
    endpoint: outcome.endpoint,
    environment: outcome.environment,
    answer: stored,
    operator: operator.username,
    workstation: ctx.workstation,
    createdAt: ctx.clock.now(),
  });

  const found = outcome.end === 'found' && outcome.individual;
  return {
    callId,
    outcome: outcome.end,
    message: outcome.message,
    attempts: attemptsOf(outcome),
    returned: found ? returnedView(ctx, outcome.individual!) : null,
    comparison: found ? comparisonView(ctx, local, outcome.individual!) : null,
    warnings: t.warnings,
    identityId: t.identity?.id ?? null,
    identityVersion: t.identity?.version ?? null,
    environment: outcome.environment,
  };
}
