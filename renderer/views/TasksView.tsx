import { useMemo, useRef, useState } from 'react';
import type { Task } from '../../shared/model.js';
import { describeError } from '../api/result.js';
import { DetailPane } from '../components/DetailPane.js';
import { FilterBar, SortPicker } from '../components/FilterBar.js';
import { TaskList } from '../components/TaskList.js';
import { useTaskKeys } from '../components/useTaskKeys.js';
import { VIEW_LABELS } from '../logic/taskFilters.js';
import { useApp, useStores } from '../store/hooks.js';
import { taskAt } from '../store/tasksStore.js';

/** Filter bar, the virtual list and, when a task is open, its detail pane. */
export function TasksView() {
  const stores = useStores();
  const searchRef = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const total = useApp('tasks', (s) => s.total);
  const capped = useApp('tasks', (s) => s.capped);
  const loading = useApp('tasks', (s) => s.loading);
  const error = useApp('tasks', (s) => s.error);
  const view = useApp('tasks', (s) => s.filters.view);
  const detailKey = useApp('detail', (s) => s.key);
  // Without the host the banner says so once; a failed fetch need not say it again.
  const connected = useApp('ui', (s) => s.connection === 'open');
  const capabilities = useApp('accounts', (s) => s.capabilities);

  const actions = useMemo(() => {
    const current = () => taskAt(stores.tasks.getState(), stores.tasks.getState().selectedIndex);
    const toggle = (task: Task) => {
      // Keys work outside the disabled form: without the host the change could not be kept.
      if (stores.ui.getState().connection !== 'open') return;
      const caps = capabilities?.[task.provider];
      if (caps && !caps.statusChanges) {
        setNotice(caps.notes.statusChanges ?? "This provider does not let Worktray change a task's status.");
        return;
      }
      setNotice(null);
      void stores.tasks.getState().setStatus(task, task.status === 'done' ? 'open' : 'done');
    };
    const openAt = (index: number) => {
      stores.tasks.getState().select(index);
      const task = taskAt(stores.tasks.getState(), index);
      if (task) void stores.detail.getState().open(task.key);
    };
    return {
      toggleTask: toggle,
      openAt,
      move: (delta: number) => stores.tasks.getState().select(stores.tasks.getState().selectedIndex + delta),
      open: () => openAt(stores.tasks.getState().selectedIndex),
      toggle: () => {
        const task = current();
        if (task) toggle(task);
      },
      close: () => stores.detail.getState().close(),
    };
  }, [stores, capabilities]);
  useTaskKeys(searchRef, actions, true);

  return (
    <section className="tasks-view" aria-label="Tasks">
      <FilterBar searchRef={searchRef} />
      <div className={`tasks-split${detailKey ? '' : ' no-detail'}`}>
        <div className="list-wrap">
          <div className="list-meta" role="status" data-testid="list-meta">
            <span>
              {VIEW_LABELS[view]}:{' '}
              {loading
                ? 'loading…'
                : capped
                  ? `${total.toLocaleString()}+ tasks`
                  : `${total.toLocaleString()} task${total === 1 ? '' : 's'}`}
            </span>
            <span className="hint">j/k move · Enter open · x complete · / search</span>
            <span className="spacer" />
            <SortPicker />
          </div>
          {notice && (
            <p className="cap-note" role="status" style={{ padding: '0 1rem' }}>
              {notice}
            </p>
          )}
          {error && connected && (
            <p className="error" role="alert">
              {describeError(error)}
            </p>
          )}
          {!loading && total === 0 ? (
            <p className="empty">No tasks match. Try another list or clear the search.</p>
          ) : (
            <TaskList onOpen={actions.openAt} onToggle={actions.toggleTask} />
          )}
        </div>
        {detailKey && <DetailPane />}
      </div>
    </section>
  );
}
