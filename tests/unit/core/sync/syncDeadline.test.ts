import { describe, expect, it } from 'vitest';
import type { SessionPool } from '../../../../main/core/accounts/sessions.js';
import { getAdapter } from '../../../../main/core/providers/registry.js';
import { createEventBus } from '../../../../main/core/events.js';
import { createSyncService } from '../../../../main/core/sync/syncService.js';
import { createFakeSession } from '../../../helpers/fakeSession.js';
import { memoryCacheWithAccount } from '../../../helpers/memoryCache.js';

describe('sync:run against a service slower than the command deadline', () => {
  it('reports that the changes stay queued, while the push goes on and lands once', async () => {
    const { cache } = memoryCacheWithAccount();
    const fake = createFakeSession();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const create = fake.session.createTask.bind(fake.session);
    fake.session.createTask = async (input) => {
      await gate;
      return create(input);
    };
    const sessions = { get: () => fake.session, adapterOf: getAdapter } as unknown as SessionPool;
    const sync = createSyncService({ cache, sessions, events: createEventBus(), now: () => new Date(), deadlineMs: 10 });
    cache.transaction(() => {
      cache.outbox.add({
        accountId: 'acc1',
        key: 'local',
        op: 'task.create',
        payload: { task: { projectRemoteId: 'p1', title: 'Slow create', details: '', dueDate: null } },
      });
    });

    const [report] = await sync.run('acc1');
    expect(report).toMatchObject({
      id: 'acc1',
      pushed: 0,
      error: { code: 'offline', message: expect.stringMatching(/stay queued/) },
    });
    expect(fake.server.size).toBe(0);

    release();
    // A later push waits for the one still running (one pusher per account), then finds nothing left.
    const after = await sync.push('acc1');
    expect(after.get('acc1')).toMatchObject({ pushed: 0, failed: 0 });
    expect([...fake.server.values()].map((t) => t.title)).toEqual(['Slow create']);
    expect(cache.outbox.list()).toEqual([]);
  });

  it('bounds only the wait for the push: a pull slower than the deadline is still waited for', async () => {
    const { cache } = memoryCacheWithAccount();
    const fake = createFakeSession();
    fake.server.set('1', fake.make({ projectRemoteId: 'p1', title: 'Pulled slowly', details: '', dueDate: null }));
    const pull = fake.session.pull.bind(fake.session);
    fake.session.pull = async (sink, range) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return pull(sink, range);
    };
    const sessions = { get: () => fake.session, adapterOf: getAdapter } as unknown as SessionPool;
    const sync = createSyncService({ cache, sessions, events: createEventBus(), now: () => new Date(), deadlineMs: 10 });
    const [report] = await sync.run('acc1');
    expect(report).toMatchObject({ error: null, pulled: { tasks: 1 } });
  });
});
