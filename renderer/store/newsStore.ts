import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';
import type { NewsItem } from '../../shared/model.js';
import { call, toPayload } from '../api/result.js';

/** Workity's news feed (every account that has news), and "Mark all read" which calls ResetNews per account. */
export interface NewsState {
  items: NewsItem[];
  loaded: boolean;
  busy: boolean;
  error: ErrorPayload | null;
  load(): Promise<void>;
  markAllRead(): Promise<void>;
}

export function createNewsStore(api: Api): StoreApi<NewsState> {
  return createStore<NewsState>()((set, get) => ({
    items: [],
    loaded: false,
    busy: false,
    error: null,
    async load() {
      try {
        set({ items: await call(api, 'news:list', {}), loaded: true, error: null });
      } catch (error) {
        set({ error: toPayload(error), loaded: true });
      }
    },
    async markAllRead() {
      const accountIds = [...new Set(get().items.map((item) => item.accountId))];
      set({ busy: true, error: null });
      try {
        for (const accountId of accountIds) await call(api, 'news:reset', { accountId });
      } catch (error) {
        set({ error: toPayload(error) });
      }
      set({ busy: false });
      await get().load();
    },
  }));
}
