import { useEffect } from 'react';

/** In a text field Ctrl/Cmd+Z stays the field's own undo of typing. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return ['INPUT', 'TEXTAREA'].includes(target.tagName) || target.isContentEditable;
}

/** Ctrl+Z (Cmd+Z on macOS) takes back the last change while there is one to take back. */
export function useUndoShortcut(enabled: boolean, undo: () => void): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || e.key.toLowerCase() !== 'z') return;
      if (isTextField(e.target)) return;
      e.preventDefault();
      undo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled, undo]);
}
