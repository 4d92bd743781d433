import { describe, expect, it } from 'vitest';
import { getAdapter } from '../../../../main/core/providers/registry.js';
import type { OutboxChange } from '../../../../main/core/cache/outboxRepo.js';
import { createOutboxActions } from '../../../../main/core/commands/outboxActions.js';
import { pushAccount } from '../../../../main/core/sync/pusher.js';
import type { Mutations } from '../../../../main/core/commands/mutations.js';
import { resultOf } from '../../../../main/core/commands/mutations.js';
import { createFakeSession } from '../../../helpers/fakeSession.js';
import { memoryCacheWithAccount } from '../../../helpers/memoryCache.js';

const fast = { minTimeoutMs: 1, maxTimeoutMs: 2, retries: 1 };

function setup() {
  const { cache } = memoryCacheWithAccount();
  const fake = createFakeSession();
  const task = fake.make({ projectRemoteId: 'p1', title: 'Seeded', details: '', dueDate: null });
  fake.server.set(task.remoteId as string, task);
  cache.tasks.saveServerPage([task]);
  const deps = { cache, session: fake.session, adapter: getAdapter('webwork'), now: () => new Date() };
  const mutations = {
    settle: async (accountId: string, entryId: number, key: string) => {
      await pushAccount(deps, accountId, fast);
      return resultOf(cache, entryId, key);
    },
  } as Mutations;
  return { cache, fake, task, deps, outbox: createOutboxActions(cache, mutations) };
}

describe('outbox payloads', () => {
  it('each operation goes in and comes back out with exactly its payload', () => {
    const { cache, task } = setup();
    const changes: OutboxChange[] = [
      { op: 'task.create', payload: { task: { projectRemoteId: 'p1', title: 'New', details: 'd', dueDate: '2031-01-02' } } },
      { op: 'task.update', payload: { patch: { title: 'Renamed', tags: ['a', 'b'], dueDate: null } } },
      { op: 'task.delete', payload: { task } },
      { op: 'comment.add', payload: { text: 'A comment' } },
      { op: 'conflict.resolve', payload: { conflictId: 'c1', resolution: { kind: 'fields', values: { title: 'Merged' } } } },
      { op: 'conflict.resolve', payload: { conflictId: 'c2', resolution: { kind: 'drop' } } },
    ];
    const ids = changes.map((change) => cache.outbox.add({ accountId: 'acc1', key: task.key, ...change }));
    const back = ids.map((id) => cache.outbox.get(id));
    expect(back.map((e) => (e ? { op: e.op, payload: e.payload } : null))).toEqual(changes);
    expect(back.every((e) => e?.state === 'queued' && e.error === null)).toBe(true);
  });

  it('refuses to queue a change whose payload does not fit its operation', () => {
    const { cache } = setup();
    const bad = { accountId: 'acc1', key: 'k', op: 'task.create', payload: { task: { title: 'no project' } } };
    expect(() => cache.outbox.add(bad as never)).toThrow(expect.objectContaining({ code: 'validation' }));
    expect(cache.outbox.list()).toEqual([]);
  });

  it.each([
    ['corrupt JSON', 'task.create', '{"task": {"projectRemoteId": "p1", "tit'],
    ['a create without its task', 'task.create', '{}'],
    ['an update with a field no task has', 'task.update', '{"patch": {"colour": "red"}}'],
    ['an operation this build does not know', 'task.teleport', '{"task": {}}'],
  ])('a damaged row (%s) is failed, listed, and never sent', async (_what, op, payload) => {
    const { cache, fake, task, deps, outbox } = setup();
    const id = cache.outbox.add({ accountId: 'acc1', key: task.key, op: 'task.update', payload: { patch: { title: 'x' } } });
    cache.db.prepare('UPDATE outbox SET op = ?, payload = ? WHERE id = ?').run(op, payload, id);
    cache.outbox.add({
      accountId: 'acc1',
      key: 'local-key',
      op: 'task.create',
      payload: { task: { projectRemoteId: 'p1', title: 'After the damaged one', details: '', dueDate: null } },
    });

    const report = await pushAccount(deps, 'acc1', fast);
    // The damaged entry reached nothing; the sound one behind it went on.
    expect(fake.calls).toEqual(['create']);
    expect([...fake.server.values()].map((t) => t.title)).toEqual(['Seeded', 'After the damaged one']);
    expect(report).toMatchObject({ pushed: 1, failed: 0, stoppedBy: null });
    const listed = outbox.list().find((e) => e.id === id);
    expect(listed).toMatchObject({
      op,
      state: 'failed',
      error: { message: "This queued change is damaged and can't be sent; discard it", providerCode: 'damaged entry' },
    });
    expect(outbox.list().map((e) => e.id)).toEqual([id]);

    // Retrying cannot make it sendable; discarding removes it.
    const retried = await outbox.retry(id);
    expect(retried.state).toBe('failed');
    expect(fake.calls).toEqual(['create']);
    outbox.discard(id);
    expect(cache.outbox.get(id)).toBeNull();
  });
});
