import { describe, expect, it } from 'vitest';
import { getAdapter } from '../../../../main/core/providers/registry.js';
import { pushAccount } from '../../../../main/core/sync/pusher.js';
import { createConflictActions } from '../../../../main/core/commands/conflictActions.js';
import type { Mutations } from '../../../../main/core/commands/mutations.js';
import { resultOf } from '../../../../main/core/commands/mutations.js';
import { threeWayMerge } from '../../../../main/core/sync/merge.js';
import type { Task } from '../../../../shared/model.js';
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
  const mutations: Mutations = {
    addTask: () => Promise.reject(new Error('unused')),
    editTask: () => Promise.reject(new Error('unused')),
    deleteTask: () => Promise.reject(new Error('unused')),
    addComment: () => Promise.reject(new Error('unused')),
    settle: async (accountId, entryId, key) => {
      await pushAccount(deps, accountId, fast);
      return resultOf(cache, entryId, key);
    },
  };
  const editOffline = (patch: Partial<Task>) =>
    cache.transaction(() => {
      cache.tasks.applyPatch(original.key, patch);
      cache.outbox.add({ accountId: 'acc1', op: 'task.update', key: original.key, payload: { patch } });
    });
  const editOnServer = (patch: Partial<Task>) =>
    fake.server.set(original.remoteId as string, { ...(fake.server.get(original.remoteId as string) as Task), ...patch });
  return { cache, fake, original, deps, editOffline, editOnServer, conflicts: createConflictActions(cache, mutations) };
}

describe('threeWayMerge', () => {
  it('merges changes to different fields and collides on the same field', () => {
    const base = { title: 'a', details: 'x' } as Task;
    expect(threeWayMerge(base, { title: 'b' }, { ...base, details: 'y' })).toEqual({ patch: { title: 'b' }, conflicts: {} });
    expect(threeWayMerge(base, { title: 'b' }, { ...base, title: 'c' }).conflicts).toEqual({
      title: { base: 'a', mine: 'b', theirs: 'c' },
    });
    expect(threeWayMerge(base, { title: 'c' }, { ...base, title: 'c' })).toEqual({ patch: {}, conflicts: {} });
  });
});

describe('offline edits against a changed server', () => {
  it('merges disjoint fields automatically and pushes the merge', async () => {
    const { cache, fake, original, deps, editOffline, editOnServer } = setup();
    editOffline({ title: 'Write the annual report' });
    editOnServer({ details: 'final numbers in' });
    const report = await pushAccount(deps, 'acc1', fast);
    expect(report).toMatchObject({ pushed: 1, conflicts: 0 });
    expect(fake.server.get(original.remoteId as string)).toMatchObject({
      title: 'Write the annual report',
      details: 'final numbers in',
    });
    expect(cache.conflicts.open()).toEqual([]);
  });

  it('records a conflict with base, mine and theirs and holds the push', async () => {
    const { cache, fake, original, deps, editOffline, editOnServer } = setup();
    editOffline({ title: 'Mine' });
    editOnServer({ title: 'Theirs' });
    const report = await pushAccount(deps, 'acc1', fast);
    expect(report.conflicts).toBe(1);
    const [conflict] = cache.conflicts.open();
    expect(conflict).toMatchObject({
      kind: 'offline-edit',
      key: original.key,
      fields: { title: { base: 'Write report', mine: 'Mine', theirs: 'Theirs' } },
    });
    expect(cache.outbox.list().map((e) => e.state)).toEqual(['held']);
    expect(fake.server.get(original.remoteId as string)?.title).toBe('Theirs');
    expect(cache.tasks.get(original.key)?.conflict).toBe(true);
  });

  it.each([
    ['keep mine', { keep: 'mine' as const }, 'Mine'],
    ['keep theirs', { keep: 'theirs' as const }, 'Theirs'],
    ['a merged value', { merged: { title: 'Mine and Theirs' } }, 'Mine and Theirs'],
  ])('settling with %s reaches the server', async (_name, choice, expected) => {
    const { cache, fake, original, deps, editOffline, editOnServer, conflicts } = setup();
    editOffline({ title: 'Mine' });
    editOnServer({ title: 'Theirs' });
    await pushAccount(deps, 'acc1', fast);
    const [conflict] = cache.conflicts.open();
    const result = await conflicts.resolve({ id: conflict?.id as string, ...choice });
    expect(result.state).toBe('sent');
    expect(fake.server.get(original.remoteId as string)?.title).toBe(expected);
    expect(cache.tasks.get(original.key)?.title).toBe(expected);
    expect(cache.conflicts.open()).toEqual([]);
    expect(cache.outbox.list()).toEqual([]);
  });

  it('undo before the resolution is sent restores the state before', async () => {
    const { cache, fake, original, deps, editOffline, editOnServer, conflicts } = setup();
    editOffline({ title: 'Mine' });
    editOnServer({ title: 'Theirs' });
    await pushAccount(deps, 'acc1', fast);
    const [conflict] = cache.conflicts.open();
    fake.faults.push('offline-before', 'offline-before');
    const settled = await conflicts.resolve({ id: conflict?.id as string, keep: 'theirs' });
    expect(settled.state).toBe('queued');
    await conflicts.undo(conflict?.id as string);
    expect(cache.conflicts.open().map((c) => c.id)).toEqual([conflict?.id]);
    expect(cache.tasks.get(original.key)?.title).toBe('Mine');
    expect(cache.outbox.list().map((e) => [e.op, e.state])).toEqual([['task.update', 'held']]);
  });
});
