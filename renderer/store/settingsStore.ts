import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, Settings } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';
import { call, toPayload } from '../api/result.js';

/** Adding a vault passphrase; the passphrase itself is never kept in the store. */
export type PassphraseState =
  { state: 'idle' } | { state: 'saving' } | { state: 'added' } | { state: 'failed'; error: ErrorPayload };

/** Settings the UI itself uses (theme); quick-add keeps its last choice through the same channel. */
export interface SettingsState {
  settings: Settings | null;
  passphrase: PassphraseState;
  load(): Promise<void>;
  setTheme(theme: Settings['theme']): Promise<void>;
  /** Saves part of the settings (group-by, reminders, saved searches) and keeps what the core read back. */
  update(patch: Partial<Omit<Settings, 'allowPlainTextSecrets'>>): Promise<void>;
  /** Lets the CLI and the web host open this vault with a passphrase. */
  addPassphrase(passphrase: string): Promise<void>;
}

/** Stable fallbacks for selectors: a fresh `[]` per call would re-render forever. */
export const NO_SAVED_SEARCHES: Settings['savedSearches'] = [];
export const NO_GROUPING: Settings['groupBy'] = {};

export function createSettingsStore(api: Api): StoreApi<SettingsState> {
  return createStore<SettingsState>()((set) => ({
    settings: null,
    passphrase: { state: 'idle' },
    async load() {
      const reply = await api.invoke('settings:get', {});
      if (reply.ok) set({ settings: reply.value });
    },
    async setTheme(theme) {
      const reply = await api.invoke('settings:set', { theme });
      if (reply.ok) set({ settings: reply.value });
    },
    async update(patch) {
      const reply = await api.invoke('settings:set', patch);
      if (reply.ok) set({ settings: reply.value });
    },
    async addPassphrase(passphrase) {
      set({ passphrase: { state: 'saving' } });
      try {
        await call(api, 'vault:addPassphrase', { passphrase });
        set({ passphrase: { state: 'added' } });
      } catch (error) {
        set({ passphrase: { state: 'failed', error: toPayload(error) } });
      }
    },
  }));
}
