import { describe, expect, it } from 'vitest';
import { getAdapter } from '../../../../main/core/providers/registry.js';
import { createMutations } from '../../../../main/core/commands/mutations.js';
import type { SyncService } from '../../../../main/core/sync/syncService.js';
import type { PushReport } from '../../../../main/core/sync/pusher.js';
import { memoryCacheWithAccount } from '../../../helpers/memoryCache.js';

function slowSync(cache: ReturnType<typeof memoryCacheWithAccount>['cache'], ms: number): SyncService {
  return {
    pushUntil: (_accountId, entryId) =>
      new Promise<PushReport>((resolve) =>
        setTimeout(() => {
          cache.outbox.remove(entryId);
          resolve({ pushed: 1, failed: 0, conflicts: 0, stoppedBy: null });
        }, ms),
      ),
  } as SyncService;
}

describe('settling a change', () => {
  it('reports queued when the service is slower than the window may wait, and the push still lands', async () => {
    const { cache } = memoryCacheWithAccount();
    const mutations = createMutations({
      adapterOf: getAdapter,
      cache,
      sync: slowSync(cache, 300),
      now: () => new Date(),
      onChange: () => undefined,
      settleWaitMs: 20,
    });
    const result = await mutations.addTask({
      accountId: 'acc1',
      projectRemoteId: 'p1',
      title: 'Slow one',
      details: '',
      dueDate: null,
    });
    expect(result.state).toBe('queued');
    expect(cache.tasks.get(result.key)?.pending).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(cache.outbox.list()).toEqual([]);
  });

  it('waits for the outcome when no wait is set, as the CLI needs', async () => {
    const { cache } = memoryCacheWithAccount();
    const mutations = createMutations({
      adapterOf: getAdapter,
      cache,
      sync: slowSync(cache, 50),
      now: () => new Date(),
      onChange: () => undefined,
    });
    const result = await mutations.addTask({
      accountId: 'acc1',
      projectRemoteId: 'p1',
      title: 'Waited for',
      details: '',
      dueDate: null,
    });
    expect(result.state).toBe('sent');
  });
});
