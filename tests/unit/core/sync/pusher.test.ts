import { describe, expect, it } from 'vitest';
import { getAdapter } from '../../../../main/core/providers/registry.js';
import { pushAccount } from '../../../../main/core/sync/pusher.js';
import { createFakeSession } from '../../../helpers/fakeSession.js';
import { queueCreate } from '../../../helpers/queueCreate.js';
import { memoryCacheWithAccount } from '../../../helpers/memoryCache.js';

const fast = { minTimeoutMs: 1, maxTimeoutMs: 2, retries: 3 };

describe('pushAccount', () => {
  it('sends creates in order and swaps each local key for the server id', async () => {
    const { cache } = memoryCacheWithAccount();
    const fake = createFakeSession();
    const keys = ['first', 'second', 'third'].map((t) => queueCreate(cache, t));
    const report = await pushAccount(
      { cache, session: fake.session, adapter: getAdapter('webwork'), now: () => new Date() },
      'acc1',
      fast,
    );
    expect(report).toMatchObject({ pushed: 3, failed: 0, stoppedBy: null });
    expect([...fake.server.values()].map((t) => t.title)).toEqual(['first', 'second', 'third']);
    expect(cache.outbox.list()).toEqual([]);
    const swapped = cache.tasks.get(cache.tasks.resolveKey(keys[0] as string));
    expect(swapped?.remoteId).toBe('1');
    expect(swapped?.pending).toBe(false);
    expect(cache.tasks.get(keys[0] as string)).toBeNull();
  });

  it('adopts a create whose reply was lost instead of making it twice', async () => {
    const { cache } = memoryCacheWithAccount();
    const fake = createFakeSession();
    queueCreate(cache, 'only once');
    fake.faults.push('offline-after-commit');
    const report = await pushAccount(
      { cache, session: fake.session, adapter: getAdapter('webwork'), now: () => new Date() },
      'acc1',
      fast,
    );
    expect(report.pushed).toBe(1);
    expect([...fake.server.values()].filter((t) => t.title === 'only once')).toHaveLength(1);
    expect(fake.calls).toEqual(['create', 'find']);
  });

  it('retries network and server failures with backoff, then succeeds', async () => {
    const { cache } = memoryCacheWithAccount();
    const fake = createFakeSession();
    queueCreate(cache, 'flaky');
    fake.faults.push('offline-before', 'server-error');
    const report = await pushAccount(
      { cache, session: fake.session, adapter: getAdapter('webwork'), now: () => new Date() },
      'acc1',
      fast,
    );
    expect(report.pushed).toBe(1);
    expect(fake.server.size).toBe(1);
  });

  it('keeps the entry queued and stops when the service stays unreachable', async () => {
    const { cache } = memoryCacheWithAccount();
    const fake = createFakeSession();
    queueCreate(cache, 'a');
    queueCreate(cache, 'b');
    fake.faults.push('offline-before', 'offline-before', 'offline-before', 'offline-before');
    const report = await pushAccount(
      { cache, session: fake.session, adapter: getAdapter('webwork'), now: () => new Date() },
      'acc1',
      fast,
    );
    expect(report.stoppedBy?.code).toBe('offline');
    expect(cache.outbox.list().map((e) => e.state)).toEqual(['queued', 'queued']);
    expect(fake.server.size).toBe(0);
  });

  it("marks a refused entry failed with the server's message and goes on with the next", async () => {
    const { cache } = memoryCacheWithAccount();
    const fake = createFakeSession();
    queueCreate(cache, 'refused');
    queueCreate(cache, 'accepted');
    fake.faults.push('refuse');
    const report = await pushAccount(
      { cache, session: fake.session, adapter: getAdapter('webwork'), now: () => new Date() },
      'acc1',
      fast,
    );
    expect(report).toMatchObject({ pushed: 1, failed: 1 });
    const [failed] = cache.outbox.list();
    expect(failed?.state).toBe('failed');
    expect(failed?.error).toMatchObject({ code: 'validation', field: 'title', providerCode: 422 });
    expect([...fake.server.values()].map((t) => t.title)).toEqual(['accepted']);
  });
});
