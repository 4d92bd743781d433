import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, UndoChange } from '../../shared/contract.js';
import { call, describeError, toPayload } from '../api/result.js';
import { describeUndo } from '../logic/undoChanges.js';

/** One thing the user did, as one undo: a single task or a whole batch. */
export interface UndoEntry {
  id: number;
  /** What the toast says was done. */
  label: string;
  changes: UndoChange[];
}

export interface UndoNotice {
  text: string;
  isError: boolean;
}

/**
 * The last change the user can take back (the toast and Ctrl/Cmd+Z) and what
 * became of the last undo. Stores record a change only after the core has
 * acknowledged it; the core's undo:run does the rest.
 */
export interface UndoState {
  entry: UndoEntry | null;
  busy: boolean;
  notice: UndoNotice | null;
  /** A new entry replaces the one shown: only the newest can be undone. */
  record(label: string, changes: UndoChange[]): void;
  undo(): Promise<void>;
  dismiss(): void;
}

/** Stores that make changes get this, not the whole undo store. */
export type RecordUndo = UndoState['record'];

export function createUndoStore(api: Api): StoreApi<UndoState> {
  let nextId = 1;
  return createStore<UndoState>()((set, get) => ({
    entry: null,
    busy: false,
    notice: null,
    record(label, changes) {
      if (changes.length === 0) return;
      set({ entry: { id: nextId++, label, changes }, notice: null });
    },
    async undo() {
      const { entry, busy } = get();
      if (!entry || busy) return;
      set({ busy: true });
      try {
        const report = await call(api, 'undo:run', { changes: entry.changes });
        set({ entry: null, busy: false, notice: describeUndo(report.outcomes) });
      } catch (error) {
        // The entry stays, so the person can try again (the host may be reconnecting).
        set({ busy: false, notice: { text: `Could not undo: ${describeError(toPayload(error))}`, isError: true } });
      }
    },
    dismiss: () => set({ entry: null, notice: null }),
  }));
}
