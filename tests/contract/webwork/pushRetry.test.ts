import { afterEach, describe, expect, it } from 'vitest';
import { queueCreate } from '../../helpers/queueCreate.js';
import { getAdapter } from '../../../main/core/providers/registry.js';
import type { Cache } from '../../../main/core/cache/index.js';
import { pushAccount } from '../../../main/core/sync/pusher.js';
import { memoryCacheWithAccount } from '../../helpers/memoryCache.js';
import { startHarness, type Harness } from './helpers.js';

let h: Harness;
afterEach(async () => h?.sim.close());

/** The pusher against a real WebWork session; waits are recorded, not slept. */
async function push(
  cache: Cache,
  retries: number,
): Promise<{ waits: number[]; report: Awaited<ReturnType<typeof pushAccount>> }> {
  const waits: number[] = [];
  const report = await pushAccount({ cache, session: h.session, adapter: getAdapter('webwork'), now: () => new Date() }, 'ww1', {
    retries,
    minTimeoutMs: 5,
    maxTimeoutMs: 20,
    sleep: async (ms) => void waits.push(ms),
  });
  return { waits, report };
}

describe('one retry policy between the pusher and the WebWork client', () => {
  it('a push does not nest retries: each pusher attempt is one request, not the client retrying too', async () => {
    h = await startHarness(); // the client alone would try each read 4 times
    const { cache } = memoryCacheWithAccount('ww1');
    queueCreate(cache, 'Never lands', { accountId: 'ww1', projectRemoteId: '102' });
    h.sim.faults.serverErrorNext = 100;
    const { waits, report } = await push(cache, 2);
    expect(report.stoppedBy).toMatchObject({ code: 'server' });
    expect(h.sim.calls()).toHaveLength(3);
    expect(waits).toHaveLength(2);
    expect(cache.outbox.list().map((e) => e.state)).toEqual(['queued']);
  });

  it('a 429 during a push waits exactly Retry-After once, then the task lands once', async () => {
    h = await startHarness();
    await h.session.me();
    const { cache } = memoryCacheWithAccount('ww1');
    queueCreate(cache, 'Slowed down', { accountId: 'ww1', projectRemoteId: '102' });
    h.sim.faults.rateLimitNext = 1;
    h.sim.faults.retryAfterSeconds = 2;
    const { waits, report } = await push(cache, 3);
    expect(report).toMatchObject({ pushed: 1, stoppedBy: null });
    expect(waits).toEqual([2000]);
    expect(h.sim.state.tasks.filter((t) => t.title === 'Slowed down')).toHaveLength(1);
    expect(h.sim.calls().filter((c) => c.status === 429)).toHaveLength(1);
  });
});
