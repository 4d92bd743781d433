import { TASK_VIEWS } from '../../shared/contract.js';
import { VIEW_LABELS, selectView } from '../logic/taskFilters.js';
import { useApp, useStores } from '../store/hooks.js';
import type { Route } from '../store/uiStore.js';
import { AccountTree } from './AccountTree.js';
import { NavItem } from './NavItem.js';
import { SavedSearches } from './SavedSearches.js';
import { navigate } from './navigate.js';
import { ThemePicker } from './ThemePicker.js';

const QUICK_VIEWS = TASK_VIEWS.filter((v) => v !== 'all');

/** Quick lists, accounts and projects, then news, conflicts, outbox, time and accounts. */
export function Sidebar() {
  const stores = useStores();
  const route = useApp('ui', (s) => s.route);
  const filters = useApp('tasks', (s) => s.filters);
  const counts = useApp('nav', (s) => s.counts);
  // Only Workity keeps notes: the entry shows when an account can have them.
  const hasNotes = useApp('accounts', (s) => s.accounts.some((a) => s.capabilities?.[a.provider].notesAndFiles));
  const onTasks = route === 'tasks';
  const isQuick = onTasks && !filters.accountId;
  const showView = (view: (typeof TASK_VIEWS)[number]) => {
    stores.tasks.getState().setFilters(selectView(stores.tasks.getState().filters, view));
    navigate('tasks');
  };
  const link = (to: Route, label: string, count: number | null, alert = false) => (
    <NavItem
      label={label}
      count={count}
      current={route === to}
      alert={alert}
      onSelect={() => navigate(to)}
      testId={`nav-${to}`}
    />
  );
  return (
    <nav
      className="sidebar"
      id="sidebar"
      aria-label="Lists and accounts"
      // Picking any list or project in the drawer means "take me there", even when the route stays the same.
      onClick={(e) => {
        if (e.target instanceof Element && e.target.closest('.nav-item')) stores.ui.getState().setDrawer(false);
      }}
    >
      <section>
        <h2>Tasks</h2>
        <ul className="nav-list">
          {['all' as const, ...QUICK_VIEWS].map((view) => (
            <NavItem
              key={view}
              label={VIEW_LABELS[view]}
              count={counts?.views[view] ?? null}
              current={isQuick && filters.view === view}
              alert={view === 'overdue'}
              onSelect={() => showView(view)}
              testId={`view-${view}`}
            />
          ))}
        </ul>
      </section>
      <SavedSearches />
      <section>
        <h2>Activity</h2>
        <ul className="nav-list">
          {link('news', 'News', counts?.news ?? null, true)}
          {link('conflicts', 'Conflicts', counts?.conflicts ?? null, true)}
          {link(
            'outbox',
            'Outbox',
            counts ? counts.outbox.queued + counts.outbox.failed : null,
            (counts?.outbox.failed ?? 0) > 0,
          )}
          {link('time', 'Time', null)}
          {hasNotes && link('notes', 'Notes', null)}
          {link('accounts', 'Accounts', null)}
        </ul>
      </section>
      <AccountTree />
      {/* The top bar has no room for it in a narrow window. */}
      <div className="sidebar-theme">
        <ThemePicker />
      </div>
    </nav>
  );
}
