import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_KEY, CHANNELS, EVENT_NAMES, type Api, type EventName, type Events } from '../shared/contract.js';
import type { Result } from '../shared/errors.js';
import { IPC_EVENT, IPC_INVOKE } from '../main/electron/ipcChannels.js';

/*
 * The renderer's only way out: invoke a contract channel, listen to a contract
 * event. ipcRenderer itself never reaches the page, and listeners never see
 * the Electron event (it carries `sender`, a handle back into IPC).
 */

const channels = new Set<string>(CHANNELS);
const events = new Set<string>(EVENT_NAMES);
const listeners = new Map<string, Set<(payload: unknown) => void>>();

ipcRenderer.on(IPC_EVENT, (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
  if (typeof name !== 'string') return;
  for (const listener of listeners.get(name) ?? []) listener(payload);
});

function refused(message: string): Result<never> {
  const error = {
    code: 'validation',
    message,
    provider: null,
    providerCode: null,
    providerMessage: null,
    field: 'channel',
    retryable: false,
  } as const;
  return { ok: false, error };
}

const bridge: Api = {
  invoke: (channel, input) =>
    channels.has(channel)
      ? ipcRenderer.invoke(IPC_INVOKE, channel, input)
      : Promise.resolve(refused(`Unknown channel "${String(channel)}"`)),
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void) {
    if (!events.has(event) || typeof listener !== 'function') return () => undefined;
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    const wrapped = (payload: unknown): void => listener(payload as Events[E]);
    set.add(wrapped);
    return () => {
      set.delete(wrapped);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
