import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';
import type { Task, TaskStatus } from '../../shared/model.js';
import { call, toPayload } from '../api/result.js';
import { DEFAULT_FILTERS, leadsList, toQuery, type TaskFilters } from '../logic/taskFilters.js';
import { deleteChange, editChange, editLabel } from '../logic/undoChanges.js';
import { debounce } from './debounce.js';
import type { RecordUndo } from './undoStore.js';

export const PAGE_SIZE = 200;

/** The task list: filters, the total the server reports, and the pages fetched so far (server-side paging). */
export interface TasksState {
  filters: TaskFilters;
  total: number;
  /** More tasks match than `total`: the core counts only a little past the pages asked for. */
  capped: boolean;
  pages: Record<number, Task[]>;
  loading: boolean;
  error: ErrorPayload | null;
  selectedIndex: number;
  setFilters(next: TaskFilters): void;
  /** Search text is applied after typing pauses. */
  setSearch(search: string): void;
  ensureRange(start: number, end: number): void;
  refresh(): Promise<void>;
  select(index: number): void;
  /** Completes or reopens a task; the row changes at once, is marked pending once the core took it, and rolls back if it did not. */
  setStatus(task: Task, status: TaskStatus): Promise<void>;
  /** Deletes a task where the service allows it; undo brings it back. */
  remove(task: Task): Promise<void>;
  /** A task just made here: shown first at once where it heads the list (see leadsList), before the page comes again. */
  showAdded(task: Task): void;
}

export function taskAt(state: Pick<TasksState, 'pages'>, index: number): Task | undefined {
  return state.pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
}

function replaceTask(pages: Record<number, Task[]>, task: Task): Record<number, Task[]> {
  const next: Record<number, Task[]> = {};
  for (const [page, tasks] of Object.entries(pages)) next[Number(page)] = tasks.map((t) => (t.key === task.key ? task : t));
  return next;
}

/** The loaded pages from the first with `task` in front; each page's last row moves to the next, up to the first page not loaded. */
function withFirst(pages: Record<number, Task[]>, task: Task): Record<number, Task[]> {
  const next: Record<number, Task[]> = {};
  let carry: Task | undefined = task;
  for (let page = 0; carry && pages[page]; page += 1) {
    const rows: Task[] = [carry, ...(pages[page] ?? [])];
    carry = rows.length > PAGE_SIZE ? rows.pop() : undefined;
    next[page] = rows;
  }
  return next;
}

export function createTasksStore(
  api: Api,
  now: () => Date,
  searchDelayMs = 200,
  recordUndo: RecordUndo = () => undefined,
): StoreApi<TasksState> {
  let generation = 0;
  let sequence = 0;
  /** The newest request per page wins, so a refresh never loses to an older reply. */
  let latest = new Map<number, number>();
  let visible: [number, number] = [0, 0];
  /** The pages shown belong to the filters before the last restart. */
  let stale = false;

  const store = createStore<TasksState>()((set, get) => {
    async function fetchPage(page: number, gen: number): Promise<void> {
      const seq = (sequence += 1);
      latest.set(page, seq);
      try {
        const query = toQuery(get().filters, now(), { offset: page * PAGE_SIZE, limit: PAGE_SIZE });
        const result = await call(api, 'tasks:list', query);
        if (gen !== generation || latest.get(page) !== seq) return;
        // The first answer for new filters replaces the rows that stood in for it.
        const replacing = stale;
        stale = false;
        set((s) => ({
          // A capped count grows as later pages are fetched; an earlier page's smaller one must not shrink the list.
          total: result.capped && s.capped && !replacing ? Math.max(s.total, result.total) : result.total,
          capped: result.capped,
          pages: replacing ? { [page]: result.tasks } : { ...s.pages, [page]: result.tasks },
          loading: false,
          error: null,
        }));
      } catch (error) {
        if (gen === generation) set({ loading: false, error: toPayload(error) });
      }
    }

    function restart(filters: TaskFilters): void {
      generation += 1;
      latest = new Map();
      visible = [0, 0];
      // The rows on screen stay until the new first page arrives: no flash of placeholders on every
      // filter change, and a host that went away mid-change leaves the list as it was, not "Loading…".
      stale = Object.keys(get().pages).length > 0;
      set({ filters, loading: true, selectedIndex: 0 });
      void fetchPage(0, generation);
    }

    const applySearch = debounce(() => restart(get().filters), searchDelayMs);

    return {
      filters: DEFAULT_FILTERS,
      total: 0,
      capped: false,
      pages: {},
      loading: true,
      error: null,
      selectedIndex: 0,
      setFilters: restart,
      setSearch(search) {
        set((s) => ({ filters: { ...s.filters, search } }));
        applySearch();
      },
      ensureRange(start, end) {
        visible = [start, end];
        const last = Math.min(end, Math.max(get().total - 1, 0));
        for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page += 1) {
          if (!get().pages[page] && !latest.has(page)) void fetchPage(page, generation);
        }
      },
      async refresh() {
        // Keep only the pages on screen so a long scroll does not turn into hundreds of refetches.
        const first = Math.floor(visible[0] / PAGE_SIZE);
        const last = Math.floor(visible[1] / PAGE_SIZE);
        const keep = new Set(
          Object.keys(get().pages)
            .map(Number)
            .filter((p) => p >= first && p <= last),
        );
        if (keep.size === 0) keep.add(0);
        for (const page of latest.keys()) if (!keep.has(page)) latest.delete(page);
        set((s) => ({ pages: Object.fromEntries(Object.entries(s.pages).filter(([p]) => keep.has(Number(p)))) }));
        const gen = generation;
        await Promise.all([...keep].map((page) => fetchPage(page, gen)));
        if (gen === generation) set((s) => ({ selectedIndex: Math.min(s.selectedIndex, Math.max(s.total - 1, 0)) }));
      },
      select(index) {
        set((s) => ({ selectedIndex: Math.max(0, Math.min(index, s.total - 1)) }));
      },
      async setStatus(task, status) {
        // The row changes at once, but says "Pending" only once the core has the change queued;
        // a call that never reached it (the host gone) puts the row back as it was.
        set((s) => ({ pages: replaceTask(s.pages, { ...task, status }) }));
        try {
          const result = await call(api, 'tasks:edit', { key: task.key, patch: { status } });
          set((s) => ({ pages: replaceTask(s.pages, { ...task, status, pending: true }) }));
          recordUndo(editLabel(task, { status }, now()), [editChange(task, { status }, result.key)]);
        } catch (error) {
          set((s) => ({ pages: replaceTask(s.pages, task), error: toPayload(error) }));
          return;
        }
        await get().refresh();
      },
      showAdded(task) {
        const { pages, filters } = get();
        if (stale || !pages[0] || !leadsList(filters, task)) return;
        if (Object.values(pages).some((rows) => rows.some((t) => t.key === task.key))) return;
        // Pages past a gap would be off by one: they go, and come again as they scroll into view.
        const next = withFirst(pages, task);
        for (const page of Object.keys(pages).map(Number)) if (!next[page]) latest.delete(page);
        set((s) => ({ pages: next, total: s.total + 1 }));
      },
      async remove(task) {
        try {
          await call(api, 'tasks:delete', { key: task.key });
          recordUndo(`Deleted “${task.title}”`, [deleteChange(task)]);
        } catch (error) {
          set((s) => ({ pages: replaceTask(s.pages, task), error: toPayload(error) }));
          return;
        }
        await get().refresh();
      },
    };
  });
  return store;
}
