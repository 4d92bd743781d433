import { useState } from 'react';
import { useApp, useStores } from '../store/hooks.js';
import type { SettingsState } from '../store/settingsStore.js';

/** On Today: the daily reminder's time, and asking the browser (or the OS) to allow notifications. */
export function ReminderControl() {
  const stores = useStores();
  const on = useApp('settings', (s) => s.settings?.remindersEnabled ?? false);
  const time = useApp('settings', (s) => s.settings?.reminderTime ?? '09:00');
  const supported = typeof Notification !== 'undefined';
  const [denied, setDenied] = useState(supported && Notification.permission === 'denied');
  const update = (patch: Parameters<SettingsState['update']>[0]) => stores.settings.getState().update(patch);
  const turnOn = async () => {
    const answer = Notification.permission === 'granted' ? 'granted' : await Notification.requestPermission();
    setDenied(answer === 'denied');
    if (answer === 'granted') await update({ remindersEnabled: true });
  };
  if (!supported) return null;
  return (
    <span className="row reminder" data-testid="reminders">
      <label className="row">
        Daily reminder at
        <input type="time" value={time} onChange={(e) => e.target.value && void update({ reminderTime: e.target.value })} />
      </label>
      {on ? (
        <button type="button" className="link" onClick={() => void update({ remindersEnabled: false })}>
          Turn off
        </button>
      ) : (
        <button type="button" className="link" onClick={() => void turnOn()}>
          Turn on
        </button>
      )}
      {denied && (
        <span className="muted">Notifications are blocked for this app; allow them in the browser or system settings.</span>
      )}
    </span>
  );
}
