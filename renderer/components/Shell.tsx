import type { ReactNode } from 'react';
import { useApp } from '../store/hooks.js';
import type { Route } from '../store/uiStore.js';
import { AccountsView } from '../views/AccountsView.js';
import { AddAccountView } from '../views/AddAccountView.js';
import { ConflictsView } from '../views/ConflictsView.js';
import { NewsView } from '../views/NewsView.js';
import { OutboxView } from '../views/OutboxView.js';
import { TasksView } from '../views/TasksView.js';
import { TimeView } from '../views/TimeView.js';
import { Banners } from './Banners.js';
import { Sidebar } from './Sidebar.js';
import { TopBar } from './TopBar.js';

const VIEWS: Record<Exclude<Route, 'quick-add'>, () => ReactNode> = {
  tasks: () => <TasksView />,
  news: () => <NewsView />,
  conflicts: () => <ConflictsView />,
  time: () => <TimeView />,
  accounts: () => <AccountsView />,
  'add-account': () => <AddAccountView />,
  outbox: () => <OutboxView />,
};

/** The main window: top bar, banners, sidebar and the current view (first in the DOM, so first to reach). */
export function Shell() {
  const route = useApp('ui', (s) => s.route);
  const view = route === 'quick-add' ? 'tasks' : route;
  return (
    <div className="shell">
      <button type="button" className="skip-link" onClick={() => document.getElementById('main-content')?.focus()}>
        Skip to content
      </button>
      {/* The view comes first in focus order (the task list is two Tabs from the top); CSS places the bars. */}
      <div className="body">
        <main id="main-content" className="content" tabIndex={-1}>
          {VIEWS[view]()}
        </main>
        <Sidebar />
      </div>
      <TopBar />
      <Banners />
    </div>
  );
}
