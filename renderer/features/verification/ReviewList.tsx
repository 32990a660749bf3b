// Open items of the review queue as a keyboard grid (roving tabindex): ↓/↑/Début/Fin move, Entrée opens the item
// (its comparison). IPP, identity, date of the failed verification, reason. Props only.
import { formatDateTime, isoToFr } from '../../lib/format.js';
import { useGridRows } from '../../lib/grid-rows.js';
import type { ReviewItem } from '../../stores/verification-store.js';

interface Props {
  items: ReviewItem[];
  selected: number;
  onSelect(index: number): void;
  onOpen(item: ReviewItem): void;
}

export function ReviewList({ items, selected, onSelect, onOpen }: Props) {
  const rowProps = useGridRows(items, selected, onSelect, onOpen);

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
          <tr key={item.id} {...rowProps(i)} className={i === selected ? 'is-selected' : undefined}>
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
