import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, EditTimeInput, LogTimeInput, MutationResult, StartTimerInput } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';
import { parseKey, recordKey, type Task, type TimeEntry, type Timer } from '../../shared/model.js';
import { call, toPayload } from '../api/result.js';
import { addDays, isoDate } from '../logic/dates.js';

export interface TimeRange {
  from: string;
  to: string;
}

/** Tracked time and costs for a chosen range, plus the timers running now; booking, changing and deleting time. */
export interface TimeState {
  range: TimeRange;
  entries: TimeEntry[];
  timers: Timer[];
  loaded: boolean;
  loading: boolean;
  /** A booking, change, deletion or timer start is on its way. */
  saving: boolean;
  error: ErrorPayload | null;
  /** What became of the last booking, change or deletion: sent, or queued for when the service is reachable. */
  lastResult: MutationResult | null;
  /** Open tasks of the projects picked in the booking and timer forms, by `projectId(…)`. */
  projectTasks: Record<string, Task[]>;
  /** Titles of the tasks the entries are booked on, by task key. */
  taskTitles: Record<string, string>;
  setRange(range: TimeRange): Promise<void>;
  load(): Promise<void>;
  loadProjectTasks(accountId: string, projectRemoteId: string): Promise<void>;
  logTime(input: LogTimeInput): Promise<boolean>;
  editTime(input: EditTimeInput): Promise<boolean>;
  deleteTime(key: string): Promise<boolean>;
  startTimer(input: StartTimerInput): Promise<boolean>;
  stopTimer(key: string): Promise<void>;
  clearResult(): void;
}

export const projectId = (accountId: string, projectRemoteId: string): string => `${accountId}|${projectRemoteId}`;

/** The key of the task an entry is booked on, or null when it is on a project only. */
export function taskKeyOf(entry: TimeEntry): string | null {
  const provider = parseKey(entry.key)?.provider;
  return provider && entry.taskRemoteId ? recordKey(provider, entry.accountId, 'task', entry.taskRemoteId) : null;
}

export function lastDays(today: Date, days: number): TimeRange {
  return { from: isoDate(addDays(today, -(days - 1))), to: isoDate(today) };
}

export function createTimeStore(api: Api, now: () => Date): StoreApi<TimeState> {
  return createStore<TimeState>()((set, get) => {
    /** Runs one change, keeps its result (or error) for the view, and reloads what it touched. */
    async function change(send: () => Promise<MutationResult | null>): Promise<boolean> {
      set({ saving: true, error: null, lastResult: null });
      try {
        const result = await send();
        set({ saving: false, lastResult: result, error: result?.state === 'failed' ? result.error : null });
        await get().load();
        return result?.state !== 'failed';
      } catch (error) {
        set({ saving: false, error: toPayload(error) });
        return false;
      }
    }

    /** Task titles from the cache, so entries show tasks by name; each task is looked up once. */
    async function loadTitles(entries: TimeEntry[]): Promise<void> {
      const known = get().taskTitles;
      const keys = [...new Set(entries.map(taskKeyOf))].filter((k): k is string => k !== null && !(k in known));
      const found = await Promise.all(
        keys.slice(0, 200).map(async (key) => {
          const reply = await api.invoke('tasks:get', { key });
          return [key, reply.ok ? reply.value.title : ''] as const;
        }),
      );
      if (found.length > 0) set({ taskTitles: { ...get().taskTitles, ...Object.fromEntries(found) } });
    }

    return {
      range: lastDays(now(), 7),
      entries: [],
      timers: [],
      loaded: false,
      loading: false,
      saving: false,
      error: null,
      lastResult: null,
      projectTasks: {},
      taskTitles: {},
      async setRange(range) {
        set({ range });
        await get().load();
      },
      async load() {
        set({ loading: true });
        try {
          const { from, to } = get().range;
          const [entries, timers] = await Promise.all([call(api, 'time:list', { from, to }), call(api, 'timers:list', {})]);
          set({ entries, timers, loading: false, loaded: true });
          await loadTitles(entries);
        } catch (error) {
          set({ loading: false, error: toPayload(error) });
        }
      },
      async loadProjectTasks(accountId, projectRemoteId) {
        const reply = await api.invoke('tasks:list', { accountId, projectRemoteId, status: 'not-done', limit: 500 });
        const tasks = reply.ok ? reply.value.tasks.filter((t) => t.remoteId !== null) : [];
        set({ projectTasks: { ...get().projectTasks, [projectId(accountId, projectRemoteId)]: tasks } });
      },
      logTime: (input) => change(() => call(api, 'time:log', input)),
      editTime: (input) => change(() => call(api, 'time:edit', input)),
      deleteTime: (key) => change(() => call(api, 'time:delete', { key })),
      startTimer: (input) =>
        change(async () => {
          await call(api, 'timers:start', input);
          return null;
        }),
      async stopTimer(key) {
        try {
          await call(api, 'timers:stop', { key });
        } catch (error) {
          set({ error: toPayload(error) });
        }
        await get().load();
      },
      clearResult: () => set({ lastResult: null, error: null }),
    };
  });
}
