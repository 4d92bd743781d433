import type { EventName, Handlers } from '../../shared/contract.js';
import type { EventBus } from '../core/events.js';
import type { Logger } from '../core/log.js';
import { trayStateFrom, type TrayState } from './trayMenu.js';

const REFRESH_ON: EventName[] = [
  'tasks:changed',
  'accounts:changed',
  'news:changed',
  'conflicts:changed',
  'outbox:changed',
  'sync:changed',
];

export interface TrayStateSourceOptions {
  handlers: Pick<Handlers, 'tasks:counts' | 'sync:status'>;
  events: EventBus;
  log: Logger;
  /** What the shell knows itself: the login-item setting and the registered shortcut. */
  local(): Pick<TrayState, 'startAtLogin' | 'quickAddAccelerator'>;
  onChange(state: TrayState): void;
  /** Coalesces bursts of events (a sync emits many); injected so tests run without waiting. */
  schedule?: (run: () => void) => void;
}

export interface TrayStateSource {
  refresh(): Promise<void>;
  stop(): void;
}

/** Keeps the tray's state fresh: reads counts and sync status from the core whenever it says something changed. */
export function createTrayStateSource(options: TrayStateSourceOptions): TrayStateSource {
  let pending = false;
  const schedule = options.schedule ?? ((run: () => void) => void setTimeout(run, 250));
  const refresh = async (): Promise<void> => {
    try {
      const [counts, statuses] = await Promise.all([options.handlers['tasks:counts']({}), options.handlers['sync:status']({})]);
      options.onChange(trayStateFrom(counts, statuses, options.local()));
    } catch (error) {
      options.log.warn('could not refresh the tray', { message: error instanceof Error ? error.message : String(error) });
    }
  };
  const onEvent = (name: EventName): void => {
    if (!REFRESH_ON.includes(name) || pending) return;
    pending = true;
    schedule(() => {
      pending = false;
      void refresh();
    });
  };
  const off = options.events.onAny((name) => onEvent(name));
  return { refresh, stop: off };
}
