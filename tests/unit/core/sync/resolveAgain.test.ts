import { describe, expect, it } from 'vitest';
import { getAdapter } from '../../../../main/core/providers/registry.js';
import { AppError } from '../../../../shared/errors.js';
import { createConflictActions } from '../../../../main/core/commands/conflictActions.js';
import { threeWayMerge } from '../../../../main/core/sync/merge.js';
import type { Mutations } from '../../../../main/core/commands/mutations.js';
import { resultOf } from '../../../../main/core/commands/mutations.js';
import { pushAccount } from '../../../../main/core/sync/pusher.js';
import type { Task, TaskPatch } from '../../../../shared/model.js';
import { createFakeSession } from '../../../helpers/fakeSession.js';
import { memoryCacheWithAccount } from '../../../helpers/memoryCache.js';

const fast = { minTimeoutMs: 1, maxTimeoutMs: 2, retries: 1 };

function setup() {
  const { cache } = memoryCacheWithAccount();
  const fake = createFakeSession();
  const original = fake.make({ projectRemoteId: 'p1', title: 'Write report', details: 'draft', dueDate: null });
  fake.server.set(original.remoteId as string, original);
  cache.tasks.saveServerPage([original]);
  const deps = { cache, session: fake.session, adapter: getAdapter('webwork'), now: () => new Date() };
  // Settling only queues here, so the server can change between the choice and the push.
  const mutations = { settle: async (_a: string, entryId: number, key: string) => resultOf(cache, entryId, key) } as Mutations;
  const onServer = (patch: Partial<Task>) =>
    fake.server.set(original.remoteId as string, { ...(fake.server.get(original.remoteId as string) as Task), ...patch });
  const editOffline = (patch: TaskPatch) =>
    cache.transaction(() => {
      cache.tasks.applyPatch(original.key, patch);
      cache.outbox.add({ accountId: 'acc1', op: 'task.update', key: original.key, payload: { patch } });
    });
  return { cache, fake, original, deps, onServer, editOffline, conflicts: createConflictActions(cache, mutations) };
}

describe('a settlement that meets a newer server change', () => {
  it('re-opens the conflict with the merge as mine and the new server version as theirs, and sends nothing', async () => {
    const { cache, fake, original, deps, onServer, editOffline, conflicts } = setup();
    editOffline({ title: 'Mine' });
    onServer({ title: 'Theirs' });
    await pushAccount(deps, 'acc1', fast);
    const [conflict] = cache.conflicts.open();
    await conflicts.resolve({ id: conflict?.id as string, merged: { title: 'Mine and theirs' } });
    onServer({ title: 'Theirs, edited again' });

    const report = await pushAccount(deps, 'acc1', fast);
    expect(report).toMatchObject({ pushed: 0, conflicts: 1, failed: 0 });
    expect(fake.server.get(original.remoteId as string)?.title).toBe('Theirs, edited again');
    expect(cache.conflicts.open()).toEqual([
      expect.objectContaining({
        id: conflict?.id,
        fields: { title: { base: 'Theirs', mine: 'Mine and theirs', theirs: 'Theirs, edited again' } },
      }),
    ]);
    // The merge waits as the user's own held edit, in the resolution's place in the queue.
    expect(cache.outbox.list().map((e) => ({ op: e.op, state: e.state, payload: e.payload }))).toEqual([
      { op: 'task.update', state: 'held', payload: { patch: { title: 'Mine and theirs' } } },
    ]);
    expect(cache.tasks.get(original.key)).toMatchObject({ title: 'Mine and theirs', conflict: true });

    // Settling again with the merge reaches the server.
    await conflicts.resolve({ id: conflict?.id as string, keep: 'mine' });
    expect(await pushAccount(deps, 'acc1', fast)).toMatchObject({ pushed: 1, conflicts: 0 });
    expect(fake.server.get(original.remoteId as string)?.title).toBe('Mine and theirs');
    expect(cache.conflicts.open()).toEqual([]);
    expect(cache.outbox.list()).toEqual([]);
  });

  it('still sends a settlement when the server changed only other fields meanwhile', async () => {
    const { cache, fake, original, deps, onServer, editOffline, conflicts } = setup();
    editOffline({ title: 'Mine' });
    onServer({ title: 'Theirs' });
    await pushAccount(deps, 'acc1', fast);
    const [conflict] = cache.conflicts.open();
    await conflicts.resolve({ id: conflict?.id as string, keep: 'mine' });
    onServer({ details: 'changed on the server' });
    expect(await pushAccount(deps, 'acc1', fast)).toMatchObject({ pushed: 1, conflicts: 0 });
    expect(fake.server.get(original.remoteId as string)).toMatchObject({ title: 'Mine', details: 'changed on the server' });
  });
});

