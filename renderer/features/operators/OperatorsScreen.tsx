// Container of « Opérateurs » (referent only, Alt+O from the header): the accounts, then the form
// « Nouveau compte » (focus on « Identifiant » on arrival); the list is read again after a creation.
// « Retour » or Échap (handled in App.tsx) goes back to the search.
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useStores } from '../../stores/context.js';
import { createOperatorsStore } from '../../stores/operators-store.js';
import { NewOperatorForm } from './NewOperatorForm.js';
import { OperatorsTable } from './OperatorsTable.js';

export function OperatorsScreen() {
  const { api, nav } = useStores();
  const [store] = useState(() => createOperatorsStore(api));
  const s = useStore(store);

  useEffect(() => { void store.getState().load(); }, [store]);

  return (
    <main className="screen operators-screen" aria-labelledby="operators-title">
      <div className="screen__head">
        <h1 id="operators-title">Opérateurs</h1>
        <button type="button" className="btn" onClick={() => nav.getState().go({ screen: 'search' })} aria-keyshortcuts="Escape">
          Retour
        </button>
        <span className="hint"><kbd>Échap</kbd></span>
      </div>
      <section className="card" aria-labelledby="operators-list-title">
        <h2 id="operators-list-title">Comptes</h2>
        {s.error && <p role="alert" className="form-error">{s.error}</p>}
        {!s.error && <OperatorsTable operators={s.operators} />}
      </section>
      <section className="card">
        {s.notice && <p role="status" className="notice">{s.notice}</p>}
        <NewOperatorForm busy={s.creating} onSubmit={(input) => store.getState().create(input)} />
      </section>
    </main>
  );
}
