// « Recherche de patient », the landing page: one box, results as you type, ↓ into the results,
// Entrée opens, Alt+N (or the button) starts a new identity while keeping what was typed, Alt+I asks
// INSi for a new patient (Vitale card first, or the traits typed in the creation form).
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { useStores } from '../../stores/context.js';
import { EMPTY_DRAFT } from '../../stores/form-store.js';
import { ResultsTable } from './ResultsTable.js';

export function SearchScreen() {
  const { search, nav } = useStores();
  const s = useStore(search);
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);

  useEffect(() => {
    input.current?.focus();
    // coming back from a fiche: the rows may have changed (status, new identity)
    if (search.getState().query.trim()) void search.getState().flush();
  }, [search]);

  const openRow = (id: number) => nav.getState().go({ screen: 'detail', id });
  const onInputKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && s.rows.length > 0) {
      e.preventDefault();
      s.select(0);
      results.current?.querySelector<HTMLElement>('tbody tr')?.focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const row = s.rows[s.selected] ?? (s.rows.length === 1 ? s.rows[0] : undefined);
      if (row && s.answeredQuery === s.query) openRow(row.id);
    } else if (e.key === 'Escape' && s.query) {
      e.preventDefault();
      e.stopPropagation();
      s.reset();
    }
  };

  const answered = s.query.trim() !== '' && s.answeredQuery === s.query && !s.loading;
  let status = '';
  if (s.error) status = '';
  else if (s.loading) status = 'Recherche…';
  else if (answered && s.rows.length === 0) status = `Aucune identité ne correspond à « ${s.query.trim()} ».`;
  else if (answered && s.truncated) status = `${s.rows.length} résultats, affinez la recherche`;
  else if (answered) status = s.rows.length === 1 ? '1 résultat' : `${s.rows.length} résultats`;

  return (
    <main className="screen search-screen" aria-labelledby="search-title">
      <div className="screen__head">
        <h1 id="search-title">Recherche de patient</h1>
        <button type="button" className="btn" onClick={() => nav.getState().go({ screen: 'create' })} aria-keyshortcuts="Alt+N">
          Nouvelle identité
        </button>
        <span className="hint"><kbd>Alt+N</kbd></span>
        <button
          type="button"
          className="btn"
          onClick={() => nav.getState().go({ screen: 'insi', subject: { kind: 'draft', draft: { ...EMPTY_DRAFT }, from: 'search' } })}
          aria-keyshortcuts="Alt+I"
        >
          Interroger INSi
        </button>
        <span className="hint"><kbd>Alt+I</kbd> nouveau patient (carte Vitale)</span>
      </div>
      <div className="field search-box">
        <label htmlFor="search-input" className="visually-hidden">Rechercher un patient</label>
        <input
          id="search-input"
          ref={input}
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={s.query}
          aria-describedby="search-help search-status"
          aria-controls="search-results"
          onChange={(e) => s.setQuery(e.target.value)}
          onKeyDown={onInputKey}
          placeholder="12/03/1980 lef"
        />
        <p id="search-help" className="hint">
          Date de naissance, nom, prénom, IPP ou matricule INS — dans n'importe quel ordre
        </p>
      </div>
      <p id="search-status" className="status-line" role="status" aria-live="polite">{status}</p>
      {s.error && <p role="alert" className="form-error">{s.error}</p>}
      <div id="search-results" ref={results}>
        {s.rows.length > 0 && (
          <ResultsTable
            rows={s.rows}
            selected={s.selected}
            onSelect={s.select}
            onOpen={(row) => openRow(row.id)}
            onLeave={() => input.current?.focus()}
          />
        )}
        {answered && s.rows.length === 0 && (
          <p className="empty">
            Vérifiez la date de naissance et les premières lettres du nom de naissance, ou créez une
            nouvelle identité (<kbd>Alt+N</kbd>).
          </p>
        )}
      </div>
    </main>
  );
}
