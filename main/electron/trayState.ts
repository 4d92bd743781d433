import type { AccountSyncStatus, EventName, Handlers, TaskCounts } from '../../shared/contract.js';
import type { EventBus } from '../core/events.js';
import type { Logger } from '../core/log.js';
import { trayStateFrom, type TrayState } from './trayMenu.js';

/** What changes the tray's provider marks; its counts come with counts:changed itself. */
const STATUS_ON: EventName[] = ['accounts:changed', 'sync:changed'];

export interface TrayStateSourceOptions {
  handlers: Pick<Handlers, 'tasks:counts' | 'sync:status'>;
  events: EventBus;
  log: Logger;
  /** What the shell knows itself: the login-item setting and the registered shortcut. */
  local(): Pick<TrayState, 'startAtLogin' | 'quickAddAccelerator'>;
  onChange(state: TrayState): void;
  /** Coalesces bursts of sync status events (a sync emits many); injected so tests run without waiting. */
  schedule?: (run: () => void) => void;
}

export interface TrayStateSource {
  refresh(): Promise<void>;
  stop(): void;
}

/**
 * Keeps the tray's state fresh. The counts are the core's counts:changed, the same numbers the
 * windows show, applied as they arrive; sync status is read again after a burst of status events.
 */
export function createTrayStateSource(options: TrayStateSourceOptions): TrayStateSource {
  let pending = false;
  let counts: TaskCounts | null = null;
  let heard = 0;
  let statuses: AccountSyncStatus[] = [];
  const schedule = options.schedule ?? ((run: () => void) => void setTimeout(run, 250));
  const publish = (): void => {
    if (counts) options.onChange(trayStateFrom(counts, statuses, options.local()));
  };
  const refresh = async (): Promise<void> => {
    const asked = heard;
    try {
      const [fresh, status] = await Promise.all([options.handlers['tasks:counts']({}), options.handlers['sync:status']({})]);
      // A counts:changed that arrived while this read was on its way is newer than the read.
      if (heard === asked) counts = fresh;
      statuses = status;
      publish();
    } catch (error) {
      options.log.warn('could not refresh the tray', { message: error instanceof Error ? error.message : String(error) });
    }
  };
  const refreshStatus = async (): Promise<void> => {
    try {
      statuses = await options.handlers['sync:status']({});
      publish();
    } catch (error) {
      options.log.warn('could not refresh the tray', { message: error instanceof Error ? error.message : String(error) });
    }
  };
  const offCounts = options.events.on('counts:changed', (next) => {
    heard += 1;
    counts = next;
    publish();
  });
  const offStatus = options.events.onAny((name) => {
    if (!STATUS_ON.includes(name) || pending) return;
    pending = true;
    schedule(() => {
      pending = false;
      void refreshStatus();
    });
  });
  return {
    refresh,
    stop: () => {
      offCounts();
      offStatus();
    },
  };
}
