import type { AppApi } from './connection.js';
import { createBridgeApi, findBridge } from './bridgeApi.js';
import { socketUrl, takeToken } from './token.js';
import { createWsApi } from './wsApi.js';

/**
 * Picks the transport: the Electron bridge when the preload exposed one, the
 * web host's WebSocket otherwise. `?mock=1` runs against the in-memory API so
 * the UI can be worked on without a host (dev server only).
 */
export async function createApi(win: Window = window): Promise<AppApi> {
  const bridge = findBridge(win);
  if (bridge) return createBridgeApi(bridge);
  const params = new URLSearchParams(win.location.search);
  // The mock exists only in the dev server: a production bundle never runs on made-up data.
  if (import.meta.env.DEV && params.get('mock') === '1') {
    const { createMockPageApi } = await import('./mockPage.js');
    return createMockPageApi(Number(params.get('rows') ?? '400'));
  }
  const token = takeToken({ location: win.location, storage: win.sessionStorage, history: win.history });
  return createWsApi({ url: socketUrl(win.location, token) });
}

/** Whether the page is the Electron host, where "close" means closing the window. */
export function isElectron(win: Window = window): boolean {
  return findBridge(win) !== null;
}
