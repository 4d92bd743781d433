import type { StoreApi } from 'zustand/vanilla';
import type { AppApi } from '../api/connection.js';
import { createAccountsStore, type AccountsState } from './accountsStore.js';
import { createConflictsStore, type ConflictsState } from './conflictsStore.js';
import { coalesce } from './debounce.js';
import { createDetailStore, type DetailState } from './detailStore.js';
import { createMembersStore, followPulls, type MembersState } from './membersStore.js';
import { createNavStore, type NavState } from './navStore.js';
import { createNewsStore, type NewsState } from './newsStore.js';
import { createOutboxStore, type OutboxState } from './outboxStore.js';
import { createSelectionStore, type SelectionState } from './selectionStore.js';
import { createQuickAddStore, type QuickAddState } from './quickAddStore.js';
import { createSettingsStore, type SettingsState } from './settingsStore.js';
import { createTasksStore, type TasksState } from './tasksStore.js';
import { createTimeStore, type TimeState } from './timeStore.js';
import { createUiStore, type Route, type UiState } from './uiStore.js';
import { createUndoStore, type RecordUndo, type UndoState } from './undoStore.js';

export interface Stores {
  api: AppApi;
  ui: StoreApi<UiState>;
  accounts: StoreApi<AccountsState>;
  nav: StoreApi<NavState>;
  members: StoreApi<MembersState>;
  tasks: StoreApi<TasksState>;
  selection: StoreApi<SelectionState>;
  detail: StoreApi<DetailState>;
  quickAdd: StoreApi<QuickAddState>;
  news: StoreApi<NewsState>;
  conflicts: StoreApi<ConflictsState>;
  time: StoreApi<TimeState>;
  outbox: StoreApi<OutboxState>;
  settings: StoreApi<SettingsState>;
  undo: StoreApi<UndoState>;
  /** Loads what the first screen needs. */
  start(): Promise<void>;
  /** Stops listening to the API's events. */
  dispose(): void;
}

export interface StoreOptions {
  now?: () => Date;
  route?: Route;
  /** How long to wait for a burst of change events to settle before refetching lists (counts come pushed, with no wait). */
  eventDelayMs?: number;
  searchDelayMs?: number;
}

export function createStores(api: AppApi, options: StoreOptions = {}): Stores {
  const now = options.now ?? (() => new Date());
  const delay = options.eventDelayMs ?? 120;
  const undo = createUndoStore(api);
  const record: RecordUndo = (label, changes) => undo.getState().record(label, changes);
  const accounts = createAccountsStore(api);
  const tasks = createTasksStore(api, now, options.searchDelayMs, record);
  const s = {
    api,
    ui: createUiStore(options.route ?? 'tasks'),
    accounts,
    nav: createNavStore(api),
    members: createMembersStore(api),
    tasks,
    selection: createSelectionStore(api, tasks, accounts, record),
    detail: createDetailStore(api, now, record),
    quickAdd: createQuickAddStore(api, now, (task) => tasks.getState().showAdded(task)),
    news: createNewsStore(api, record),
    conflicts: createConflictsStore(api),
    time: createTimeStore(api, now),
    outbox: createOutboxStore(api),
    settings: createSettingsStore(api),
    undo,
  };
  const unsubscribe = wireEvents(s, delay);
  return {
    ...s,
    async start() {
      // The first screen asks for its page of tasks first; the sidebar's counts, which read every task,
      // wait for that page, so a big cache shows rows before it shows numbers (issue 16).
      s.tasks.getState().ensureRange(0, 0);
      await Promise.all([
        s.accounts.getState().load(),
        s.settings.getState().load(),
        s.nav.getState().loadProjects(),
        s.members.getState().load(),
        s.conflicts.getState().load(),
        s.outbox.getState().load(),
        firstPage(s.tasks),
      ]);
      await s.nav.getState().loadCounts();
    },
    dispose: () => unsubscribe.forEach((off) => off()),
  };
}

type Parts = Omit<Stores, 'start' | 'dispose'>;

/** Resolves once the task list's first page has arrived (or failed). */
function firstPage(tasks: Parts['tasks']): Promise<void> {
  return new Promise((resolve) => {
    if (!tasks.getState().loading) return resolve();
    const off = tasks.subscribe((state) => {
      if (state.loading) return;
      off();
      resolve();
    });
  });
}

/**
 * Events from the core become refetches of lists: the first at once, the rest of a burst (a sync writes many pages) coalesced.
 * Counts are not refetched: counts:changed carries them, applied as they arrive.
 */
function wireEvents(s: Parts, delay: number): (() => void)[] {
  const tasks = coalesce(() => {
    void s.tasks.getState().refresh();
    void s.detail.getState().reload();
    if (s.time.getState().loaded) void s.time.getState().load();
  }, delay);
  const everything = () => {
    void s.accounts.getState().load();
    void s.nav.getState().loadProjects();
    void s.conflicts.getState().load();
    void s.outbox.getState().load();
    if (s.news.getState().loaded) void s.news.getState().load();
    tasks();
  };
  return [
    followPulls(s.api, { members: s.members, reloadProjects: () => s.nav.getState().loadProjects() }),
    s.api.on('tasks:changed', tasks),
    s.api.on('counts:changed', (counts) => s.nav.getState().applyCounts(counts)),
    s.api.on('accounts:changed', everything),
    s.api.on('news:changed', () => {
      if (s.news.getState().loaded) void s.news.getState().load();
    }),
    s.api.on('conflicts:changed', () => {
      void s.conflicts.getState().load();
    }),
    s.api.on('outbox:changed', () => {
      void s.outbox.getState().load();
    }),
    s.api.on('sync:changed', (status) => s.accounts.getState().applySync(status)),
    s.api.onConnection((state) => {
      s.ui.getState().setConnection(state);
      if (state === 'open') {
        everything();
        void s.nav.getState().loadCounts();
      }
    }),
  ];
}
