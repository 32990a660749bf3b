// One failed verification for the referent: the identity, why the verification failed, the INSi retrieval made
// with the local traits (the calls made) compared field by field with the fiche (insi/ComparisonTable, DiffText),
// and the decision: « Accepter l'identité INSi » (Entrée, focused when possible) or « Conserver l'identité locale »
// (motif required). A stale or unusable answer says why and offers « Relancer la récupération INSi ». Échap: back.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ReasonDialog } from '../../components/ReasonDialog.js';
import { isoToFr } from '../../lib/format.js';
import type { ReviewItem } from '../../stores/verification-store.js';
import { AttemptsList } from '../insi/AttemptsList.js';
import { ComparisonTable } from '../insi/ComparisonTable.js';

interface Props {
  item: ReviewItem;
  busy: boolean;
  error: string | null;
  onBack(): void;
  onRefresh(): void;
  onAccept(acceptUnknownBirthplace: boolean): Promise<string | null>;
  onKeep(reason: string): Promise<string | null>;
}

export function ReviewItemView({ item, busy, error, onBack, onRefresh, onAccept, onKeep }: Props) {
  const [keeping, setKeeping] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [acceptUnknown, setAcceptUnknown] = useState(false);
  const acceptRef = useRef<HTMLButtonElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const outcome = item.outcome;
  const comparison = outcome?.comparison ?? null;
  const needsUnknownConsent = Boolean(comparison?.returnedBirthplaceUnknown);

  useEffect(() => {
    if (item.acceptable) acceptRef.current?.focus();
    else titleRef.current?.focus();
  }, [item]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !keeping) {
      e.preventDefault();
      e.stopPropagation();
      onBack();
    }
  };
  const accept = async () => {
    if (!item.acceptable || busy) return;
    setRefusal(await onAccept(acceptUnknown));
  };

  return (
    <section className="review-item" aria-labelledby="review-item-title" onKeyDown={onKeyDown}>
      <h3 id="review-item-title" ref={titleRef} tabIndex={-1}>
        Vérification en échec — IPP <span className="mono">{item.ipp}</span> : {item.birthName} {item.birthFirstNames}, né(e) le {isoToFr(item.birthDate)}
      </h3>
      <p className="warning-text">{item.reason}</p>
      {outcome?.message && `${outcome.message.title} : ${outcome.message.text}` !== item.reason && (
        <p className="hint">{outcome.message.title} : {outcome.message.text}</p>
      )}
      {comparison && outcome?.returned ? (
        <ComparisonTable
          comparison={comparison}
          localTitle="Fiche locale"
          localName={`${item.birthName} ${item.birthFirstNames}`}
          localBirthplaceLabel={null}
          returnedBirthplaceLabel={outcome.returned.birthplaceLabel}
        />
      ) : (
        <p>INSi n’a pas renvoyé d’identité unique avec les traits de la fiche : rien à comparer.</p>
      )}
      {outcome && <AttemptsList attempts={outcome.attempts} />}
      {item.notAcceptableReason && <p className="hint" id="review-not-acceptable">{item.notAcceptableReason}</p>}
      {needsUnknownConsent && item.acceptable && (
        <label className="checkbox">
          <input type="checkbox" checked={acceptUnknown} onChange={(e) => setAcceptUnknown(e.target.checked)} /> Accepter le code lieu de naissance renvoyé par INSi (absent du référentiel INSEE)
        </label>
      )}
      {(refusal || error) && <p role="alert" className="form-error">{refusal ?? error}</p>}
      <div className="toolbar">
        <button
          ref={acceptRef}
          type="button"
          className="btn btn--primary"
          onClick={() => void accept()}
          aria-disabled={!item.acceptable || busy}
          aria-describedby={item.notAcceptableReason ? 'review-not-acceptable' : undefined}
        >
          Accepter l’identité INSi
        </button>
        <button type="button" className="btn" onClick={() => setKeeping(true)}>
          Conserver l’identité locale
        </button>
        {!item.acceptable && (
          <button type="button" className="btn" onClick={onRefresh} aria-disabled={busy}>
            Relancer la récupération INSi
          </button>
        )}
        <button type="button" className="btn" onClick={onBack} aria-keyshortcuts="Escape">
          Retour à la file
        </button>
      </div>
      {keeping && (
        <ReasonDialog
          title="Conserver l’identité locale"
          confirmLabel="Conserver l’identité locale"
          warning="L’identité reste telle qu’elle est sur la fiche (sans statut INSi) ; l’élément est retiré de la file de revue."
          onClose={() => setKeeping(false)}
          onConfirm={async (reason) => {
            const message = await onKeep(reason);
            if (!message) setKeeping(false);
            return message;
          }}
        />
      )}
    </section>
  );
}
