// Chips for the RNIV attributes (douteuse, fictive, homonyme) and the « date corrigée » flag.
import { ATTRIBUTE_LABELS } from '../../core/identity/labels.js';
import type { IdentityAttribute } from '../../core/identity/types.js';

interface Props {
  attributes: readonly IdentityAttribute[];
  birthDateCorrected?: boolean;
}

export function AttributeChips({ attributes, birthDateCorrected = false }: Props) {
  if (attributes.length === 0 && !birthDateCorrected) return null;
  return (
    <span className="chips">
      {attributes.map((a) => (
        <span key={a} className={`chip chip--${a}`}>{ATTRIBUTE_LABELS[a]}</span>
      ))}
      {birthDateCorrected && <span className="chip chip--date">Date corrigée</span>}
    </span>
  );
}
