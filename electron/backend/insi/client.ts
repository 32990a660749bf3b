// The INSi client the backend uses: createInsiClient(config) → searchByTraits (the seed §3.2 strategy driven by
// core/insi/strategy.ts), searchByVitale (card → beneficiary → RECVITALE) and verify (see verify.ts). Every wire
// call comes back as an InsiCallRecord; every failure as a French message for the agent or the administrator.
// The client knows only an endpoint: the mock server and the real service are the same to it.
import { isFailure } from '../../../core/insi/classify.js';
import { failureMessage, invalidQueryMessage, multipleMessage, NOT_FOUND_MESSAGE } from '../../../core/insi/messages.js';
import { checkTraitsQuery, checkVitaleQuery } from '../../../core/insi/query-check.js';
import { buildTraitsEnvelope, buildVitaleEnvelope } from '../../../core/insi/request.js';
import { nextTraitsStep, type AnsweredQuery, type AttemptReason, type SearchEnd, type TraitsSearchInput } from '../../../core/insi/strategy.js';
import type { InsiCallRecord, InsiIndividual, InsiMessage, TraitsQuery, VitaleBeneficiary, VitaleCard, VitaleQuery } from '../../../core/insi/types.js';
import type { StoredInsIdentity } from '../../../core/insi/verify.js';
import { resolveConfig, type InsiClientConfig, type ResolvedConfig } from './config.js';
import { createHttpTransport, type Transport } from './transport.js';
import { verifyIdentity, type VerificationOutcome } from './verify.js';
import { callWithRetries } from './wire-call.js';

export type InsiSearchEnd = SearchEnd | 'invalid_query';

/** One query of the strategy (with all its transport tries). */
export interface SearchStep {
  reason: AttemptReason | 'vitale';
  query: TraitsQuery | VitaleQuery;
  calls: InsiCallRecord[];
}

export interface InsiSearchOutcome {
  end: InsiSearchEnd;
  individual: InsiIndividual | null;
  /** The query that returned CR 00. */
  foundWith: TraitsQuery | VitaleQuery | null;
  steps: SearchStep[];
  /** Every wire call in order (steps flattened): what the journal records. */
  calls: InsiCallRecord[];
  /** Null when found. */
  message: InsiMessage | null;
  endpoint: string;
  environment: string;
}

export interface CallOptions {
  /** Called after each wire call (e.g. to journal it as it happens). */
  onCall?: (record: InsiCallRecord) => void;
}

export interface InsiClient {
  readonly endpoint: string;
  readonly environment: string;
  searchByTraits(traits: TraitsSearchInput, opts?: CallOptions): Promise<InsiSearchOutcome>;
  searchByVitale(card: VitaleCard, beneficiary: VitaleBeneficiary | number, opts?: CallOptions): Promise<InsiSearchOutcome>;
  verify(identity: StoredInsIdentity, opts?: CallOptions): Promise<VerificationOutcome>;
  close(): void;
}

export function createInsiClient(config: InsiClientConfig): InsiClient {
  const c = resolveConfig(config);
  const transport: Transport = config.transport ?? createHttpTransport(c.endpoint, config.tls);

  const searchByTraits = (traits: TraitsSearchInput, opts: CallOptions = {}) => runTraitsSearch(c, transport, traits, opts);
  const client: InsiClient = {
    endpoint: c.endpoint,
    environment: c.environment,
    searchByTraits,
    searchByVitale: (card, beneficiary, opts = {}) => runVitaleSearch(c, transport, vitaleQuery(card, beneficiary), opts),
    verify: (identity, opts = {}) => verifyIdentity(identity, (t) => searchByTraits(t, opts)),
    close: () => transport.close(),
  };
  return client;
}

async function runTraitsSearch(c: ResolvedConfig, transport: Transport, traits: TraitsSearchInput, opts: CallOptions): Promise<InsiSearchOutcome> {
  const steps: SearchStep[] = [];
  const answered: AnsweredQuery[] = [];
  for (;;) {
    const step = nextTraitsStep(traits, answered, c.strategy);
    if (step.kind === 'done') return finish(c, steps, step.end, traits);
    const issues = checkTraitsQuery(step.query);
    if (issues.length > 0) return { ...finish(c, steps, 'invalid_query', traits), message: invalidQueryMessage(issues) };
    const calls = await callWithRetries({ config: c, transport, ...opts }, 'rechercherInsAvecTraitsIdentite', step.query, (ctx) =>
      buildTraitsEnvelope(step.query, ctx),
    );
    steps.push({ reason: step.reason, query: step.query, calls });
    answered.push({ query: step.query, status: calls[calls.length - 1]!.status });
  }
}

async function runVitaleSearch(c: ResolvedConfig, transport: Transport, query: VitaleQuery, opts: CallOptions): Promise<InsiSearchOutcome> {
  const issues = checkVitaleQuery(query);
  if (issues.length > 0) return { ...finish(c, [], 'invalid_query', null), message: invalidQueryMessage(issues) };
  const calls = await callWithRetries({ config: c, transport, ...opts }, 'rechercherInsAvecCarteVitale', query, (ctx) => buildVitaleEnvelope(query, ctx));
  const last = calls[calls.length - 1]!;
  const end: SearchEnd = isFailure(last.status) ? 'failed' : last.status === 'found' ? 'found' : last.status === 'multiple' ? 'multiple' : 'not_found';
  return finish(c, [{ reason: 'vitale', query, calls }], end, null);
}

/** The RECVITALE query for one beneficiary of a card (by object or by index in card.beneficiaries). */
export function vitaleQuery(card: VitaleCard, beneficiary: VitaleBeneficiary | number): VitaleQuery {
  const b = typeof beneficiary === 'number' ? card.beneficiaries[beneficiary] : beneficiary;
  if (!b) throw new RangeError(`Bénéficiaire ${String(beneficiary)} absent de la carte ${card.label}`);
  return {
    insuredNir: card.insured.nir,
    beneficiaryNir: b.nir,
    birthName: b.birthName || card.insured.birthName,
    birthDate: b.birthDate,
    birthRank: b.birthRank,
  };
}

function finish(c: ResolvedConfig, steps: SearchStep[], end: InsiSearchEnd, traits: TraitsSearchInput | null): InsiSearchOutcome {
  const calls = steps.flatMap((s) => s.calls);
  const last = calls[calls.length - 1] ?? null;
  const foundStep = end === 'found' ? steps[steps.length - 1] : undefined;
  return {
    end,
    individual: end === 'found' ? (last?.individual ?? null) : null,
    foundWith: foundStep?.query ?? null,
    steps,
    calls,
    message: messageFor(c, end, steps, last, traits),
    endpoint: c.endpoint,
    environment: c.environment,
  };
}

function messageFor(c: ResolvedConfig, end: InsiSearchEnd, steps: SearchStep[], last: InsiCallRecord | null, traits: TraitsSearchInput | null): InsiMessage | null {
  switch (end) {
    case 'found':
    case 'invalid_query':
      return null;
    case 'not_found':
      return NOT_FOUND_MESSAGE;
    case 'multiple':
      return traits === null ? multipleMessage('vitale') : multipleMessage(steps.some((s) => 'firstName' in s.query && Boolean(s.query.birthplaceCog)));
    case 'nothing_to_send':
      return invalidQueryMessage(['Aucun prénom de naissance à envoyer.']);
    case 'failed': {
      const tries = last ? last.transportAttempt : 0;
      return failureMessage(last?.status ?? 'network', { fault: last?.fault ?? null, error: last?.error ?? null, endpoint: c.endpoint, timeoutMs: c.timeoutMs, tries });
    }
  }
}
