import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';
import type { NewsItem } from '../../shared/model.js';
import { call, toPayload } from '../api/result.js';
import { newsReadChange } from '../logic/undoChanges.js';
import type { RecordUndo } from './undoStore.js';

/** Workity's news feed (every account that has news), and "Mark all read" which calls ResetNews per account. */
export interface NewsState {
  items: NewsItem[];
  loaded: boolean;
  busy: boolean;
  error: ErrorPayload | null;
  load(): Promise<void>;
  markAllRead(): Promise<void>;
}

export function createNewsStore(api: Api, recordUndo: RecordUndo = () => undefined): StoreApi<NewsState> {
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
      const { items } = get();
      const accountIds = [...new Set(items.map((item) => item.accountId))];
      const done: string[] = [];
      set({ busy: true, error: null });
      try {
        for (const accountId of accountIds) {
          await call(api, 'news:reset', { accountId });
          done.push(accountId);
        }
      } catch (error) {
        set({ error: toPayload(error) });
      }
      // Only the accounts whose feed the service cleared can be taken back.
      const changes = done.map((accountId) => newsReadChange(accountId, items));
      const count = changes.reduce((n, c) => n + (c.kind === 'news.read' ? c.items.length : 0), 0);
      recordUndo(`Marked ${count} news ${count === 1 ? 'item' : 'items'} read`, changes);
      set({ busy: false });
      await get().load();
    },
  }));
}
