import Conf from 'conf';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/contract.js';
import { ensurePrivateDir, makePrivate, PRIVATE_FILE_MODE } from './files.js';

export { DEFAULT_SETTINGS };

export interface SettingsStore {
  get(): Settings;
  set(patch: Partial<Settings>): Settings;
}

/** Settings are plain, non-secret preferences in `settings.json` beside the cache. */
export function openSettings(dataDir: string): SettingsStore {
  ensurePrivateDir(dataDir);
  const store = new Conf<Settings>({
    cwd: dataDir,
    configName: 'settings',
    defaults: DEFAULT_SETTINGS,
    configFileMode: PRIVATE_FILE_MODE,
  });
  makePrivate(join(dataDir, 'settings.json'));
  return {
    get: () => ({ ...DEFAULT_SETTINGS, ...store.store }),
    set(patch) {
      for (const [key, value] of Object.entries(patch)) store.set(key as keyof Settings, value as never);
      return { ...DEFAULT_SETTINGS, ...store.store };
    },
  };
}
