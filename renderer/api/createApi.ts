import type { AppApi } from './connection.js';
import { createBridgeApi, findBridge } from './bridgeApi.js';
import { withServiceNames } from './serviceNames.js';
import { socketUrl, takeToken } from './token.js';
import { createWsApi } from './wsApi.js';

/**
 * Picks the transport: the Electron bridge when the preload exposed one, the
 * web host's WebSocket otherwise. There is no made-up API: working on the UI
 * without Electron means running the web host (against the simulators if need be).
 */
export async function createApi(win: Window = window): Promise<AppApi> {
  const bridge = findBridge(win);
  if (bridge) return withServiceNames(createBridgeApi(bridge));
  const token = takeToken({ location: win.location, storage: win.sessionStorage, history: win.history });
  return withServiceNames(createWsApi({ url: socketUrl(win.location, token) }));
}

/** Whether the page is the Electron host, where "close" means closing the window. */
export function isElectron(win: Window = window): boolean {
  return findBridge(win) !== null;
}
