import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, OutboxEntryView } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';
import { call, toPayload } from '../api/result.js';

/** Changes not yet on the server: queued ones wait for the network, failed ones for the user. */
export interface OutboxState {
  entries: OutboxEntryView[];
  error: ErrorPayload | null;
  load(): Promise<void>;
  retry(id: number): Promise<void>;
  discard(id: number): Promise<void>;
}

export function createOutboxStore(api: Api): StoreApi<OutboxState> {
  return createStore<OutboxState>()((set, get) => {
    const act = async (fn: () => Promise<unknown>) => {
      try {
        await fn();
        set({ error: null });
      } catch (error) {
        set({ error: toPayload(error) });
      }
      await get().load();
    };
    return {
      entries: [],
      error: null,
      async load() {
        const reply = await api.invoke('outbox:list', {});
        if (reply.ok) set({ entries: reply.value });
      },
      retry: (id) => act(() => call(api, 'outbox:retry', { id })),
      discard: (id) => act(() => call(api, 'outbox:discard', { id })),
    };
  });
}
