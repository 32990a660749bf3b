// « Historique » of one identity from the journal: who, when, what, the reason, and for each
// field its value before → after.
import { FIELD_LABELS } from '../../../core/identity/labels.js';
import { formatDateTime } from '../../lib/format.js';
import type { JournalEntry } from '../../stores/identity-store.js';

const EXTRA_LABELS: Record<string, string> = {
  status: 'Statut',
  birthplace: 'Lieu de naissance',
  birthDateCorrected: 'Date corrigée',
  documentCheck: "Contrôle de pièce d'identité",
  attributes: 'Attributs',
  douteuse: 'Identité douteuse',
  fictive: 'Identité fictive',
  homonyme: 'Identité homonyme',
  mergedInto: 'Fusionnée dans l’IPP',
  ippAlias: 'IPP conservé en alias',
  ins: 'INS',
  insiVerified: 'Traits vérifiés par INSi',
};

const fieldLabel = (f: string) => (FIELD_LABELS as Record<string, string>)[f] ?? EXTRA_LABELS[f] ?? f;

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? 'oui' : 'non';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

export function HistoryPanel({ entries }: { entries: JournalEntry[] | null }) {
  return (
    <section className="panel history" aria-labelledby="history-title">
      <h2 id="history-title">Historique</h2>
      {!entries && <p role="status">Chargement de l’historique…</p>}
      {entries?.length === 0 && <p>Aucun événement.</p>}
      <ol className="history__list">
        {[...(entries ?? [])].sort((a, b) => b.seq - a.seq).map((e) => (
          <li key={e.seq} className="history__item">
            <p className="history__head">
              <strong>{e.label}</strong> — {formatDateTime(e.at)} — {e.operator}
              {e.workstation ? ` (${e.workstation})` : ''}
            </p>
            {e.reason && <p className="history__reason">Motif : {e.reason}</p>}
            {e.changes.length > 0 && (
              <table className="history__changes">
                <thead>
                  <tr><th scope="col">Champ</th><th scope="col">Avant</th><th scope="col">Après</th></tr>
                </thead>
                <tbody>
                  {e.changes.map((c) => (
                    <tr key={c.field}>
                      <th scope="row">{fieldLabel(c.field)}</th>
                      <td className="mono">{show(c.before)}</td>
                      <td className="mono">{show(c.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
