// Container of « Identitovigilance » (referent only, Alt+V from the header): one tab per referent task
// (tabs.ts). ARIA tabs: ←/→/Début/Fin move between tabs, Alt+1…9 jump to one, Échap (App.tsx) goes back.
import { Suspense, useRef, type KeyboardEvent } from 'react';
import { useStores } from '../../stores/context.js';
import { REFERENT_TABS } from './tabs.js';

export function ReferentScreen({ tab }: { tab: string | undefined }) {
  const { nav } = useStores();
  const current = REFERENT_TABS.find((t) => t.id === tab) ?? REFERENT_TABS[0];
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  const select = (index: number, focus: boolean) => {
    const target = REFERENT_TABS[(index + REFERENT_TABS.length) % REFERENT_TABS.length];
    if (!target) return;
    nav.getState().go({ screen: 'referent', tab: target.id });
    if (focus) requestAnimationFrame(() => tabRefs.current[REFERENT_TABS.indexOf(target)]?.focus());
  };

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: REFERENT_TABS.length - 1 };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    select(next, true);
  };

  return (
    <main className="screen referent-screen" aria-labelledby="referent-title">
      <div className="screen__head">
        <h1 id="referent-title">Identitovigilance</h1>
        <button type="button" className="btn" onClick={() => nav.getState().go({ screen: 'search' })} aria-keyshortcuts="Escape">
          Retour
        </button>
        <span className="hint"><kbd>Échap</kbd></span>
      </div>
      <div role="tablist" aria-label="Tâches du référent" className="tabs">
        {REFERENT_TABS.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => { tabRefs.current[i] = el; }}
            type="button"
            role="tab"
            id={`referent-tab-${t.id}`}
            aria-selected={t === current}
            aria-controls={`referent-panel-${t.id}`}
            aria-keyshortcuts={i < 9 ? `Alt+${i + 1}` : undefined}
            tabIndex={t === current ? 0 : -1}
            className="tabs__tab"
            onClick={() => select(i, false)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {current && (
        <section role="tabpanel" id={`referent-panel-${current.id}`} aria-labelledby={`referent-tab-${current.id}`} className="tabs__panel">
          <Suspense fallback={<p role="status">Chargement…</p>}>
            <current.Panel />
          </Suspense>
        </section>
      )}
    </main>
  );
}
