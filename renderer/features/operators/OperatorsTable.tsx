// « Comptes »: the operator accounts as the backend lists them (identifiant, nom affiché, rôle, actif).
import type { OperatorRow } from '../../stores/operators-store.js';
import { ROLE_LABELS } from './roles.js';

export function OperatorsTable({ operators }: { operators: OperatorRow[] | null }) {
  if (!operators) return <p role="status">Chargement des comptes…</p>;
  if (operators.length === 0) return <p className="empty">Aucun compte.</p>;
  return (
    <table className="operators-table" aria-label="Comptes opérateurs">
      <thead>
        <tr>
          <th scope="col">Identifiant</th>
          <th scope="col">Nom affiché</th>
          <th scope="col">Rôle</th>
          <th scope="col">Actif</th>
        </tr>
      </thead>
      <tbody>
        {operators.map((o) => (
          <tr key={o.username} className={o.active ? undefined : 'is-inactive'}>
            <th scope="row" className="mono">{o.username}</th>
            <td>{o.displayName}</td>
            <td>{ROLE_LABELS[o.role]}</td>
            <td>{o.active ? 'oui' : 'non'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
