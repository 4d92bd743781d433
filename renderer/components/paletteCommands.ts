import { PROVIDER_NAMES } from '../../shared/model.js';
import { selectProject, selectView, VIEW_LABELS, type QuickView } from '../logic/taskFilters.js';
import type { ShortcutId } from '../logic/shortcuts.js';
import type { Stores } from '../store/stores.js';
import type { Route } from '../store/uiStore.js';
import { navigate } from './navigate.js';

/** One entry of the command palette; `shortcut` names the row of the shortcut table that also runs it. */
export interface Command {
  id: string;
  label: string;
  /** Words that find it besides its label. */
  keywords?: string;
  shortcut?: ShortcutId;
  run(): void;
}

const ROUTE_NAMES: [Route, string][] = [
  ['news', 'News'],
  ['conflicts', 'Conflicts'],
  ['outbox', 'Outbox'],
  ['time', 'Time'],
  ['notes', 'Notes'],
  ['accounts', 'Accounts'],
  ['add-account', 'Add an account'],
];

const VIEW_SHORTCUTS: Partial<Record<QuickView, ShortcutId>> = {
  today: 'go-today',
  upcoming: 'go-upcoming',
  all: 'go-all',
};

export function showView(stores: Stores, view: QuickView): void {
  stores.tasks.getState().setFilters(selectView(stores.tasks.getState().filters, view));
  navigate('tasks');
}

/** The actions a shortcut runs; the palette and the global key handler both use these. */
export function runShortcut(stores: Stores, id: ShortcutId): boolean {
  const actions: Partial<Record<ShortcutId, () => void>> = {
    palette: () => stores.ui.getState().setOverlay('palette'),
    shortcuts: () => stores.ui.getState().setOverlay('shortcuts'),
    'new-task': () => navigate('quick-add'),
    sync: () => void stores.accounts.getState().syncNow(),
    'toggle-theme': () => {
      const current = stores.settings.getState().settings?.theme ?? 'system';
      const dark = current === 'dark' || (current === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
      void stores.settings.getState().setTheme(dark ? 'light' : 'dark');
    },
    'go-today': () => showView(stores, 'today'),
    'go-upcoming': () => showView(stores, 'upcoming'),
    'go-all': () => showView(stores, 'all'),
  };
  const action = actions[id];
  action?.();
  return action !== undefined;
}

/** Every action and place by name: views, pages, accounts, projects, sync, theme, the next conflict. */
export function buildCommands(stores: Stores): Command[] {
  const shortcut = (id: ShortcutId, label: string, keywords?: string): Command => ({
    id,
    label,
    keywords,
    shortcut: id,
    run: () => runShortcut(stores, id),
  });
  const views = (Object.keys(VIEW_LABELS) as QuickView[]).map((view): Command => ({
    id: `view-${view}`,
    label: `Go to ${VIEW_LABELS[view]}`,
    keywords: 'view list',
    shortcut: VIEW_SHORTCUTS[view],
    run: () => showView(stores, view),
  }));
  const pages = ROUTE_NAMES.map(([route, name]): Command => ({
    id: `route-${route}`,
    label: route === 'add-account' ? name : `Open ${name}`,
    run: () => navigate(route),
  }));
  const accounts = stores.accounts.getState().accounts.map((account): Command => ({
    id: `account-${account.id}`,
    label: `Switch to account: ${account.label}`,
    keywords: PROVIDER_NAMES[account.provider],
    run: () => {
      stores.tasks.getState().setFilters(selectProject(stores.tasks.getState().filters, account.id, null));
      navigate('tasks');
    },
  }));
  const labels = new Map(stores.accounts.getState().accounts.map((a) => [a.id, a.label]));
  const projects = stores.nav
    .getState()
    .projects.filter((p) => !p.archived)
    .map((project): Command => ({
      id: `project-${project.key}`,
      label: `Switch to project: ${project.name} (${labels.get(project.accountId) ?? project.accountId})`,
      run: () => {
        stores.tasks.getState().setFilters(selectProject(stores.tasks.getState().filters, project.accountId, project.remoteId));
        navigate('tasks');
      },
    }));
  const nextConflict: Command = {
    id: 'resolve-next-conflict',
    label: 'Resolve next conflict',
    keywords: 'merge settle',
    run: () => {
      navigate('conflicts');
      const next = stores.conflicts.getState().conflicts.find((c) => !c.resolvedAt);
      if (next) stores.conflicts.getState().openDialog(next.id);
    },
  };
  return [
    shortcut('sync', 'Sync now', 'refresh pull push'),
    shortcut('new-task', 'New task', 'add create quick'),
    ...views,
    ...pages,
    nextConflict,
    shortcut('toggle-theme', 'Toggle light / dark theme', 'appearance'),
    shortcut('shortcuts', 'Show keyboard shortcuts', 'help keys'),
    ...accounts,
    ...projects,
  ];
}
