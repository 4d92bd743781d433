import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { EventName, Events, Handlers } from '../../shared/contract.js';
import { AppError, type Result } from '../../shared/errors.js';
import { dispatch } from '../core/dispatch.js';
import type { EventBus } from '../core/events.js';
import type { Logger } from '../core/log.js';
import { IPC_EVENT, IPC_INVOKE } from './ipcChannels.js';
import { isAppUrl, isTrustedSender } from './security.js';

export interface IpcBridgeOptions {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  handlers: Handlers;
  log: Logger;
}

/**
 * Binds the contract to ipcMain. The sender frame is checked before the
 * payload is even looked at; dispatch then validates and never throws, so a
 * bad call gets an error Result and the process keeps running.
 */
export function bindIpc(options: IpcBridgeOptions): () => void {
  const { ipcMain, handlers, log } = options;
  ipcMain.handle(IPC_INVOKE, (event: IpcMainInvokeEvent, channel: unknown, payload: unknown) =>
    handleInvoke(event, channel, payload, handlers, log),
  );
  return () => ipcMain.removeHandler(IPC_INVOKE);
}

export async function handleInvoke(
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  channel: unknown,
  payload: unknown,
  handlers: Handlers,
  log: Logger,
): Promise<Result<unknown>> {
  if (!isTrustedSender(event.senderFrame)) {
    log.warn('refused an IPC call from a foreign frame', { url: event.senderFrame?.url.slice(0, 200) ?? 'none' });
    return { ok: false, error: new AppError('forbidden', 'This page may not call Worktray').toPayload() };
  }
  return dispatch(handlers, channel, payload);
}

/** Forwards every core event to every live window; the preload hands it to the page's listeners. */
export function forwardEvents(events: EventBus, targets: () => WebContents[]): () => void {
  return events.onAny(<E extends EventName>(name: E, payload: Events[E]) => {
    for (const contents of targets()) {
      if (!contents.isDestroyed() && isAppUrl(contents.getURL())) contents.send(IPC_EVENT, name, payload);
    }
  });
}
