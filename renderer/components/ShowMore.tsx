// « N paires sur M » and « Afficher plus » under a list shown a page at a time. Once the next page is in, the focus
// goes to the first newly shown row (the `index`-th `tbody tr` inside `list`) and `onShown(index)` lets a roving
// grid select it, so the keyboard user carries on where the new rows start.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { shownOf } from '../lib/paging.js';

interface Props {
  shown: number;
  total: number;
  noun: { one: string; many: string };
  /** Loads the next page (the store appends it). */
  onMore(): Promise<void>;
  list: RefObject<HTMLElement | null>;
  onShown?(index: number): void;
}

export function ShowMore({ shown, total, noun, onMore, list, onShown }: Props) {
  const [loading, setLoading] = useState(false);
  const focusFrom = useRef<number | null>(null);

  useEffect(() => {
    const index = focusFrom.current;
    if (index === null || shown <= index) return;
    focusFrom.current = null;
    onShown?.(index);
    const row = list.current?.querySelectorAll<HTMLElement>('tbody tr')[index];
    row?.focus();
  }, [shown, list, onShown]);

  const more = async () => {
    if (loading) return;
    setLoading(true);
    focusFrom.current = shown;
    try {
      await onMore();
    } finally {
      setLoading(false);
    }
  };

  return (
    <div className="show-more">
      <p className="hint" role="status">{shownOf(shown, total, noun)}</p>
      {shown < total && (
        <button type="button" className="btn btn--small" onClick={() => void more()} aria-disabled={loading}>
          {loading ? 'Chargement…' : 'Afficher plus'}
        </button>
      )}
    </div>
  );
}
