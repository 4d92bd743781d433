import { useCallback, useEffect, type ReactNode } from 'react';
import { useApp, useStores } from '../store/hooks.js';
import type { Route } from '../store/uiStore.js';
import { AccountsView } from '../views/AccountsView.js';
import { AddAccountView } from '../views/AddAccountView.js';
import { ConflictsView } from '../views/ConflictsView.js';
import { NewsView } from '../views/NewsView.js';
import { NotesView } from '../views/NotesView.js';
import { OutboxView } from '../views/OutboxView.js';
import { TasksView } from '../views/TasksView.js';
import { TimeView } from '../views/TimeView.js';
import { Banners } from './Banners.js';
import { ConnectionGate } from './ConnectionGate.js';
import { Sidebar } from './Sidebar.js';
import { Toast } from './Toast.js';
import { TopBar } from './TopBar.js';

const VIEWS: Record<Exclude<Route, 'quick-add' | 'panel'>, () => ReactNode> = {
  tasks: () => <TasksView />,
  news: () => <NewsView />,
  conflicts: () => <ConflictsView />,
  time: () => <TimeView />,
  notes: () => <NotesView />,
  accounts: () => <AccountsView />,
  'add-account': () => <AddAccountView />,
  outbox: () => <OutboxView />,
};

/** Esc closes the drawer before anything else hears it (the task list would close the detail pane). */
function useDrawerEscape(open: boolean, close: () => void): void {
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      e.preventDefault();
      close();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [open, close]);
}

/**
 * The main window: top bar, one banner line, the sidebar (a drawer in a narrow window) and the current
 * view (first in the DOM, so first to reach).
 */
export function Shell() {
  const route = useApp('ui', (s) => s.route);
  const drawerOpen = useApp('ui', (s) => s.drawerOpen);
  const view = route === 'quick-add' || route === 'panel' ? 'tasks' : route;
  const stores = useStores();
  const closeDrawer = useCallback(() => stores.ui.getState().setDrawer(false), [stores]);
  useDrawerEscape(drawerOpen, closeDrawer);
  return (
    <div className={`shell${drawerOpen ? ' drawer-open' : ''}`}>
      <button type="button" className="skip-link" onClick={() => document.getElementById('main-content')?.focus()}>
        Skip to content
      </button>
      {/* The view comes first in focus order (the task list is two Tabs from the top); CSS places the bars. */}
      <div className="body">
        <main id="main-content" className="content" tabIndex={-1}>
          <ConnectionGate>{VIEWS[view]()}</ConnectionGate>
        </main>
        <Sidebar />
        {drawerOpen && <div className="drawer-backdrop" data-testid="drawer-backdrop" onClick={closeDrawer} aria-hidden="true" />}
      </div>
      <TopBar />
      <Banners />
      <Toast />
    </div>
  );
}
