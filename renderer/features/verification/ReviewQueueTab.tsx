// Tab « File de revue » of « Identitovigilance » (referent): failed INSi re-verifications waiting for a decision. The
// list (↓/↑, Entrée opens), then one item with its comparison (ReviewItemView); after a decision the confirmation
// takes the focus and the list is read again.
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { ShowMore } from '../../components/ShowMore.js';
import { useStores } from '../../stores/context.js';
import { createReviewStore } from '../../stores/verification-store.js';
import { ReviewItemView } from './ReviewItemView.js';
import { ReviewList } from './ReviewList.js';

export function ReviewQueueTab() {
  const { api } = useStores();
  const [store] = useState(() => createReviewStore(api));
  const s = useStore(store);
  const [selected, setSelected] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    void store.getState().load();
  }, [store]);

  const opened = s.items?.find((i) => i.id === s.openId) ?? null;
  const backToList = () => {
    store.getState().open(null);
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>('tr[tabindex="0"]')?.focus());
  };
  const decided = (message: string | null) => {
    if (!message) {
      setSelected(0);
      requestAnimationFrame(() => noticeRef.current?.focus());
    }
    return message;
  };

  return (
    <div className="review-queue">
      <h2>File de revue des vérifications INSi</h2>
      {s.notice && <p ref={noticeRef} tabIndex={-1} role="status" className="notice">{s.notice}</p>}
      {opened ? (
        <ReviewItemView
          key={opened.id}
          item={opened}
          busy={s.busy}
          error={s.error}
          onBack={backToList}
          onRefresh={() => void store.getState().refresh()}
          onAccept={async (acceptUnknownBirthplace) => decided(await store.getState().resolve({ decision: 'accept_insi', id: opened.id, version: opened.identityVersion, acceptUnknownBirthplace }))}
          onKeep={async (reason) => decided(await store.getState().resolve({ decision: 'keep_local', id: opened.id, reason }))}
        />
      ) : (
        <div ref={listRef}>
          {s.error && <p role="alert" className="form-error">{s.error}</p>}
          {s.items === null ? (
            <p className="hint">Chargement…</p>
          ) : s.items.length === 0 ? (
            <p>Aucune vérification en échec à examiner.</p>
          ) : (
            <>
              <p className="hint">
                {s.total} élément{s.total > 1 ? 's' : ''} à examiner — <kbd>↓</kbd>/<kbd>↑</kbd> pour choisir, <kbd>Entrée</kbd> pour ouvrir.
              </p>
              <ReviewList items={s.items} selected={selected} onSelect={setSelected} onOpen={(item) => store.getState().open(item.id)} />
              <ShowMore shown={s.items.length} total={s.total} noun={{ one: 'élément', many: 'éléments' }} onMore={() => store.getState().more()} list={listRef} onShown={setSelected} />
            </>
          )}
        </div>
      )}
    </div>
  );
}