describe('a settlement the server itself refuses as stale (Workity-style conflict copies)', () => {
  it('re-opens the conflict with the merge as mine and the server version as theirs', async () => {
    const { cache, fake, original, deps, onServer, conflicts } = setup();
    const id = cache.conflicts.add({
      accountId: 'acc1',
      key: original.key,
      kind: 'write-write',
      title: original.title,
      fields: { title: { base: 'Write report', mine: 'Mine', theirs: 'Theirs' } },
      serverItems: { original: original.remoteId as string, copy: '99' },
    });
    cache.outbox.add({ accountId: 'acc1', key: original.key, op: 'task.update', payload: { patch: { title: 'Mine' } } });
    cache.outbox.markHeld(original.key);
    let tries = 0;
    fake.session.resolveConflict = async () => {
      tries += 1;
      if (tries === 1) {
        onServer({ title: 'Theirs, edited again' });
        throw new AppError('conflict', 'Someone changed this Workity item again', { provider: 'workity', providerCode: 1 });
      }
      onServer({ title: 'Merged at last' });
    };
    await conflicts.resolve({ id, merged: { title: 'Merged' } });

    expect(await pushAccount(deps, 'acc1', fast)).toMatchObject({ pushed: 0, conflicts: 1, failed: 0 });
    expect(cache.conflicts.open()).toEqual([
      expect.objectContaining({
        id,
        kind: 'write-write',
        fields: { title: { base: 'Theirs', mine: 'Merged', theirs: 'Theirs, edited again' } },
        serverItems: { original: original.remoteId, copy: '99' },
      }),
    ]);
    expect(cache.outbox.list().map((e) => [e.op, e.state, e.payload])).toEqual([
      ['task.update', 'held', { patch: { title: 'Merged' } }],
    ]);

    await conflicts.resolve({ id, keep: 'mine' });
    expect(await pushAccount(deps, 'acc1', fast)).toMatchObject({ pushed: 1, conflicts: 0 });
    expect(tries).toBe(2);
    expect(cache.conflicts.open()).toEqual([]);
    expect(cache.outbox.list()).toEqual([]);
  });
});

describe('lists the service keeps as sets', () => {
  const base = { title: 'a', tags: ['x', 'y'], assignees: ['1', '2'] } as Task;

  it('are not a change when only their order differs', () => {
    const theirs = { ...base, tags: ['y', 'x'] };
    expect(threeWayMerge(base, { tags: ['x', 'y', 'z'] }, theirs, ['tags'])).toEqual({
      patch: { tags: ['x', 'y', 'z'] },
      conflicts: {},
    });
    expect(threeWayMerge(base, { assignees: ['2', '1'] }, base, ['assignees'])).toEqual({ patch: {}, conflicts: {} });
  });

  it('collide when both sides changed the members, and in order where the order counts', () => {
    const theirs = { ...base, tags: ['y', 'x'] };
    expect(Object.keys(threeWayMerge(base, { tags: ['x', 'y', 'z'] }, theirs).conflicts)).toEqual(['tags']);
    expect(threeWayMerge(base, { tags: ['x'] }, { ...base, tags: ['x', 'y', 'w'] }, ['tags']).conflicts).toEqual({
      tags: { base: ['x', 'y'], mine: ['x'], theirs: ['x', 'y', 'w'] },
    });
  });

  it('is data on each adapter, not a code path', async () => {
    const { getAdapter } = await import('../../../../main/core/providers/registry.js');
    for (const id of ['webwork', 'worksection', 'worksnaps', 'workity'] as const) {
      expect(getAdapter(id).unorderedFields).toEqual(expect.arrayContaining(['tags', 'assignees']));
    }
  });
});
