import { createMemoryApi, type MemoryApi } from '../../../renderer/api/memoryApi.js';
import { seedState } from '../../../renderer/api/memorySeed.js';
import { seedExtras } from '../../../renderer/api/memorySeedExtras.js';
import { createStores, type Stores } from '../../../renderer/store/stores.js';

export const NOW = new Date(2026, 10, 18, 12);

/** Seeded memory API plus the app's stores wired to it, with no debounce delays. */
export function setup(rows = 600): { api: MemoryApi; stores: Stores } {
  const state = seedState(rows, NOW);
  seedExtras(state, NOW);
  const api = createMemoryApi({ state, now: () => NOW });
  const stores = createStores(api, { now: () => NOW, eventDelayMs: 1, searchDelayMs: 1 });
  return { api, stores };
}

/** Polls until the check passes; stores settle asynchronously after events. */
export async function until(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
