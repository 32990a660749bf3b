// « Fusions récentes »: who merged which IPP into which, when and why, and « Annuler la fusion » (with a
// reason) on those still in force, a page at a time (« Afficher plus »). Props only; the reason dialog is the caller's.
import { useRef } from 'react';
import { ShowMore } from '../../components/ShowMore.js';
import { formatDateTime } from '../../lib/format.js';
import type { MergeSummary } from '../../stores/duplicates-store.js';

interface Props {
  merges: MergeSummary[] | null;
  /** Every merge recorded (the list shows the latest ones). */
  total: number;
  onMore(): Promise<void>;
  onUndo(merge: MergeSummary): void;
}

export function MergesList({ merges, total, onMore, onUndo }: Props) {
  const ref = useRef<HTMLElement>(null);
  return (
    <section ref={ref} className="panel merges" aria-labelledby="merges-title">
      <h2 id="merges-title">Fusions récentes</h2>
      {!merges && <p role="status">Chargement des fusions…</p>}
      {merges?.length === 0 && <p>Aucune fusion.</p>}
      {merges && merges.length > 0 && (
        <table className="operators-table merges-table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">IPP absorbé</th>
              <th scope="col">IPP conservé</th>
              <th scope="col">Par</th>
              <th scope="col">Motif</th>
              <th scope="col">État</th>
            </tr>
          </thead>
          <tbody>
            {merges.map((m) => (
              <tr key={m.id} tabIndex={-1} className={m.undone ? 'is-inactive' : undefined}>
                <td className="nowrap">{formatDateTime(m.at)}</td>
                <td><span className="mono">{m.absorbed.ipp}</span> {m.absorbed.birthName} {m.absorbed.firstBirthName}</td>
                <td><span className="mono">{m.survivor.ipp}</span> {m.survivor.birthName} {m.survivor.firstBirthName}</td>
                <td>{m.operator}</td>
                <td>{m.reason}</td>
                <td>
                  {m.undone ? (
                    `Annulée le ${formatDateTime(m.undone.at)} par ${m.undone.operator} (${m.undone.reason})`
                  ) : (
                    <button type="button" className="btn btn--small" onClick={() => onUndo(m)} aria-label={`Annuler la fusion de l'IPP ${m.absorbed.ipp} dans l'IPP ${m.survivor.ipp}`}>
                      Annuler la fusion
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {merges && merges.length > 0 && <ShowMore shown={merges.length} total={total} noun={{ one: 'fusion', many: 'fusions' }} onMore={onMore} list={ref} />}
    </section>
  );
}
