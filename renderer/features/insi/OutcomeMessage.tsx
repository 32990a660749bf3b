// Every INSi answer but a single identity: CR 01, final CR 02, traits INSi cannot take, technical faults.
// The backend's French message (title, text, advice) for its audience (agent or administrator), then
// the ways on — never a dead end: modify the identity, try the Vitale card, ask again, go back.
import { useEffect, useRef } from 'react';
import type { InsiOutcome } from '../../stores/insi-store.js';

interface Props {
  /** The answer, or null when the call itself failed (`error`). */
  outcome: InsiOutcome | null;
  error: string | null;
  /** Field messages of a refusal (what to correct). */
  errorIssues?: string[];
  canTryCard: boolean;
  editLabel: string;
  onEdit(): void;
  onTryCard(): void;
  onRetry(): void;
  onBack(): void;
}

export function OutcomeMessage({ outcome, error, errorIssues = [], canTryCard, editLabel, onEdit, onTryCard, onRetry, onBack }: Props) {
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => { title.current?.focus(); }, []);
  const message = outcome?.message ?? {
    audience: 'agent' as const,
    title: 'Interrogation INSi impossible',
    text: error ?? 'Le téléservice INSi n’a pas donné de réponse exploitable.',
    advice: errorIssues.length > 0 ? errorIssues : ['Réessayez ; si le problème persiste, prévenez votre responsable informatique.'],
  };
  const technical = outcome ? outcome.outcome === 'failed' : errorIssues.length === 0;
  return (
    <section className={`insi-message insi-message--${message.audience}`} aria-labelledby="insi-message-title">
      <h2 id="insi-message-title" ref={title} tabIndex={-1}>{message.title}</h2>
      <div role="alert">
        <p>{message.text}</p>
        {message.audience === 'administrateur' && (
          <p className="insi-message__audience">
            Ce problème relève de l’administrateur du logiciel : transmettez-lui ce message.
          </p>
        )}
      </div>
      {message.advice.length > 0 && (
        <>
          <h3>Conseils</h3>
          <ul className="insi-advice">
            {message.advice.map((a) => <li key={a}>{a}</li>)}
          </ul>
        </>
      )}
      {technical && <p className="hint">Aucune donnée de l’identité n’a été modifiée.</p>}
      <div className="form-actions">
        <button type="button" className="btn" onClick={onEdit}>{editLabel}</button>
        {canTryCard && <button type="button" className="btn" onClick={onTryCard}>Essayer la carte Vitale</button>}
        {technical && <button type="button" className="btn" onClick={onRetry}>Interroger à nouveau</button>}
        <button type="button" className="btn" onClick={onBack}>Retour</button>
      </div>
    </section>
  );
}
