import { useEffect, type RefObject } from 'react';
import { matchShortcut, type ShortcutId } from '../logic/shortcuts.js';

/** What the list's rows of the shortcut table do; TasksView supplies them. */
export type TaskKeyActions = Partial<Record<ShortcutId, () => void>>;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable;
}

/**
 * The task list's keys, read from the one shortcut table. Keys that would
 * also scroll or select text elsewhere (Home, End, Page keys, Ctrl/⌘+A) act
 * only while the list has focus; the letters work anywhere outside a field.
 */
export function useTaskKeys(
  searchRef: RefObject<HTMLInputElement | null>,
  listRef: RefObject<HTMLElement | null>,
  actions: TaskKeyActions,
  enabled: boolean,
): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const id = matchShortcut(e, ['list']);
      if (!id) return;
      if (id === 'close') {
        if (isTyping(e.target) && e.target === searchRef.current) searchRef.current?.blur();
        else actions.close?.();
        return;
      }
      if (isTyping(e.target)) return;
      const inList = listRef.current !== null && e.target === listRef.current;
      const listOnly: ShortcutId[] = ['first', 'last', 'page-down', 'page-up', 'select-all', 'expand', 'collapse'];
      if (listOnly.includes(id) && !inList) return;
      if (id === 'open' && e.target instanceof HTMLButtonElement) return;
      const action = id === 'search' ? () => searchRef.current?.focus() : actions[id];
      if (!action) return;
      e.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [searchRef, listRef, actions, enabled]);
}
