// Open candidate pairs as a keyboard grid (roving tabindex): ↓/↑/Début/Fin move, Entrée opens the pair.
// Collisions (same INS on two records) come first and are marked. Props only.
import { isoToFr } from '../../lib/format.js';
import { useGridRows } from '../../lib/grid-rows.js';
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
  const rowProps = useGridRows(pairs, selected, onSelect, onOpen);

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
            {...rowProps(i)}
            className={[i === selected ? 'is-selected' : '', pair.kind === 'collision' ? 'pair--collision' : ''].join(' ').trim() || undefined}
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
