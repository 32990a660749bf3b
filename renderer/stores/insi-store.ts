// One INSi session on the INSi screen: the teleservice status and the cards in the (virtual) Vitale
// reader, a search (by card or by traits, the backend doing the automatic retries of seed §3.2), then
// the agent's decision on a CR 00 answer: accept (strict traits replaced, INSi+) or refuse (journaled).
import { createStore } from 'zustand/vanilla';
import type { Out } from '../../core/contract/channels.js';
import type { IdentityDraft } from '../../core/identity/types.js';
import { AppFailure, type Api, failureMessage } from '../api/client.js';
import { toDraft } from './form-store.js';
import type { IdentityView } from './identity-store.js';
import type { InsiSubject } from './nav-store.js';

export type InsiOutcome = Out<'insi.search'>;
export type InsiStatus = Out<'insi.status'>;
export type VitaleCard = Out<'insi.cards'>[number];
export type DeviceType = Out<'reference.deviceTypes'>[number];
export type InsiMode = 'traits' | 'vitale';

export interface AcceptChoices {
  acceptUnknownBirthplace: boolean;
  documentCheck: { deviceType: string; validUntil: string } | null;
}

export interface InsiState {
  subject: InsiSubject;
  status: InsiStatus | null;
  cards: VitaleCard[] | null;
  cardsError: string | null;
  /** For recording the document check with the acceptance (loaded only when none is recorded). */
  deviceTypes: DeviceType[] | null;
  phase: 'choose' | 'searching' | 'result';
  mode: InsiMode | null;
  outcome: InsiOutcome | null;
  /** The call itself failed (traits refused, session, local service): nothing was asked or nothing changed. */
  error: string | null;
  /** What to correct when the backend refused the traits (field messages). */
  errorIssues: string[];
  deciding: boolean;
  init(): Promise<void>;
  /** Reads the card reader again (a card was just inserted). */
  readCards(): Promise<void>;
  searchByTraits(): Promise<void>;
  searchByCard(cardId: string, beneficiaryIndex: number): Promise<void>;
  /** Resolves with the identity as stored, or with the French refusal (shown on the comparison). */
  accept(choices: AcceptChoices): Promise<IdentityView | string>;
  /** Resolves with an error message, or null once the refusal is journaled. */
  refuse(reason: string): Promise<string | null>;
  /** Back to the choice between the card and the traits (after a message). */
  restart(): void;
}

/**
 * The typed traits of a new patient. By traits they are sent as typed (the backend says what is wrong);
 * by card they are sent only when all strict traits are there, else the card's traits stand for them.
 */
export function subjectDraft(subject: InsiSubject, mode: InsiMode = 'traits'): IdentityDraft | null {
  if (subject.kind !== 'draft') return null;
  const d = subject.draft;
  const strict = [d.birthName, d.birthFirstNames, d.birthDate, d.sex, d.birthplaceCog].map((v) => v.trim() !== '');
  const send = mode === 'traits' ? strict.some(Boolean) : strict.every(Boolean);
  return send ? toDraft(d, null) : null;
}

/** No document check recorded yet: offer to record one with the acceptance (RNIV RECO PP 03). */
export const needsDocumentCheck = (subject: InsiSubject): boolean =>
  subject.kind === 'draft' || subject.view.documentCheck === null;

export function createInsiStore(api: Api, subject: InsiSubject) {
  let seq = 0;
  return createStore<InsiState>()((set, get) => {
    const search = async (mode: InsiMode, cardId: string | null, beneficiaryIndex: number | null) => {
      const mine = ++seq;
      set({ phase: 'searching', mode, outcome: null, error: null, errorIssues: [] });
      try {
        const outcome = await api.call('insi.search', {
          mode,
          identityId: subject.kind === 'identity' ? subject.view.id : null,
          draft: subjectDraft(subject, mode),
          cardId,
          beneficiaryIndex,
        });
        if (mine === seq) set({ phase: 'result', outcome });
      } catch (err) {
        if (mine === seq) set({ phase: 'result', error: failureMessage(err), errorIssues: err instanceof AppFailure ? err.issues.map((i) => i.message) : [] });
      }
    };

    return {
      subject,
      status: null,
      cards: null,
      cardsError: null,
      deviceTypes: null,
      phase: 'choose',
      mode: null,
      outcome: null,
      error: null,
      errorIssues: [],
      deciding: false,
      async init() {
        if (needsDocumentCheck(subject)) {
          api.call('reference.deviceTypes', {}).then((deviceTypes) => set({ deviceTypes }), () => set({ deviceTypes: [] }));
        }
        const [status, cards] = await Promise.allSettled([api.call('insi.status', {}), api.call('insi.cards', {})]);
        set({
          status: status.status === 'fulfilled' ? status.value : null,
          cards: cards.status === 'fulfilled' ? cards.value : [],
          cardsError: cards.status === 'rejected' ? failureMessage(cards.reason) : null,
        });
      },
      async readCards() {
        set({ cards: null, cardsError: null });
        try {
          set({ cards: await api.call('insi.cards', {}) });
        } catch (err) {
          set({ cards: [], cardsError: failureMessage(err) });
        }
      },
      searchByTraits: () => search('traits', null, null),
      searchByCard: (cardId, beneficiaryIndex) => search('vitale', cardId, beneficiaryIndex),
      async accept(choices) {
        const outcome = get().outcome;
        if (!outcome || outcome.outcome !== 'found' || get().deciding) return 'Aucune réponse INSi à accepter.';
        const draft = subject.kind === 'draft' ? subject.draft : null;
        set({ deciding: true });
        try {
          const view = await api.call('insi.accept', {
            callId: outcome.callId,
            version: subject.kind === 'identity' ? (outcome.identityVersion ?? subject.view.version) : null,
            ...(draft ? { usedName: draft.usedName.trim() || null, usedFirstName: draft.usedFirstName.trim() || null } : {}),
            acceptUnknownBirthplace: choices.acceptUnknownBirthplace,
            documentCheck: choices.documentCheck,
          });
          set({ deciding: false });
          return view;
        } catch (err) {
          set({ deciding: false });
          return failureMessage(err);
        }
      },
      async refuse(reason) {
        const outcome = get().outcome;
        if (!outcome) return 'Aucune réponse INSi à refuser.';
        try {
          await api.call('insi.refuse', { callId: outcome.callId, reason });
          return null;
        } catch (err) {
          return failureMessage(err);
        }
      },
      restart() {
        seq++;
        set({ phase: 'choose', mode: null, outcome: null, error: null, errorIssues: [] });
      },
    };
  });
}
