import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';
import type { TimeEntry, Timer } from '../../shared/model.js';
import { call, toPayload } from '../api/result.js';
import { addDays, isoDate } from '../logic/dates.js';

export interface TimeRange {
  from: string;
  to: string;
}

/** Tracked time and costs for a chosen range, plus the timers running now. */
export interface TimeState {
  range: TimeRange;
  entries: TimeEntry[];
  timers: Timer[];
  loading: boolean;
  error: ErrorPayload | null;
  setRange(range: TimeRange): Promise<void>;
  load(): Promise<void>;
  stopTimer(key: string): Promise<void>;
}

export function lastDays(today: Date, days: number): TimeRange {
  return { from: isoDate(addDays(today, -(days - 1))), to: isoDate(today) };
}

export function createTimeStore(api: Api, now: () => Date): StoreApi<TimeState> {
  return createStore<TimeState>()((set, get) => ({
    range: lastDays(now(), 7),
    entries: [],
    timers: [],
    loading: false,
    error: null,
    async setRange(range) {
      set({ range });
      await get().load();
    },
    async load() {
      set({ loading: true });
      try {
        const { from, to } = get().range;
        const [entries, timers] = await Promise.all([call(api, 'time:list', { from, to }), call(api, 'timers:list', {})]);
        set({ entries, timers, loading: false, error: null });
      } catch (error) {
        set({ loading: false, error: toPayload(error) });
      }
    },
    async stopTimer(key) {
      try {
        await call(api, 'timers:stop', { key });
      } catch (error) {
        set({ error: toPayload(error) });
      }
      await get().load();
    },
  }));
}
