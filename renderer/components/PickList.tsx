// A keyboard listbox to pick one item: focus stays on the list (aria-activedescendant), ↓/↑/Début/Fin
// move the active option, Entrée (or a click) picks it, Échap calls `onEscape` when given.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface Props<T> {
  /** Visible label of the list (its accessible name). */
  label: string;
  items: readonly T[];
  itemKey(item: T): string;
  render(item: T): ReactNode;
  onPick(item: T): void;
  onEscape?(): void;
  autoFocus?: boolean;
  /** The option active at first (coming back to a list keeps the previous choice). */
  initialIndex?: number;
  /** Shown under the label, tied to the list as its description. */
  hint?: string;
}

export function PickList<T>({ label, items, itemKey, render, onPick, onEscape, autoFocus = false, initialIndex = 0, hint }: Props<T>) {
  const id = useId();
  const [active, setActive] = useState(() => Math.max(0, Math.min(items.length - 1, initialIndex)));
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => { if (autoFocus) list.current?.focus(); }, [autoFocus]);
  useEffect(() => {
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const move = (i: number) => setActive(Math.max(0, Math.min(items.length - 1, i)));
  const onKeyDown = (e: KeyboardEvent) => {
    const item = items[active];
    if (e.key === 'ArrowDown') move(active + 1);
    else if (e.key === 'ArrowUp') move(active - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(items.length - 1);
    else if (e.key === 'Enter' && item) onPick(item);
    else if (e.key === 'Escape' && onEscape) onEscape();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="picklist">
      <p id={`${id}-label`} className="picklist__label">{label}</p>
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      <ul
        ref={list}
        role="listbox"
        tabIndex={0}
        className="picklist__list"
        aria-labelledby={`${id}-label`}
        aria-describedby={hint ? `${id}-hint` : undefined}
        aria-activedescendant={items.length > 0 ? `${id}-opt-${active}` : undefined}
        onKeyDown={onKeyDown}
      >
        {items.map((item, i) => (
          <li
            key={itemKey(item)}
            id={`${id}-opt-${i}`}
            data-index={i}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'picklist__option is-active' : 'picklist__option'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => { setActive(i); onPick(item); }}
          >
            {render(item)}
          </li>
        ))}
      </ul>
    </div>
  );
}
