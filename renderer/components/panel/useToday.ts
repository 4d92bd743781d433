import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../shared/contract.js';
import type { Task } from '../../../shared/model.js';
import { call } from '../../api/result.js';
import { isoDate } from '../../logic/dates.js';
import { useStores } from '../../store/hooks.js';

export const TODAY_LIMIT = 50;

export interface TodayState {
  tasks: Task[];
  total: number;
  loaded: boolean;
  load(): Promise<void>;
}

/**
 * Due today or overdue, across every account: the task listing bounded by
 * today's date, open tasks only, soonest first.
 */
export function createTodayStore(api: Api, now: () => Date): StoreApi<TodayState> {
  return createStore<TodayState>()((set) => ({
    tasks: [],
    total: 0,
    loaded: false,
    async load() {
      try {
        const reply = await call(api, 'tasks:list', {
          status: 'not-done',
          dueBefore: isoDate(now()),
          sort: 'due',
          limit: TODAY_LIMIT,
        });
        set({ tasks: reply.tasks, total: reply.total, loaded: true });
      } catch {
        // Without the host the list keeps what it showed; the panel says it is not connected.
      }
    },
  }));
}

/** The panel's Today list, fetched again whenever the core says tasks changed and when the host comes back. */
export function useToday(): Pick<TodayState, 'tasks' | 'total' | 'loaded'> {
  const stores = useStores();
  const store = useMemo(() => createTodayStore(stores.api, () => new Date()), [stores]);
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
  const tasks = useStore(store, (s) => s.tasks);
  const total = useStore(store, (s) => s.total);
  const loaded = useStore(store, (s) => s.loaded);
  return { tasks, total, loaded };
}
