import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, MutationResult } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';
import { call, toPayload } from '../api/result.js';

/** Deleting the open task: asked first, then sent (or queued) through `tasks:delete`. */
export interface DeleteTaskState {
  confirming: boolean;
  deleting: boolean;
  result: MutationResult | null;
  error: ErrorPayload | null;
  ask(): void;
  cancel(): void;
  confirm(key: string): Promise<MutationResult | null>;
}

export function createDeleteTaskStore(api: Api): StoreApi<DeleteTaskState> {
  return createStore<DeleteTaskState>()((set) => ({
    confirming: false,
    deleting: false,
    result: null,
    error: null,
    ask: () => set({ confirming: true, error: null, result: null }),
    cancel: () => set({ confirming: false }),
    async confirm(key) {
      set({ deleting: true, error: null });
      try {
        const result = await call(api, 'tasks:delete', { key });
        set({ deleting: false, confirming: false, result, error: result.state === 'failed' ? result.error : null });
        return result;
      } catch (error) {
        set({ deleting: false, error: toPayload(error) });
        return null;
      }
    },
  }));
}
