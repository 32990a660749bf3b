// Keyboard grid of table rows with a roving tabindex (one row in the Tab order, the selected one): ↓/↑/Début/Fin
// move the selection and the focus, Entrée opens the row, a click selects it, a double click opens it. Shared by the
// referent's lists (doublons, file de revue); the caller keeps the selection and draws the cells.
import { useRef, type KeyboardEvent } from 'react';

export interface GridRowProps {
  ref(el: HTMLTableRowElement | null): void;
  tabIndex: number;
  'aria-selected': boolean;
  onKeyDown(e: KeyboardEvent): void;
  onClick(): void;
  onDoubleClick(): void;
}

export function useGridRows<T>(rows: readonly T[], selected: number, onSelect: (index: number) => void, onOpen: (row: T) => void): (index: number) => GridRowProps {
  const refs = useRef<(HTMLTableRowElement | null)[]>([]);
  const move = (index: number) => {
    const i = Math.max(0, Math.min(rows.length - 1, index));
    onSelect(i);
    refs.current[i]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const row = rows[index];
    if (e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowUp') move(index - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(rows.length - 1);
    else if (e.key === 'Enter' && row !== undefined) onOpen(row);
    else return;
    e.preventDefault();
  };
  return (index) => ({
    ref: (el) => {
      refs.current[index] = el;
    },
    tabIndex: index === selected || (selected < 0 && index === 0) ? 0 : -1,
    'aria-selected': index === selected,
    onKeyDown: (e) => onKeyDown(e, index),
    onClick: () => onSelect(index),
    onDoubleClick: () => onOpen(rows[index]!),
  });
}
