import Conf from 'conf';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/contract.js';

export { DEFAULT_SETTINGS };

export interface SettingsStore {
  get(): Settings;
  set(patch: Partial<Settings>): Settings;
}

/** Settings are plain, non-secret preferences in `settings.json` beside the cache. */
export function openSettings(dataDir: string): SettingsStore {
  const store = new Conf<Settings>({ cwd: dataDir, configName: 'settings', defaults: DEFAULT_SETTINGS });
  return {
    get: () => ({ ...DEFAULT_SETTINGS, ...store.store }),
    set(patch) {
      for (const [key, value] of Object.entries(patch)) store.set(key as keyof Settings, value as never);
      return { ...DEFAULT_SETTINGS, ...store.store };
    },
  };
}
