import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, MutationResult } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';
import type { Task } from '../../shared/model.js';
import { call, toPayload } from '../api/result.js';
import { deleteChange } from '../logic/undoChanges.js';
import type { RecordUndo } from './undoStore.js';

/** Deleting the open task: asked first, then sent (or queued) through `tasks:delete`. */
export interface DeleteTaskState {
  confirming: boolean;
  deleting: boolean;
  result: MutationResult | null;
  error: ErrorPayload | null;
  ask(): void;
  cancel(): void;
  confirm(task: Task): Promise<MutationResult | null>;
}

/** `recordUndo` gets the deletion once the core has taken it, so the toast can take it back. */
export function createDeleteTaskStore(api: Api, recordUndo: RecordUndo = () => undefined): StoreApi<DeleteTaskState> {
  return createStore<DeleteTaskState>()((set) => ({
    confirming: false,
    deleting: false,
    result: null,
    error: null,
    ask: () => set({ confirming: true, error: null, result: null }),
    cancel: () => set({ confirming: false }),
    async confirm(task) {
      set({ deleting: true, error: null });
      try {
        const result = await call(api, 'tasks:delete', { key: task.key });
        if (result.state !== 'failed') recordUndo(`Deleted “${task.title}”`, [deleteChange({ ...task, key: result.key })]);
        set({ deleting: false, confirming: false, result, error: result.state === 'failed' ? result.error : null });
        return result;
      } catch (error) {
        set({ deleting: false, error: toPayload(error) });
        return null;
      }
    },
  }));
}
