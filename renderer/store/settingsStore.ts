import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, Settings } from '../../shared/contract.js';

/** Settings the UI itself uses (theme); quick-add keeps its last choice through the same channel. */
export interface SettingsState {
  settings: Settings | null;
  load(): Promise<void>;
  setTheme(theme: Settings['theme']): Promise<void>;
}

export function createSettingsStore(api: Api): StoreApi<SettingsState> {
  return createStore<SettingsState>()((set) => ({
    settings: null,
    async load() {
      const reply = await api.invoke('settings:get', {});
      if (reply.ok) set({ settings: reply.value });
    },
    async setTheme(theme) {
      const reply = await api.invoke('settings:set', { theme });
      if (reply.ok) set({ settings: reply.value });
    },
  }));
}
