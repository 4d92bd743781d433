import { useEffect } from 'react';
import { matchShortcut } from '../logic/shortcuts.js';
import type { Stores } from '../store/stores.js';
import { runShortcut } from './paletteCommands.js';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable;
}

/** The "anywhere" rows of the shortcut table; Ctrl/⌘+K works even while typing, the letters don't. */
export function useGlobalKeys(stores: Stores, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const id = matchShortcut(e, ['anywhere']);
      if (!id) return;
      if (stores.ui.getState().overlay !== null) return;
      if (id !== 'palette' && isTyping(e.target)) return;
      if (runShortcut(stores, id)) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [stores, enabled]);
}
