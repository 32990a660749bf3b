// The ways to ask INSi, in the order of seed §3.2: the Vitale card first (the card reader), then by
// traits (first call without the birthplace, the automatic retries done by the backend).
import { useEffect, useRef } from 'react';
import type { InsiStatus, VitaleCard } from '../../stores/insi-store.js';
import { VitaleCardPicker } from './VitaleCardPicker.js';

interface Props {
  status: InsiStatus | null;
  cards: VitaleCard[] | null;
  cardsError: string | null;
  /** Null: the traits can be sent; else why not (nothing typed yet for a new patient). */
  traitsMissing: string | null;
  /** Where the focus goes once the choices are shown. */
  focus: 'vitale' | 'traits' | null;
  onCard(cardId: string, beneficiaryIndex: number): void;
  onTraits(): void;
  onTypeTraits(): void;
  onReadCards(): void;
}

export function ChoosePanel({ status, cards, cardsError, traitsMissing, focus, onCard, onTraits, onTypeTraits, onReadCards }: Props) {
  const traitsButton = useRef<HTMLButtonElement>(null);
  const noReader = status !== null && !status.cardReader;
  const hasCards = !noReader && (cards?.length ?? 0) > 0;
  const target = focus === 'vitale' && hasCards ? 'vitale' : focus ? 'traits' : null;
  useEffect(() => { if (target === 'traits') traitsButton.current?.focus(); }, [target]);

  return (
    <div className="insi-choose">
      <section className="card" aria-labelledby="insi-vitale-title">
        <h2 id="insi-vitale-title">1. Par la carte Vitale <span className="hint">(à privilégier)</span></h2>
        {noReader && <p>Aucun lecteur de carte Vitale sur ce poste : interrogez INSi par les traits.</p>}
        {!noReader && cards === null && <p role="status">Lecture du lecteur de cartes…</p>}
        {!noReader && cardsError && <p role="alert" className="form-error">{cardsError}</p>}
        {!noReader && cards?.length === 0 && (
          <p>
            Aucune carte Vitale dans le lecteur.{' '}
            <button type="button" className="btn btn--small" onClick={onReadCards}>Relire le lecteur</button>
          </p>
        )}
        {hasCards && cards && <VitaleCardPicker cards={cards} autoFocus={target === 'vitale'} onPick={onCard} />}
      </section>
      <section className="card" aria-labelledby="insi-traits-title">
        <h2 id="insi-traits-title">2. Par les traits d'identité</h2>
        <p className="hint">
          Premier appel sans le lieu de naissance ; si INSi trouve plusieurs identités, relance automatique avec le
          lieu de naissance, puis avec chacun des prénoms de naissance.
        </p>
        {traitsMissing ? (
          <p>
            {traitsMissing}{' '}
            <button ref={traitsButton} type="button" className="btn" onClick={onTypeTraits}>Saisir les traits</button>
          </p>
        ) : (
          <button ref={traitsButton} type="button" className="btn btn--primary" onClick={onTraits}>Interroger par traits</button>
        )}
      </section>
    </div>
  );
}
