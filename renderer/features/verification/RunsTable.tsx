// « Dernières vérifications »: one row per finished (or cancelled) run with its counts. Props only.
import { formatDateTime } from '../../lib/format.js';
import type { RunView } from '../../stores/verification-store.js';
import { runStateLabel } from './RunProgress.js';

export function RunsTable({ runs }: { runs: RunView[] }) {
  if (runs.length === 0) return <p className="hint">Aucune vérification lancée pour l’instant.</p>;
  return (
    <table className="operators-table runs-table">
      <caption>Dernières vérifications</caption>
      <thead>
        <tr>
          <th scope="col">N°</th>
          <th scope="col">Lancée le</th>
          <th scope="col">Par</th>
          <th scope="col">État</th>
          <th scope="col">À vérifier</th>
          <th scope="col">Confirmées</th>
          <th scope="col">Échecs</th>
          <th scope="col">À relancer</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.id}</th>
            <td>{formatDateTime(r.startedAt)}</td>
            <td>{r.startedBy}</td>
            <td>{runStateLabel(r)}</td>
            <td>{r.due}</td>
            <td>{r.confirmed}</td>
            <td>{r.failed}</td>
            <td>{r.retried}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
