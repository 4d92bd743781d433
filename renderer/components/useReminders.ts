import { useEffect } from 'react';
import { call } from '../api/result.js';
import { nextReminderAt, reminderBody } from '../logic/reminders.js';
import { useApp } from '../store/hooks.js';
import type { Stores } from '../store/stores.js';
import { showView } from './paletteCommands.js';

/** Longest single wait: timers drift over a sleeping laptop, so long waits are re-checked. */
const MAX_WAIT_MS = 30 * 60_000;

/**
 * The daily "due today" reminder: one notification listing Today's tasks at
 * the time in settings. It uses the Notification API, which the Electron
 * host shows as a native notification; clicking it opens Today.
 */
export function useReminders(stores: Stores, enabled: boolean): void {
  const on = useApp('settings', (s) => s.settings?.remindersEnabled ?? false);
  const time = useApp('settings', (s) => s.settings?.reminderTime ?? '09:00');
  useEffect(() => {
    if (!enabled || !on || typeof Notification === 'undefined') return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let due = nextReminderAt(new Date(), time);
    const notify = async () => {
      if (Notification.permission !== 'granted') return;
      const list = await call(stores.api, 'tasks:list', { view: 'today', status: 'not-done', limit: 5 });
      if (list.total === 0) return;
      const note = new Notification(`${list.total} task${list.total === 1 ? '' : 's'} due today`, {
        body: reminderBody(list.tasks, list.total, new Date()),
        tag: 'worktray-today',
      });
      note.onclick = () => {
        window.focus();
        showView(stores, 'today');
      };
    };
    const schedule = () => {
      const wait = Math.min(MAX_WAIT_MS, Math.max(0, due.getTime() - Date.now()));
      timer = setTimeout(() => {
        if (Date.now() >= due.getTime()) {
          due = nextReminderAt(new Date(Date.now() + 1000), time);
          void notify().catch(() => undefined);
        }
        schedule();
      }, wait);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [stores, enabled, on, time]);
}
