import { useEffect, useMemo, useRef, useState } from 'react';
import type { Task } from '../../shared/model.js';
import { BulkBar } from '../components/BulkBar.js';
import { DetailPane } from '../components/DetailPane.js';
import { FilterBar } from '../components/FilterBar.js';
import { ListToolbar } from '../components/ListToolbar.js';
import { ReminderControl } from '../components/ReminderControl.js';
import { TaskList } from '../components/TaskList.js';
import { useTaskKeys, type TaskKeyActions } from '../components/useTaskKeys.js';
import { defaultGroupBy, isUnsearchable, listKey, VIEW_LABELS } from '../logic/taskFilters.js';
import { useApp, useStores } from '../store/hooks.js';
import { taskAt } from '../store/tasksStore.js';
import { ErrorMessage } from '../components/ErrorMessage.js';

const PAGE_ROWS = 10;

/** The list's name: the quick list, or the project / account it shows. */
function useListTitle(): string {
  const filters = useApp('tasks', (s) => s.filters);
  const account = useApp('accounts', (s) => s.accounts.find((a) => a.id === filters.accountId));
  const project = useApp('nav', (s) =>
    s.projects.find((p) => p.accountId === filters.accountId && p.remoteId === filters.projectRemoteId),
  );
  if (project) return project.name;
  if (account) return account.label;
  return VIEW_LABELS[filters.view];
}

/** The heading, the list (first in focus order), filters, the bulk bar and, when a task is open, its detail pane. */
export function TasksView() {
  const stores = useStores();
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const openedFrom = useRef<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const total = useApp('tasks', (s) => s.total);
  const capped = useApp('tasks', (s) => s.capped);
  const loading = useApp('tasks', (s) => s.loading);
  const error = useApp('tasks', (s) => s.error);
  const filters = useApp('tasks', (s) => s.filters);
  const detailKey = useApp('detail', (s) => s.key);
  // Without the host the banner says so once; a failed fetch need not say it again.
  const connected = useApp('ui', (s) => s.connection === 'open');
  const capabilities = useApp('accounts', (s) => s.capabilities);
  const remembered = useApp('settings', (s) => s.settings?.groupBy);
  const title = useListTitle();
  const key = listKey(filters);
  const unsearchable = isUnsearchable(filters);

  // Each list comes back grouped the way it was left.
  useEffect(() => {
    const wanted = remembered?.[key] ?? defaultGroupBy(key);
    const current = stores.tasks.getState().filters;
    if (current.groupBy !== wanted) stores.tasks.getState().setFilters({ ...current, groupBy: wanted });
  }, [stores, key, remembered]);
  // A new list starts with nothing picked.
  useEffect(() => stores.selection.getState().clear(), [stores, filters]);
  // When the detail pane goes (Esc, its Close button), focus goes back to the row it was opened from.
  useEffect(() => {
    if (detailKey !== null || openedFrom.current === null) return;
    stores.tasks.getState().select(openedFrom.current);
    openedFrom.current = null;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected || active.closest('.detail')) listRef.current?.focus();
  }, [stores, detailKey]);

  const actions = useMemo(() => {
    const tasks = () => stores.tasks.getState();
    const selection = () => stores.selection.getState();
    const toggle = (task: Task) => {
      // Keys work outside the disabled form: without the host the change could not be kept.
      if (stores.ui.getState().connection !== 'open') return;
      const caps = capabilities?.[task.provider];
      if (caps && !caps.statusChanges) {
        setNotice(caps.notes.statusChanges ?? "This provider does not let Worktray change a task's status.");
        return;
      }
      setNotice(null);
      void tasks().setStatus(task, task.status === 'done' ? 'open' : 'done');
    };
    const openAt = (index: number) => {
      tasks().select(index);
      const task = taskAt(tasks(), index);
      if (!task) return;
      openedFrom.current = index;
      void stores.detail.getState().open(task.key);
    };
    const moveTo = (index: number) => {
      selection().clear();
      tasks().select(index);
    };
    const keys: TaskKeyActions = {
      'move-down': () => moveTo(tasks().selectedIndex + 1),
      'move-up': () => moveTo(tasks().selectedIndex - 1),
      first: () => moveTo(0),
      last: () => moveTo(tasks().total - 1),
      'page-down': () => moveTo(tasks().selectedIndex + PAGE_ROWS),
      'page-up': () => moveTo(tasks().selectedIndex - PAGE_ROWS),
      'extend-down': () => selection().extendTo(Math.min(tasks().selectedIndex + 1, tasks().total - 1)),
      'extend-up': () => selection().extendTo(Math.max(tasks().selectedIndex - 1, 0)),
      'select-all': () => selection().selectAll(),
      open: () => openAt(tasks().selectedIndex),
      'toggle-done': () => {
        const task = taskAt(tasks(), tasks().selectedIndex);
        if (task) toggle(task);
      },
      close: () => {
        if (stores.detail.getState().key) stores.detail.getState().close();
        else selection().clear();
      },
    };
    return { toggleTask: toggle, openAt, keys };
  }, [stores, capabilities]);
  useTaskKeys(searchRef, listRef, actions.keys, true);

  const count = loading
    ? 'loading…'
    : capped
      ? `${total.toLocaleString()}+ tasks`
      : `${total.toLocaleString()} task${total === 1 ? '' : 's'}`;
  return (
    <section className="tasks-view" aria-labelledby="list-title">
      <div className={`tasks-split${detailKey ? '' : ' no-detail'}`}>
        <div className="list-wrap">
          <div className="list-head">
            <h1 id="list-title">{title}</h1>
            <span className="list-count" role="status" data-testid="list-meta">
              {title}: {count}
            </span>
          </div>
          {!loading && total === 0 ? (
            <p className="empty" data-testid="list-empty">
              {unsearchable
                ? `“${filters.search.trim()}” has no letters or numbers to search for. Type a word from a title or details.`
                : 'No tasks match. Try another list or clear the search.'}
            </p>
          ) : (
            <TaskList listRef={listRef} onOpen={actions.openAt} onToggle={actions.toggleTask} />
          )}
          <div className="list-meta">
            <ListToolbar />
            {filters.view === 'today' && !filters.accountId && <ReminderControl />}
            <span className="spacer" />
            <span className="hint">
              j/k move · Shift+j/k extend · Enter open · x complete · / search · Ctrl+K commands · ? all keys
            </span>
          </div>
          <BulkBar />
          {notice && (
            <p className="cap-note" role="status" style={{ padding: '0 1rem' }}>
              {notice}
            </p>
          )}
          {error && connected && <ErrorMessage error={error} alert />}
        </div>
        {detailKey && <DetailPane />}
      </div>
      <FilterBar searchRef={searchRef} />
    </section>
  );
}
