// Open items of the review queue as a keyboard grid (roving tabindex): ↓/↑/Début/Fin move, Entrée opens the item
// (its comparison). IPP, identity, date of the failed verification, reason. Props only.
import { useRef, type KeyboardEvent } from 'react';
import { formatDateTime, isoToFr } from '../../lib/format.js';
import type { ReviewItem } from '../../stores/verification-store.js';

interface Props {
  items: ReviewItem[];
  selected: number;
  onSelect(index: number): void;
  onOpen(item: ReviewItem): void;
}

export function ReviewList({ items, selected, onSelect, onOpen }: Props) {
  const refs = useRef<(HTMLTableRowElement | null)[]>([]);
  const move = (index: number) => {
    const i = Math.max(0, Math.min(items.length - 1, index));
    onSelect(i);
    refs.current[i]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const item = items[index];
    if (e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowUp') move(index - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(items.length - 1);
    else if (e.key === 'Enter' && item) onOpen(item);
    else return;
    e.preventDefault();
  };

  return (
    <table className="results review-table" role="grid" aria-label="Vérifications INSi en échec à examiner" aria-rowcount={items.length + 1}>
      <thead>
        <tr>
          <th scope="col">IPP</th>
          <th scope="col">Identité</th>
          <th scope="col">Date</th>
          <th scope="col">Motif</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, i) => (
          <tr
            key={item.id}
            ref={(el) => { refs.current[i] = el; }}
            tabIndex={i === selected || (selected < 0 && i === 0) ? 0 : -1}
            aria-selected={i === selected}
            className={i === selected ? 'is-selected' : undefined}
            onKeyDown={(e) => onKeyDown(e, i)}
            onClick={() => onSelect(i)}
            onDoubleClick={() => onOpen(item)}
          >
            <td className="mono">{item.ipp}</td>
            <td>
              <strong>{item.birthName}</strong> {item.birthFirstNames}, {item.sex}, né(e) le {isoToFr(item.birthDate)}
            </td>
            <td className="nowrap">{formatDateTime(item.createdAt)}</td>
            <td>{item.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
