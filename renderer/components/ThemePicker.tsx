import type { Settings } from '../../shared/contract.js';
import { useApp, useStores } from '../store/hooks.js';

/** System by default; a pinned choice is stored in settings so both hosts and windows agree. */
export function ThemePicker() {
  const stores = useStores();
  const theme = useApp('settings', (s) => s.settings?.theme ?? 'system');
  return (
    <label className="row">
      <span className="visually-hidden">Theme</span>
      <select
        value={theme}
        aria-label="Theme"
        onChange={(e) => void stores.settings.getState().setTheme(e.target.value as Settings['theme'])}
      >
        <option value="system">System theme</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
