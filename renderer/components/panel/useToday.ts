import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../shared/contract.js';
import type { Task } from '../../../shared/model.js';
import { call } from '../../api/result.js';
import { useStores } from '../../store/hooks.js';

export const TODAY_LIMIT = 50;

export interface TodayGroup {
  tasks: Task[];
  total: number;
}

export interface TodayState {
  dueToday: TodayGroup;
  overdue: TodayGroup;
  loaded: boolean;
  load(): Promise<void>;
}

const EMPTY: TodayGroup = { tasks: [], total: 0 };

/**
 * Due today, then overdue, across every account: the task listing's own
 * "due today" and "overdue" lists (open tasks, soonest first). Two groups so
 * today's few are not buried under a long overdue tail.
 */
export function createTodayStore(api: Api): StoreApi<TodayState> {
  return createStore<TodayState>()((set) => ({
    dueToday: EMPTY,
    overdue: EMPTY,
    loaded: false,
    async load() {
      try {
        const [dueToday, overdue] = await Promise.all(
          (['due-today', 'overdue'] as const).map((view) => call(api, 'tasks:list', { view, limit: TODAY_LIMIT })),
        );
        set({
          dueToday: { tasks: dueToday!.tasks, total: dueToday!.total },
          overdue: { tasks: overdue!.tasks, total: overdue!.total },
          loaded: true,
        });
      } catch {
        // Without the host the list keeps what it showed; the panel says it is not connected.
      }
    },
  }));
}

/** The panel's Today list, fetched again whenever the core says tasks changed and when the host comes back. */
export function useToday(): Pick<TodayState, 'dueToday' | 'overdue' | 'loaded'> {
  const stores = useStores();
  const store = useMemo(() => createTodayStore(stores.api), [stores]);
  useEffect(() => {
    const load = () => void store.getState().load();
    load();
    const offTasks = stores.api.on('tasks:changed', load);
    const offConnection = stores.api.onConnection((state) => {
      if (state === 'open') load();
    });
    return () => {
      offTasks();
      offConnection();
    };
  }, [stores, store]);
  const dueToday = useStore(store, (s) => s.dueToday);
  const overdue = useStore(store, (s) => s.overdue);
  const loaded = useStore(store, (s) => s.loaded);
  return { dueToday, overdue, loaded };
}
