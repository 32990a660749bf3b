// The app shell: header (demo banner, operator, Opérateurs for a referent, Aide, déconnexion), the
// current screen, and the global shortcuts (F1 aide, Alt+R recherche, Alt+N nouvelle identité, Alt+I
// INSi from the search, Alt+O opérateurs and Alt+V identitovigilance for a referent, Alt+1…9 the
// identitovigilance tabs, Échap from a fiche, from Opérateurs or from Identitovigilance).
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { HelpDialog } from './features/help/HelpDialog.js';
import { IdentityDetailScreen } from './features/identity-detail/IdentityDetailScreen.js';
import { IdentityFormScreen } from './features/identity-form/IdentityFormScreen.js';
import { InsiScreen } from './features/insi/InsiScreen.js';
import { LoginScreen } from './features/login/LoginScreen.js';
import { OperatorsScreen } from './features/operators/OperatorsScreen.js';
import { ReferentScreen } from './features/referent/ReferentScreen.js';
import { REFERENT_TABS } from './features/referent/tabs.js';
import { SearchScreen } from './features/search/SearchScreen.js';
import { isAlt } from './lib/keys.js';
import { useStores } from './stores/context.js';
import { EMPTY_DRAFT } from './stores/form-store.js';

export function App() {
  const { session, nav, search } = useStores();
  const phase = useStore(session, (s) => s.phase);
  const operator = useStore(session, (s) => s.operator);
  const demo = useStore(session, (s) => s.demo);
  const sessionError = useStore(session, (s) => s.error);
  const route = useStore(nav, (s) => s.route);
  const helpOpen = useStore(nav, (s) => s.helpOpen);

  useEffect(() => { void session.getState().refresh(); }, [session]);
  useEffect(() => {
    if (!operator) { nav.getState().go({ screen: 'search' }); search.getState().reset(); }
  }, [operator, nav, search]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const n = nav.getState();
      if (e.key === 'F1') {
        e.preventDefault();
        n.setHelp(!n.helpOpen);
        return;
      }
      // a modal dialog owns the keyboard, even if focus slipped out of it
      const current = session.getState().operator;
      if (!current || n.helpOpen || document.querySelector('[role="dialog"]')) return;
      const screen = n.route.screen;
      const onForm = screen === 'create' || screen === 'edit';
      if (isAlt(e, 'r') && !onForm) {
        e.preventDefault();
        n.go({ screen: 'search' });
        const box = document.getElementById('search-input') as HTMLInputElement | null;
        box?.focus();
        box?.select();
      } else if (isAlt(e, 'n') && !onForm) {
        e.preventDefault();
        n.go({ screen: 'create' });
      } else if (isAlt(e, 'i') && screen === 'search') {
        e.preventDefault();
        n.go({ screen: 'insi', subject: { kind: 'draft', draft: { ...EMPTY_DRAFT }, from: 'search' } });
      } else if (isAlt(e, 'o') && !onForm && current.role === 'referent') {
        e.preventDefault();
        n.go({ screen: 'operators' });
      } else if (isAlt(e, 'v') && !onForm && current.role === 'referent') {
        e.preventDefault();
        n.go({ screen: 'referent' });
      } else if (screen === 'referent' && e.altKey && !e.ctrlKey && /^Digit[1-9]$/.test(e.code)) {
        const tab = REFERENT_TABS[Number(e.code.slice(5)) - 1];
        if (tab) {
          e.preventDefault();
          n.go({ screen: 'referent', tab: tab.id });
        }
      } else if (e.key === 'Escape' && (screen === 'detail' || screen === 'operators' || screen === 'referent') && !e.defaultPrevented) {
        e.preventDefault();
        n.go({ screen: 'search' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [nav, session]);

  const key =
    route.screen === 'detail' || route.screen === 'edit'
      ? `${route.screen}-${route.id}`
      : route.screen === 'insi'
        ? `insi-${route.subject.kind === 'identity' ? route.subject.view.id : 'new'}`
        : route.screen;
  return (
    <div className="app">
      <header className="app-header">
        <span className="app-title">Bureau d'identitovigilance</span>
        {demo && <span className="demo-banner" role="note">Mode démonstration</span>}
        <span className="spacer" />
        {operator && (
          <span className="operator">
            {operator.displayName} <span className="hint">({operator.role === 'referent' ? 'référent' : 'agent d’accueil'})</span>
          </span>
        )}
        {operator?.role === 'referent' && (
          <button
            type="button"
            className="btn btn--ghost"
            onClick={() => nav.getState().go({ screen: 'referent' })}
            aria-keyshortcuts="Alt+V"
            aria-current={route.screen === 'referent' ? 'page' : undefined}
          >
            Identitovigilance
          </button>
        )}
        {operator?.role === 'referent' && (
          <button
            type="button"
            className="btn btn--ghost"
            onClick={() => nav.getState().go({ screen: 'operators' })}
            aria-keyshortcuts="Alt+O"
            aria-current={route.screen === 'operators' ? 'page' : undefined}
          >
            Opérateurs
          </button>
        )}
        <button type="button" className="btn btn--ghost" onClick={() => nav.getState().setHelp(true)} aria-keyshortcuts="F1">
          Aide (F1)
        </button>
        {operator && (
          <button type="button" className="btn btn--ghost" onClick={() => void session.getState().logout()}>
            Se déconnecter
          </button>
        )}
      </header>
      {phase === 'loading' && <p role="status" className="screen">Chargement…</p>}
      {phase === 'unavailable' && (
        <main className="screen">
          <p role="alert" className="form-error">{sessionError}</p>
          <button type="button" className="btn" onClick={() => void session.getState().refresh()}>Réessayer</button>
        </main>
      )}
      {phase === 'ready' && !operator && <LoginScreen />}
      {phase === 'ready' && operator && (
        <div key={key} className="screen-wrap">
          {route.screen === 'search' && <SearchScreen />}
          {route.screen === 'detail' && <IdentityDetailScreen key={route.id} id={route.id} notice={route.notice} />}
          {route.screen === 'create' && <IdentityFormScreen id={null} initialDraft={route.draft} />}
          {route.screen === 'edit' && <IdentityFormScreen id={route.id} />}
          {route.screen === 'insi' && <InsiScreen subject={route.subject} />}
          {route.screen === 'operators' && operator.role === 'referent' && <OperatorsScreen />}
          {route.screen === 'referent' && operator.role === 'referent' && <ReferentScreen tab={route.tab} />}
        </div>
      )}
      {helpOpen && <HelpDialog onClose={() => nav.getState().setHelp(false)} />}
    </div>
  );
}
