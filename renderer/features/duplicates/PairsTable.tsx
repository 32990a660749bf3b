// Open candidate pairs as a keyboard grid (roving tabindex): ↓/↑/Début/Fin move, Entrée opens the pair.
// Collisions (same INS on two records) come first and are marked. Props only.
import { useRef, type KeyboardEvent } from 'react';
import { isoToFr } from '../../lib/format.js';
import type { PairSummary } from '../../stores/duplicates-store.js';

interface Props {
  pairs: PairSummary[];
  selected: number;
  onSelect(index: number): void;
  onOpen(pair: PairSummary): void;
}

const person = (p: PairSummary['a']) => (
  <>
    <span className="mono">{p.ipp}</span> — <strong>{p.birthName}</strong> {p.birthFirstNames}, {isoToFr(p.birthDate)}
    {p.usedName ? <span className="hint"> (nom utilisé {p.usedName})</span> : null}
  </>
);

export function PairsTable({ pairs, selected, onSelect, onOpen }: Props) {
  const refs = useRef<(HTMLTableRowElement | null)[]>([]);
  const move = (index: number) => {
    const i = Math.max(0, Math.min(pairs.length - 1, index));
    onSelect(i);
    refs.current[i]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const pair = pairs[index];
    if (e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowUp') move(index - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(pairs.length - 1);
    else if (e.key === 'Enter' && pair) onOpen(pair);
    else return;
    e.preventDefault();
  };

  return (
    <table className="results pairs-table" role="grid" aria-label="Doublons potentiels à examiner" aria-rowcount={pairs.length + 1}>
      <thead>
        <tr>
          <th scope="col">Type</th>
          <th scope="col">Identité A</th>
          <th scope="col">Identité B</th>
          <th scope="col">Score</th>
          <th scope="col">Motifs</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((pair, i) => (
          <tr
            key={pair.id}
            ref={(el) => { refs.current[i] = el; }}
            tabIndex={i === selected || (selected < 0 && i === 0) ? 0 : -1}
            aria-selected={i === selected}
            className={[i === selected ? 'is-selected' : '', pair.kind === 'collision' ? 'pair--collision' : ''].join(' ').trim() || undefined}
            onKeyDown={(e) => onKeyDown(e, i)}
            onClick={() => onSelect(i)}
            onDoubleClick={() => onOpen(pair)}
          >
            <td>{pair.kind === 'collision' ? <span className="chip chip--collision">Collision : même INS</span> : 'Doublon potentiel'}</td>
            <td>{person(pair.a)}</td>
            <td>{person(pair.b)}</td>
            <td className="nowrap">{Math.round(pair.score * 100)} %</td>
            <td>{pair.reasons.map((r) => r.label).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
