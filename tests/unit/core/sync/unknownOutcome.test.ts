import { describe, expect, it } from 'vitest';
import { getAdapter } from '../../../../main/core/providers/registry.js';
import { AppError } from '../../../../shared/errors.js';
import { createMutations } from '../../../../main/core/commands/mutations.js';
import { pushAccount } from '../../../../main/core/sync/pusher.js';
import type { SyncService } from '../../../../main/core/sync/syncService.js';
import { createFakeSession } from '../../../helpers/fakeSession.js';
import { queueCreate } from '../../../helpers/queueCreate.js';
import { memoryCacheWithAccount } from '../../../helpers/memoryCache.js';

const fast = { minTimeoutMs: 1, maxTimeoutMs: 2, retries: 2 };
const unreadable = () => new AppError('protocol', 'WebWork Tracker sent a reply that is not JSON', { provider: 'webwork' });

/** A fake whose next write is done on the server and then answered with something unreadable. */
function lossyFake() {
  const fake = createFakeSession();
  let garbleNext = 0;
  const createTask = fake.session.createTask.bind(fake.session);
  const updateTask = fake.session.updateTask.bind(fake.session);
  fake.session.createTask = async (input) => {
    const made = await createTask(input);
    if (garbleNext-- > 0) throw unreadable();
    return made;
  };
  fake.session.updateTask = async (task, patch) => {
    const saved = await updateTask(task, patch);
    if (garbleNext-- > 0) throw unreadable();
    return saved;
  };
  return { ...fake, garble: (n = 1) => (garbleNext = n) };
}

describe('a write whose answer cannot be read', () => {
  it('leaves a create queued as "outcome unknown"; the next push finds it and the server holds one', async () => {
    const { cache } = memoryCacheWithAccount();
    const fake = lossyFake();
    const deps = { cache, session: fake.session, adapter: getAdapter('webwork'), now: () => new Date() };
    queueCreate(cache, 'Only once');
    fake.garble();

    const first = await pushAccount(deps, 'acc1', fast);
    expect(first).toMatchObject({ pushed: 0, failed: 0 });
    expect(first.stoppedBy?.code).toBe('protocol');
    const [entry] = cache.outbox.list();
    expect(entry).toMatchObject({ state: 'queued', error: { message: 'Outcome unknown — will check before resending' } });
    expect(entry?.firstSentAt).not.toBeNull();

    const second = await pushAccount(deps, 'acc1', fast);
    expect(second).toMatchObject({ pushed: 1, failed: 0, stoppedBy: null });
    expect(fake.calls).toEqual(['create', 'find']);
    expect([...fake.server.values()].filter((t) => t.title === 'Only once')).toHaveLength(1);
    expect(cache.outbox.list()).toEqual([]);
  });

  it('leaves an update queued; the next push compares first and writes nothing twice', async () => {
    const { cache } = memoryCacheWithAccount();
    const fake = lossyFake();
    const task = fake.make({ projectRemoteId: 'p1', title: 'Before', details: '', dueDate: null });
    fake.server.set(task.remoteId as string, task);
    cache.tasks.saveServerPage([task]);
    const deps = { cache, session: fake.session, adapter: getAdapter('webwork'), now: () => new Date() };
    cache.transaction(() => {
      cache.tasks.applyPatch(task.key, { title: 'After' });
      cache.outbox.add({ accountId: 'acc1', op: 'task.update', key: task.key, payload: { patch: { title: 'After' } } });
    });
    fake.garble();
    await pushAccount(deps, 'acc1', fast);
    expect(cache.outbox.list()).toEqual([
      expect.objectContaining({
        state: 'queued',
        error: expect.objectContaining({ message: expect.stringMatching(/^Outcome unknown/) }),
      }),
    ]);
    expect(await pushAccount(deps, 'acc1', fast)).toMatchObject({ pushed: 1 });
    expect(fake.calls).toEqual(['get', 'update', 'get']);
    expect(fake.server.get(task.remoteId as string)?.title).toBe('After');
  });

  it('leaves a comment queued; the next push finds it posted and does not post it twice', async () => {
    const { cache } = memoryCacheWithAccount();
    const fake = createFakeSession();
    const task = fake.make({ projectRemoteId: 'p1', title: 'Discussed', details: '', dueDate: null });
    cache.tasks.saveServerPage([task]);
    const posted: string[] = [];
    let garble = true;
    fake.session.addComment = async (_task, text) => {
      posted.push(text);
      if (garble) {
        garble = false;
        throw unreadable();
      }
      return { remoteId: String(posted.length), author: null, text, createdAt: null };
    };
    fake.session.listComments = async () =>
      posted.map((text, i) => ({ remoteId: String(i), author: null, text, createdAt: null }));
    cache.outbox.add({ accountId: 'acc1', op: 'comment.add', key: task.key, payload: { text: 'Looks good' } });
    const deps = { cache, session: fake.session, adapter: getAdapter('webwork'), now: () => new Date() };
    await pushAccount(deps, 'acc1', fast);
    expect(cache.outbox.list()).toEqual([expect.objectContaining({ state: 'queued' })]);
    expect(await pushAccount(deps, 'acc1', fast)).toMatchObject({ pushed: 1 });
    expect(posted).toEqual(['Looks good']);
  });

  it("fails an entry only on the server's refusal", async () => {
    const { cache } = memoryCacheWithAccount();
    const fake = createFakeSession();
    queueCreate(cache, 'Refused');
    fake.faults.push('refuse');
    expect(
      await pushAccount({ cache, session: fake.session, adapter: getAdapter('webwork'), now: () => new Date() }, 'acc1', fast),
    ).toMatchObject({
      failed: 1,
    });
    expect(cache.outbox.list()[0]).toMatchObject({ state: 'failed', error: { code: 'validation' } });
  });
});

describe('the command deadline', () => {
  it('reports queued with the reason when the service has not answered in time, and the push goes on', async () => {
    const { cache } = memoryCacheWithAccount();
    let finish: () => void = () => undefined;
    const sync = {
      pushUntil: (_accountId: string, entryId: number) =>
        new Promise((resolve) => {
          finish = () => {
            cache.outbox.remove(entryId);
            resolve({ pushed: 1, failed: 0, conflicts: 0, stoppedBy: null });
          };
        }),
    } as unknown as SyncService;
    const mutations = createMutations({
      adapterOf: getAdapter,
      cache,
      sync,
      now: () => new Date(),
      onChange: () => undefined,
      settleWaitMs: 10,
    });
    const result = await mutations.addTask({
      accountId: 'acc1',
      projectRemoteId: 'p1',
      title: 'Slow',
      details: '',
      dueDate: null,
    });
    expect(result).toMatchObject({
      state: 'queued',
      error: { code: 'offline', message: expect.stringMatching(/No answer within/) },
    });
    finish();
    expect(cache.outbox.list()).toEqual([]);
  });
});
