// « Interroger INSi » for an identity (from its fiche, Alt+I) or a new patient (from the search or the
// creation form): the RNIV warning, the choice card / traits, then the comparison (CR 00) or the message.
// Accepting returns to the fiche (« Identité récupérée » / « qualifiée »); Échap goes back where it came from.
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { ReasonDialog } from '../../components/ReasonDialog.js';
import { useStores } from '../../stores/context.js';
import { createInsiStore, needsDocumentCheck, subjectDraft } from '../../stores/insi-store.js';
import type { InsiSubject, Route } from '../../stores/nav-store.js';
import { AttemptsList } from './AttemptsList.js';
import { ChoosePanel } from './ChoosePanel.js';
import { ComparisonPanel } from './ComparisonPanel.js';
import { OutcomeMessage } from './OutcomeMessage.js';
import { SubjectSummary } from './SubjectSummary.js';

const ACCEPTED = 'Identité INSi acceptée : traits stricts et INS enregistrés tels que renvoyés par INSi.';
const REFUSED = 'Réponse INSi refusée : le refus et son motif sont enregistrés au journal ; l’identité n’a pas été modifiée.';

/** Where « Retour » / Échap leads, and where « Modifier l'identité » leads. */
function backRoute(subject: InsiSubject): Route {
  if (subject.kind === 'identity') return { screen: 'detail', id: subject.view.id };
  return subject.from === 'create' ? { screen: 'create', draft: subject.draft } : { screen: 'search' };
}
function editRoute(subject: InsiSubject): Route {
  return subject.kind === 'identity' ? { screen: 'edit', id: subject.view.id } : { screen: 'create', draft: subject.draft };
}

export function InsiScreen({ subject }: { subject: InsiSubject }) {
  const { api, nav } = useStores();
  const [store] = useState(() => createInsiStore(api, subject));
  const s = useStore(store);
  const [focus, setFocus] = useState<'vitale' | 'traits' | null>(null);
  const [refusing, setRefusing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
    void store.getState().init().then(() => setFocus('vitale'));
  }, [store]);

  const back = () => nav.getState().go(backRoute(subject));
  const escape = useRef(back);
  escape.current = back;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('[role="dialog"]')) return;
      e.preventDefault();
      escape.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const view = subject.kind === 'identity' ? subject.view : null;
  const blocked = view && !view.insiCall.allowed ? view.insiCall.reason ?? 'Interrogation INSi impossible pour cette identité.' : null;
  const warning = view?.insiCall.warning ?? null;
  const unavailable = s.status && !s.status.available ? s.status.reason ?? 'Téléservice INSi indisponible sur ce poste.' : null;
  const traitsMissing =
    subject.kind === 'draft' && !subjectDraft(subject)?.birthName.trim()
      ? 'Aucun trait saisi : saisissez d’abord les traits de la pièce d’identité.'
      : null;
  const name = view ? `${view.birthName} ${view.firstBirthName}` : 'nouveau patient';
  const canTryCard = s.mode === 'traits' && !(s.status && !s.status.cardReader) && (s.cards?.length ?? 0) > 0;

  const accept = async (choices: Parameters<typeof s.accept>[0]) => {
    const result = await store.getState().accept(choices);
    if (typeof result === 'string') return result;
    nav.getState().go({ screen: 'detail', id: result.id, notice: ACCEPTED });
    return null;
  };
  const refuse = async (reason: string) => {
    const message = await store.getState().refuse(reason);
    if (message) return message;
    setRefusing(false);
    const to = backRoute(subject);
    nav.getState().go(to.screen === 'detail' ? { ...to, notice: REFUSED } : to);
    return null;
  };
  const restart = (to: 'vitale' | 'traits') => { store.getState().restart(); setFocus(to); };

  return (
    <main className="screen insi-screen" aria-labelledby="insi-title">
      <div className="screen__head">
        <h1 id="insi-title" ref={heading} tabIndex={-1}>
          Interroger INSi <span className="first-name">— {name}</span>
        </h1>
        <button type="button" className="btn" onClick={back} aria-keyshortcuts="Escape">Retour</button>
        <span className="hint"><kbd>Échap</kbd></span>
      </div>
      <SubjectSummary subject={subject} />
      {warning && <p role="note" className="warning-text insi-warning">{warning}</p>}
      {blocked && <p role="alert" className="form-error">{blocked}</p>}
      {!blocked && unavailable && <p role="alert" className="form-error">{unavailable}</p>}
      {!blocked && !unavailable && s.phase === 'choose' && (
        <ChoosePanel
          status={s.status}
          cards={s.cards}
          cardsError={s.cardsError}
          traitsMissing={traitsMissing}
          focus={focus}
          onCard={(cardId, index) => void store.getState().searchByCard(cardId, index)}
          onTraits={() => void store.getState().searchByTraits()}
          onTypeTraits={() => nav.getState().go(editRoute(subject))}
          onReadCards={() => void store.getState().readCards()}
        />
      )}
      {s.phase === 'searching' && (
        <p role="status" className="insi-searching" aria-live="polite">
          Interrogation du téléservice INSi {s.mode === 'vitale' ? 'avec la carte Vitale' : 'par les traits'}…
        </p>
      )}
      {s.phase === 'result' && s.outcome?.outcome === 'found' && (
        <ComparisonPanel
          outcome={s.outcome}
          isDraft={subject.kind === 'draft'}
          localBirthplaceLabel={view?.birthplace.label ?? null}
          documentCheck={needsDocumentCheck(subject) ? { deviceTypes: s.deviceTypes } : null}
          busy={s.deciding}
          shownWarning={warning}
          onAccept={accept}
          onRefuse={() => setRefusing(true)}
        />
      )}
      {s.phase === 'result' && s.outcome?.outcome !== 'found' && (
        <OutcomeMessage
          outcome={s.outcome}
          error={s.error}
          errorIssues={s.errorIssues}
          canTryCard={canTryCard}
          editLabel="Modifier l'identité"
          onEdit={() => nav.getState().go(editRoute(subject))}
          onTryCard={() => restart('vitale')}
          onRetry={() => restart(s.mode === 'vitale' ? 'vitale' : 'traits')}
          onBack={back}
        />
      )}
      {s.phase === 'result' && s.outcome && <AttemptsList attempts={s.outcome.attempts} />}
      {refusing && (
        <ReasonDialog
          title="Refuser l'identité INSi"
          confirmLabel="Refuser"
          warning="Rien ne sera modifié ; le refus et son motif sont enregistrés au journal."
          onClose={() => setRefusing(false)}
          onConfirm={refuse}
        />
      )}
    </main>
  );
}
