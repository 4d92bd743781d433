import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorksectionAdapter, type WorksectionSession } from '../../../main/core/providers/worksection/index.js';
import { handledActions, reconnect, startHarness, type Harness } from './helpers.js';

describe('worksection under the one retry policy', () => {
  let h: Harness;
  let waits: number[];
  let session: WorksectionSession;
  const input = () => ({ projectRemoteId: h.sim.state.projects[0]!.id, title: 'Waited once', details: '', dueDate: null });

  beforeEach(async () => {
    h = await startHarness({ hashMode: 'query' });
    // reconnect stores the accepted hash form on h.ctx; the session under test is built on that context.
    reconnect(h, { hashMode: 'query', userEmail: h.sim.owner.email, userRemoteId: h.sim.owner.id });
    waits = [];
    const recording = createWorksectionAdapter({
      retry: { retries: 4, minTimeoutMs: 5, maxTimeoutMs: 20, sleep: async (ms) => void waits.push(ms) },
      quotaWaitMs: 30,
    });
    session = recording.connect(h.ctx) as WorksectionSession;
  });
  afterEach(async () => h.sim.close());

  it('"Quota exceeded" with Retry-After 3 on a write: exactly one wait of 3000 ms, the task made once', async () => {
    h.sim.faults.retryAfterSeconds = 3;
    h.sim.faults.rateLimitNext = 1;
    await session.createTask(input());
    expect(waits).toEqual([3000]);
    expect(handledActions(h.sim).filter((a) => a === 'post_task')).toHaveLength(1);
  });

  it('HTTP 500 on a read: backoff waits within the configured bounds, no wait on a write', async () => {
    h.sim.faults.serverErrorNext = 2;
    expect((await session.api.projects()).length).toBe(4);
    expect(waits).toHaveLength(2);
    expect(waits.every((wait) => wait >= 5 && wait <= 20)).toBe(true);
    h.sim.faults.serverErrorNext = 1;
    await expect(session.createTask(input())).rejects.toMatchObject({ code: 'server' });
    expect(waits).toHaveLength(2);
  });
});
