import { routeHash, type Route } from '../store/uiStore.js';

/** Routes live in the hash so the Electron quick-add window can open `#/quick-add` directly. */
export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}
