import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ConnectionState } from '../api/connection.js';

export const ROUTES = [
  'tasks',
  'quick-add',
  'panel',
  'news',
  'conflicts',
  'time',
  'notes',
  'accounts',
  'add-account',
  'outbox',
] as const;
export type Route = (typeof ROUTES)[number];

/** '#/news' -> 'news'; anything unknown is the task list. */
export function parseRoute(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'tasks';
}

export function routeHash(route: Route): string {
  return route === 'tasks' ? '#/' : `#/${route}`;
}

/** A dialog over the window: the command palette or the shortcut list. */
export type Overlay = 'palette' | 'shortcuts' | null;

/** Where the user is, what is open over the window, and whether the host is reachable at all (the web host's socket). */
export interface UiState {
  route: Route;
  connection: ConnectionState;
  overlay: Overlay;
  /** The sidebar as a drawer below the layout breakpoint. */
  drawerOpen: boolean;
  setRoute(route: Route): void;
  setConnection(state: ConnectionState): void;
  setOverlay(overlay: Overlay): void;
  setDrawer(open: boolean): void;
}

export function createUiStore(initial: Route): StoreApi<UiState> {
  return createStore<UiState>()((set) => ({
    route: initial,
    connection: 'open',
    overlay: null,
    drawerOpen: false,
    // Going somewhere closes the drawer: it was opened to pick where to go.
    setRoute: (route) => set({ route, drawerOpen: false }),
    setOverlay: (overlay) => set({ overlay }),
    setConnection: (connection) => set({ connection }),
    setDrawer: (drawerOpen) => set({ drawerOpen }),
  }));
}
