// The entries found, newest first: n°, date, operator, workstation, action, identity, reason, changes.
import { formatDateTime } from '../../lib/format.js';
import type { JournalRowView } from '../../stores/journal-store.js';

export function JournalTable({ caption, rows }: { caption: string; rows: JournalRowView[] }) {
  return (
    <table className="results journal-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">N°</th>
          <th scope="col">Date</th>
          <th scope="col">Opérateur</th>
          <th scope="col">Poste</th>
          <th scope="col">Action</th>
          <th scope="col">Identité</th>
          <th scope="col">Détail</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={7} className="empty">Aucune entrée ne correspond aux filtres.</td>
          </tr>
        )}
        {rows.map((r) => (
          <tr key={r.seq}>
            <th scope="row" className="mono num">{r.seq}</th>
            <td className="nowrap">{formatDateTime(r.at)}</td>
            <td className="mono">{r.operator}</td>
            <td>{r.workstation}</td>
            <td>{r.label}</td>
            <td className="mono">{r.ipp ?? ''}</td>
            <td>
              {r.reason && <p className="history__reason">Motif : {r.reason}</p>}
              {r.changes.length > 0 && (
                <ul className="history__changes">
                  {r.changes.map((c, i) => <li key={i}>{c}</li>)}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
