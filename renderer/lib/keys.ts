// Keyboard shortcut matching, independent of layout where possible (AZERTY and QWERTY agents):
// the produced key is compared first, the physical key only when Alt produced a symbol (macOS).
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

type AnyKeyEvent = KeyboardEvent | ReactKeyboardEvent;

export function isAlt(e: AnyKeyEvent, letter: string): boolean {
  if (!e.altKey || e.ctrlKey || e.metaKey) return false;
  const key = e.key.toLowerCase();
  if (/^[a-z]$/.test(key)) return key === letter;
  return e.code === `Key${letter.toUpperCase()}`;
}

export function isCtrl(e: AnyKeyEvent, key: string): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === key.toLowerCase();
}

/** Ctrl+S or Ctrl+Enter: save the current form. */
export const isSave = (e: AnyKeyEvent): boolean => isCtrl(e, 's') || isCtrl(e, 'Enter');
