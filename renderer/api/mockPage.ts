import type { AppApi } from './connection.js';
import { createMemoryApi } from './memoryApi.js';
import { seedState } from './memorySeed.js';
import { seedExtras } from './memorySeedExtras.js';

/** The `?mock=1` page: seeded data for working on the UI without a host (never used by the real app). */
export function createMockPageApi(rows: number): AppApi {
  const now = new Date();
  const state = seedState(Number.isFinite(rows) ? Math.min(rows, 200_000) : 400, now);
  seedExtras(state, now);
  return createMemoryApi({ state, autoSendMs: 1500 });
}
