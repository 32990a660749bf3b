// Tab « Vérifications INSi » of « Identitovigilance » (referent): the due list by reason (4 years since the last INSi
// operation, NIA after an event), « Appels par seconde » and « Lancer la vérification », the current run's progress
// with Pause / Reprendre / Annuler (polled while it runs), and the last runs.
import { useEffect, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { useStores } from '../../stores/context.js';
import { createVerificationStore } from '../../stores/verification-store.js';
import { RunProgress } from './RunProgress.js';
import { RunsTable } from './RunsTable.js';

export function VerificationTab() {
  const { api } = useStores();
  const [store] = useState(() => createVerificationStore(api));
  const s = useStore(store);

  useEffect(() => {
    void store.getState().load();
    return () => store.getState().dispose();
  }, [store]);

  const current = s.status?.current ?? null;
  const startable = !current;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void (current ? store.getState().resume() : store.getState().start());
  };

  return (
    <div className="verification">
      <section aria-labelledby="verification-due-title">
        <h2 id="verification-due-title">Identités à revérifier auprès d’INSi</h2>
        {s.status ? (
          <ul className="verification-due">
            <li>
              <strong>{s.status.due.total}</strong> identité{s.status.due.total > 1 ? 's' : ''} à vérifier
            </li>
            <li>{s.status.due.fourYears} dont la dernière opération INSi date de 4 ans ou plus (récupérées, qualifiées)</li>
            <li>{s.status.due.nia} au matricule NIA, après un nouvel événement (ouverture ou modification de la fiche)</li>
          </ul>
        ) : (
          <p className="hint">Chargement…</p>
        )}
      </section>

      <form className="toolbar verification-controls" onSubmit={onSubmit} aria-label="Lancer la vérification INSi">
        <label className="field field--inline">
          <span>Appels par seconde</span>
          <input type="text" inputMode="decimal" value={s.rate} size={6} onChange={(e) => store.getState().setRate(e.target.value)} aria-describedby="verification-rate-hint" />
        </label>
        {startable ? (
          <button type="submit" className="btn btn--primary" aria-disabled={s.busy}>
            Lancer la vérification
          </button>
        ) : current.state === 'running' && current.live ? (
          <button type="button" className="btn" onClick={() => void store.getState().pause()} aria-disabled={s.busy}>
            Pause
          </button>
        ) : (
          <button type="submit" className="btn btn--primary" aria-disabled={s.busy}>
            Reprendre
          </button>
        )}
        {current && (
          <button type="button" className="btn btn--danger" onClick={() => void store.getState().cancel()} aria-disabled={s.busy}>
            Annuler
          </button>
        )}
        <span id="verification-rate-hint" className="hint">
          Débit maximal vers le téléservice INSi (entre 0,1 et 1000).
        </span>
      </form>
      {s.error && <p role="alert" className="form-error">{s.error}</p>}
      {current && <RunProgress run={current} />}
      {s.status && <RunsTable runs={s.status.lastRuns} />}
    </div>
  );
}
