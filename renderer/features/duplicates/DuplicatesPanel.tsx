// Container of the « Doublons » tab (referent only): « Rechercher les doublons » (bulk scan with its
// summary), the open pairs (PairsTable) or one pair side by side (PairView), and « Fusions récentes »
// with their undo. Focus returns to the pair list after a decision or Échap.
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { ReasonDialog } from '../../components/ReasonDialog.js';
import { ShowMore } from '../../components/ShowMore.js';
import { useStores } from '../../stores/context.js';
import { createDuplicatesStore, type MergeSummary } from '../../stores/duplicates-store.js';
import { MergesList } from './MergesList.js';
import { PairsTable } from './PairsTable.js';
import { PairView } from './PairView.js';

export function DuplicatesPanel() {
  const { api } = useStores();
  const [store] = useState(() => createDuplicatesStore(api));
  const s = useStore(store);
  const [selected, setSelected] = useState(0);
  const [undoing, setUndoing] = useState<MergeSummary | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const pairsRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    void store.getState().loadPairs();
    void store.getState().loadMerges();
  }, [store]);

  const backToList = () => {
    store.getState().closePair();
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>('tr[tabindex="0"]')?.focus());
  };
  // After a decision the detail closes: put the focus on the confirmation, then the list is one Tab away.
  const afterDecision = (message: string | null) => {
    if (!message) requestAnimationFrame(() => noticeRef.current?.focus());
    return message;
  };

  return (
    <div className="duplicates">
      <div className="toolbar">
        <button type="button" className="btn btn--primary" onClick={() => void store.getState().runScan()} aria-disabled={s.scanning}>
          Rechercher les doublons
        </button>
        <p role="status" className="hint">
          {s.scanning && 'Recherche des doublons en cours…'}
          {!s.scanning && s.scan &&
            `${s.scan.scanned} identités examinées en ${(s.scan.tookMs / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s : ${s.scan.candidates} paires candidates, dont ${s.scan.newPairs} nouvelles et ${s.scan.collisions} collisions (même INS).`}
        </p>
      </div>
      {s.error && <p role="alert" className="form-error">{s.error}</p>}
      {s.notice && <p ref={noticeRef} tabIndex={-1} role="status" className="notice">{s.notice}</p>}
      {s.detail ? (
        <PairView
          key={s.detail.pair.id}
          detail={s.detail}
          onBack={backToList}
          onMerge={async (survivor, choices, reason) => afterDecision(await store.getState().merge(survivor, choices, reason))}
          onDecide={async (decision, reason) => afterDecision(await store.getState().decide(decision, reason))}
        />
      ) : (
        <div ref={listRef}>
          <h2>
            Paires à examiner{s.pairs ? ` : ${s.openDuplicates + s.openCollisions}` : ''}
            {s.openCollisions > 0 && <span className="chip chip--collision">{s.openCollisions} collision(s)</span>}
          </h2>
          {!s.pairs && <p role="status">Chargement des paires…</p>}
          {s.pairs?.length === 0 && <p>Aucune paire ouverte. Lancez « Rechercher les doublons » pour examiner la base.</p>}
          {s.pairs && s.pairs.length > 0 && (
            <div ref={pairsRef}>
              <PairsTable
                pairs={s.pairs}
                selected={Math.min(selected, s.pairs.length - 1)}
                onSelect={setSelected}
                onOpen={(pair) => void store.getState().openPair(pair.id)}
              />
              <ShowMore
                shown={s.pairs.length}
                total={s.openDuplicates + s.openCollisions}
                noun={{ one: 'paire', many: 'paires' }}
                onMore={() => store.getState().morePairs()}
                list={pairsRef}
                onShown={setSelected}
              />
            </div>
          )}
          <MergesList merges={s.merges} total={s.mergesTotal} onMore={() => store.getState().moreMerges()} onUndo={setUndoing} />
        </div>
      )}
      {undoing && (
        <ReasonDialog
          title={`Annuler la fusion de l'IPP ${undoing.absorbed.ipp} dans l'IPP ${undoing.survivor.ipp}`}
          confirmLabel="Annuler la fusion"
          warning={`Les deux identités redeviennent exactement ce qu'elles étaient avant la fusion ; l'IPP ${undoing.absorbed.ipp} n'est plus un alias. Refusé si l'une d'elles a été modifiée depuis.`}
          onClose={() => setUndoing(null)}
          onConfirm={async (reason) => {
            const message = await store.getState().undo(undoing.id, reason);
            if (!message) {
              setUndoing(null);
              requestAnimationFrame(() => noticeRef.current?.focus());
            }
            return message;
          }}
        />
      )}
    </div>
  );
}
