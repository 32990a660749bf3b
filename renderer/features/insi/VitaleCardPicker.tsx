// The (virtual) Vitale card reader: pick the card, then the beneficiary INSi is asked about. Keyboard:
// ↓/↑ and Entrée in each list, Échap from the beneficiaries goes back to the cards.
import { useState } from 'react';
import { PickList } from '../../components/PickList.js';
import type { VitaleCard } from '../../stores/insi-store.js';

interface Props {
  cards: VitaleCard[];
  autoFocus: boolean;
  onPick(cardId: string, beneficiaryIndex: number): void;
}

type Beneficiary = VitaleCard['beneficiaries'][number];

export function VitaleCardPicker({ cards, autoFocus, onPick }: Props) {
  const [card, setChosen] = useState<VitaleCard | null>(cards.length === 1 ? (cards[0] ?? null) : null);
  // once the agent moved between the two lists, the list shown next takes the focus
  const [moved, setMoved] = useState(false);
  const [lastCard, setLastCard] = useState(0);
  const setCard = (c: VitaleCard | null) => {
    if (c) setLastCard(cards.indexOf(c));
    setChosen(c);
    setMoved(true);
  };

  if (!card) {
    return (
      <PickList<VitaleCard>
        label="Cartes Vitale dans le lecteur"
        hint="↓ / ↑ pour choisir la carte, Entrée pour voir ses bénéficiaires."
        items={cards}
        itemKey={(c) => c.id}
        render={(c) => (
          <>
            {c.label}
            {c.synthetic && <span className="hint"> — carte de démonstration</span>}
          </>
        )}
        onPick={setCard}
        initialIndex={lastCard}
        autoFocus={autoFocus || moved}
      />
    );
  }
  return (
    <div>
      <p className="picked">
        Carte : <strong>{card.label}</strong>{' '}
        {cards.length > 1 && (
          <button type="button" className="btn btn--small" onClick={() => setCard(null)}>Changer de carte</button>
        )}
      </p>
      <PickList<Beneficiary>
        label="Bénéficiaires de la carte"
        hint="Choisissez le patient présent : ↓ / ↑ puis Entrée interroge INSi. Échap revient aux cartes."
        items={card.beneficiaries}
        itemKey={(b) => String(b.index)}
        render={(b) => (
          <>
            <span className="strong">{b.label}</span> <span className="hint">({b.quality})</span>
          </>
        )}
        onPick={(b) => onPick(card.id, b.index)}
        onEscape={cards.length > 1 ? () => setCard(null) : undefined}
        autoFocus={autoFocus || moved}
      />
    </div>
  );
}
