// Search results as a keyboard grid: one focusable row at a time (roving tabindex), ↓/↑/Début/Fin
// move the selection (aria-selected), Entrée opens, Échap (or typing) goes back to the search box.
import { useRef, type KeyboardEvent } from 'react';
import { StatusBadge } from '../../components/StatusBadge.js';
import { AttributeChips } from '../../components/AttributeChips.js';
import { isoToFr } from '../../lib/format.js';
import type { SearchRow } from '../../stores/search-store.js';

const MATCH_LABELS: Record<SearchRow['matchedBy'][number], string> = {
  exact: 'exact',
  prefixe: 'préfixe',
  phonetique: 'phonétique',
  identifiant: 'identifiant',
};

interface Props {
  rows: SearchRow[];
  selected: number;
  onSelect(index: number): void;
  onOpen(row: SearchRow): void;
  onLeave(): void;
}

/** The first birth first name emphasised inside the full list. */
function FirstNames({ row }: { row: SearchRow }) {
  const { birthFirstNames: all, firstBirthName: first } = row;
  if (first && all.startsWith(first)) {
    return <><strong>{first}</strong>{all.slice(first.length)}</>;
  }
  return <>{all}</>;
}

export function ResultsTable({ rows, selected, onSelect, onOpen, onLeave }: Props) {
  const refs = useRef<(HTMLTableRowElement | null)[]>([]);

  const move = (index: number) => {
    const i = Math.max(0, Math.min(rows.length - 1, index));
    onSelect(i);
    refs.current[i]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const row = rows[index];
    if (e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowUp') index === 0 ? onLeave() : move(index - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(rows.length - 1);
    else if (e.key === 'Enter' && row) onOpen(row);
    else if (e.key === 'Escape') onLeave();
    else {
      // typing on a row goes on in the search box (Chromium inserts the key where focus lands)
      if (e.key.length === 1 && !e.ctrlKey && !e.altKey && !e.metaKey) onLeave();
      return;
    }
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <table className="results" role="grid" aria-label="Identités trouvées" aria-rowcount={rows.length + 1}>
      <thead>
        <tr>
          <th scope="col">Statut</th>
          <th scope="col">Nom de naissance</th>
          <th scope="col">Prénom(s) de naissance</th>
          <th scope="col">Date de naissance</th>
          <th scope="col">Sexe</th>
          <th scope="col">Lieu de naissance</th>
          <th scope="col">Nom utilisé / Prénom utilisé</th>
          <th scope="col">IPP</th>
          <th scope="col">INS</th>
          <th scope="col">Correspondance</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr
            key={row.id}
            ref={(el) => { refs.current[i] = el; }}
            tabIndex={i === selected || (selected < 0 && i === 0) ? 0 : -1}
            aria-selected={i === selected}
            className={i === selected ? 'is-selected' : undefined}
            onKeyDown={(e) => onKeyDown(e, i)}
            onClick={() => onSelect(i)}
            onDoubleClick={() => onOpen(row)}
          >
            <td>
              <StatusBadge status={row.status} compact />
              <AttributeChips attributes={row.attributes} birthDateCorrected={row.birthDateCorrected} />
            </td>
            <td className="strong">{row.birthName}</td>
            <td><FirstNames row={row} /></td>
            <td className="nowrap">{isoToFr(row.birthDate)}</td>
            <td>{row.sex}</td>
            <td>{row.birthplaceLabel}</td>
            <td>{[row.usedName, row.usedFirstName].filter(Boolean).join(' / ') || '—'}</td>
            <td className="mono">{row.ipp}</td>
            <td className="mono">{row.insMasked ?? '—'}</td>
            <td>
              {row.possibleHomonym && <span className="chip chip--homonyme">Homonyme possible</span>}
              <span className="match">{row.matchedBy.map((m) => MATCH_LABELS[m]).join(', ')}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
