import { afterEach, describe, expect, it } from 'vitest';
import type { Task } from '../../../shared/model.js';
import { openTestCore, type TestCore } from './support/core.js';
import { webworkTarget, worksectionTarget, type SimTarget } from './support/targets.js';

let t: TestCore | null = null;
let sim: SimTarget | null = null;
afterEach(async () => {
  await t?.close();
  t?.remove();
  await sim?.close();
  t = null;
  sim = null;
});

/** A core that only queues (so the edit is "offline"), an account synced from the simulator, and one open task. */
async function setup(
  start: () => Promise<SimTarget>,
): Promise<{ core: TestCore; target: SimTarget; accountId: string; task: Task }> {
  sim = await start();
  t = openTestCore({ deferPush: true });
  const account = await t.call('accounts:add', {
    provider: sim.provider,
    label: 'Conflicts',
    baseUrl: sim.url,
    secret: sim.secret,
  });
  expect((await t.call('sync:run', { accountId: account.id })).accounts[0]?.error).toBeNull();
  const task = (await t.call('tasks:list', { accountId: account.id, status: 'open', limit: 50 })).tasks.find(
    (x) => x.remoteId && !x.parentRemoteId,
  );
  if (!task) throw new Error('the seed has no open task');
  return { core: t, target: sim, accountId: account.id, task };
}

async function push(core: TestCore, accountId: string) {
  const [report] = (await core.call('outbox:push', { accountId })).accounts;
  expect(report?.error).toBeNull();
  return report;
}

/** Edits the title offline while the server renames it too: a same-field conflict. */
async function collide(core: TestCore, target: SimTarget, accountId: string, task: Task, mine: string, theirs: string) {
  await core.call('tasks:edit', { key: task.key, patch: { title: mine } });
  target.serverEdit(task.remoteId as string, { title: theirs });
  expect(await push(core, accountId)).toMatchObject({ pushed: 0, conflicts: 1 });
  const [conflict] = await core.call('conflicts:list', {});
  if (!conflict) throw new Error('no conflict recorded');
  return conflict;
}

describe.each([
  ['WebWork', webworkTarget],
  ['Worksection', worksectionTarget],
])('offline-edit conflicts against the %s simulator', (_name, start) => {
  it('merges edits of different fields by itself and sends the merge', async () => {
    const { core, target, accountId, task } = await setup(start);
    await core.call('tasks:edit', { key: task.key, patch: { title: 'Renamed offline' } });
    target.serverEdit(task.remoteId as string, { done: true });
    expect(await push(core, accountId)).toMatchObject({ pushed: 1, conflicts: 0 });
    expect(target.serverTask(task.remoteId as string)).toEqual({ title: 'Renamed offline', done: true });
    expect(await core.call('conflicts:list', {})).toEqual([]);
    expect(await core.call('tasks:get', { key: task.key })).toMatchObject({
      title: 'Renamed offline',
      status: 'done',
      pending: false,
    });
  });

  it('records base, mine and theirs when both sides changed the same field, and sends nothing for it', async () => {
    const { core, target, accountId, task } = await setup(start);
    const conflict = await collide(core, target, accountId, task, 'Mine', 'Theirs');
    expect(conflict).toMatchObject({
      kind: 'offline-edit',
      key: task.key,
      fields: { title: { base: task.title, mine: 'Mine', theirs: 'Theirs' } },
    });
    expect(target.serverTask(task.remoteId as string)?.title).toBe('Theirs');
    expect(await core.call('outbox:list', {})).toEqual([expect.objectContaining({ op: 'task.update', key: task.key })]);
    expect(await push(core, accountId)).toMatchObject({ pushed: 0, conflicts: 0 });
    expect(target.serverTask(task.remoteId as string)?.title).toBe('Theirs');
    expect((await core.call('tasks:get', { key: task.key })).conflict).toBe(true);
  });

  it.each([
    ['keep mine', { keep: 'mine' as const }, 'Mine'],
    ['keep theirs', { keep: 'theirs' as const }, 'Theirs'],
    ['a merged value', { merged: { title: 'Mine and theirs' } }, 'Mine and theirs'],
  ])('settling with %s reaches the server', async (_how, choice, expected) => {
    const { core, target, accountId, task } = await setup(start);
    const conflict = await collide(core, target, accountId, task, 'Mine', 'Theirs');
    expect(await core.call('conflicts:resolve', { id: conflict.id, ...choice })).toMatchObject({ state: 'queued' });
    expect(await push(core, accountId)).toMatchObject({ pushed: 1, conflicts: 0 });
    expect(target.serverTask(task.remoteId as string)?.title).toBe(expected);
    expect(await core.call('outbox:list', {})).toEqual([]);
    expect(await core.call('conflicts:list', {})).toEqual([]);
    expect(await core.call('tasks:get', { key: task.key })).toMatchObject({ title: expected, pending: false, conflict: false });
  });

  it('undo puts back the state before settling: the conflict open, my edit held, the server untouched', async () => {
    const { core, target, accountId, task } = await setup(start);
    const conflict = await collide(core, target, accountId, task, 'Mine', 'Theirs');
    const before = await core.call('tasks:get', { key: task.key });
    const outboxBefore = await core.call('outbox:list', {});
    await core.call('conflicts:resolve', { id: conflict.id, keep: 'theirs' });
    expect((await core.call('tasks:get', { key: task.key })).title).toBe('Theirs');

    await core.call('conflicts:undo', { id: conflict.id });
    expect(await core.call('conflicts:list', {})).toEqual([
      expect.objectContaining({ id: conflict.id, fields: conflict.fields }),
    ]);
    const after = await core.call('tasks:get', { key: task.key });
    expect({ ...after, updatedAt: null }).toEqual({ ...before, updatedAt: null });
    const outboxAfter = await core.call('outbox:list', {});
    expect(outboxAfter.map((e) => [e.op, e.key, e.state])).toEqual(outboxBefore.map((e) => [e.op, e.key, e.state]));
    expect(await push(core, accountId)).toMatchObject({ pushed: 0 });
    expect(target.serverTask(task.remoteId as string)?.title).toBe('Theirs');

    await core.call('conflicts:resolve', { id: conflict.id, keep: 'mine' });
    expect(await push(core, accountId)).toMatchObject({ pushed: 1 });
    expect(target.serverTask(task.remoteId as string)?.title).toBe('Mine');
  });
});
