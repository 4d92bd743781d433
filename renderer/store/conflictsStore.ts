import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, Input } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';
import type { Conflict } from '../../shared/model.js';
import { call, toPayload } from '../api/result.js';

export type Resolution = Omit<Input<'conflicts:resolve'>, 'id'>;

/** Open and settled conflicts; the id last settled can be undone. */
export interface ConflictsState {
  conflicts: Conflict[];
  openId: string | null;
  lastSettledId: string | null;
  busy: boolean;
  error: ErrorPayload | null;
  load(): Promise<void>;
  openDialog(id: string | null): void;
  resolve(id: string, resolution: Resolution): Promise<boolean>;
  undo(id: string): Promise<boolean>;
}

export function createConflictsStore(api: Api): StoreApi<ConflictsState> {
  return createStore<ConflictsState>()((set, get) => {
    const run = async (fn: () => Promise<unknown>, after: Partial<ConflictsState>): Promise<boolean> => {
      set({ busy: true, error: null });
      try {
        await fn();
        set({ busy: false, ...after });
        await get().load();
        return true;
      } catch (error) {
        set({ busy: false, error: toPayload(error) });
        return false;
      }
    };
    return {
      conflicts: [],
      openId: null,
      lastSettledId: null,
      busy: false,
      error: null,
      async load() {
        const reply = await api.invoke('conflicts:list', {});
        if (reply.ok) set({ conflicts: reply.value });
      },
      openDialog: (id) => set({ openId: id, error: null }),
      resolve: (id, resolution) =>
        run(() => call(api, 'conflicts:resolve', { id, ...resolution }), {
          openId: null,
          lastSettledId: id,
        }),
      undo: (id) => run(() => call(api, 'conflicts:undo', { id }), { lastSettledId: null }),
    };
  });
}
