import { useEffect, type RefObject } from 'react';

export interface TaskKeyActions {
  move(delta: number): void;
  open(): void;
  toggle(): void;
  close(): void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable;
}

/** j/k or arrows move, Enter opens, x completes, / focuses search, Esc closes the detail pane. */
export function useTaskKeys(searchRef: RefObject<HTMLInputElement | null>, actions: TaskKeyActions, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Escape') {
        if (isTyping(e.target) && e.target === searchRef.current) searchRef.current?.blur();
        else actions.close();
        return;
      }
      if (isTyping(e.target)) return;
      const inButton = e.target instanceof HTMLButtonElement;
      const handlers: Record<string, () => void> = {
        '/': () => searchRef.current?.focus(),
        j: () => actions.move(1),
        ArrowDown: () => actions.move(1),
        k: () => actions.move(-1),
        ArrowUp: () => actions.move(-1),
        x: () => actions.toggle(),
        ...(inButton ? {} : { Enter: () => actions.open() }),
      };
      const handler = handlers[e.key];
      if (!handler) return;
      e.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [searchRef, actions, enabled]);
}
