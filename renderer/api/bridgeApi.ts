import { BRIDGE_KEY, type Api } from '../../shared/contract.js';
import type { AppApi, ConnectionState } from './connection.js';

/** The preload's bridge, if this page runs inside the Electron host. */
export function findBridge(win: object): Api | null {
  const bridge = (win as Record<string, unknown>)[BRIDGE_KEY] as Partial<Api> | undefined;
  if (bridge && typeof bridge.invoke === 'function' && typeof bridge.on === 'function') return bridge as Api;
  return null;
}

/** IPC does not drop like a socket, so the Electron transport is always open. */
export function createBridgeApi(bridge: Api): AppApi {
  return {
    invoke: (channel, input) => bridge.invoke(channel, input),
    on: (event, listener) => bridge.on(event, listener),
    onConnection: (_listener: (state: ConnectionState) => void) => () => undefined,
    connection: () => 'open',
    close: () => undefined,
  };
}
