import { describe, expect, it, vi } from 'vitest';
import { value } from '../../helpers/inProcessApi.js';
import { setup } from './helpers.js';

/** The first open WebWork task with an id, as the app lists it. */
async function openWebworkTask(world: Awaited<ReturnType<typeof setup>>) {
  const { tasks } = await value(world.api, 'tasks:list', { accountId: world.accounts.webwork.id, status: 'open', sort: 'title' });
  const task = tasks.find((t) => t.remoteId);
  if (!task) throw new Error('the simulator gave no open task');
  return task;
}

describe('the undo store', () => {
  it('offers to undo a completion, and undoing it reopens the task on the service', async () => {
    const world = await setup({ providers: ['webwork'] });
    const { stores, sims } = world;
    await stores.start();
    const task = await openWebworkTask(world);
    await stores.tasks.getState().setStatus(task, 'done');
    const onServer = () => sims.webwork.state.tasks.find((t) => String(t.id) === task.remoteId);
    expect(onServer()?.status).toBe(20);
    expect(stores.undo.getState().entry).toMatchObject({
      label: `Completed “${task.title}”`,
      changes: [{ kind: 'task.edit', key: task.key, before: { status: 'open' }, after: { status: 'done' } }],
    });
    await stores.undo.getState().undo();
    expect(onServer()?.status).toBe(0);
    expect(stores.undo.getState()).toMatchObject({ entry: null, notice: { text: 'Undone.', isError: false } });
  });

  it('records an editor save with the values from before, and names a date change as a move', async () => {
    const world = await setup({ providers: ['webwork'], core: { deferPush: true } });
    const { stores } = world;
    const task = await openWebworkTask(world);
    await stores.detail.getState().open(task.key);
    expect(await stores.detail.getState().save({ dueDate: '2031-03-14' })).toBe(true);
    const entry = stores.undo.getState().entry;
    expect(entry?.label).toMatch(/^Moved “.+” to /);
    expect(entry?.changes).toEqual([
      { kind: 'task.edit', key: task.key, before: { dueDate: task.dueDate }, after: { dueDate: '2031-03-14' } },
    ]);
    await stores.undo.getState().undo();
    expect(await value(world.api, 'outbox:list', {})).toEqual([]);
    expect((await value(world.api, 'tasks:get', { key: task.key })).dueDate).toBe(task.dueDate);
  });

  it('keeps the entry and says so when the undo cannot reach the core', async () => {
    const world = await setup({ providers: ['webwork'] });
    const { stores } = world;
    const task = await openWebworkTask(world);
    await stores.tasks.getState().setStatus(task, 'done');
    await world.api.dispose();
    await stores.undo.getState().undo();
    expect(stores.undo.getState().entry).not.toBeNull();
    expect(stores.undo.getState().notice).toMatchObject({ isError: true, text: expect.stringContaining('Could not undo') });
  });
});

describe('the counts store (nav.counts), fed by counts:changed', () => {
  it('follows a completion, "mark all read" and its undo as the core pushes them, and never asks the core again', async () => {
    const world = await setup({ providers: ['webwork', 'workity'] });
    const { stores, api } = world;
    await stores.start();
    const start = stores.nav.getState().counts!;
    const asked = api.calls.filter((c) => c.channel === 'tasks:counts').length;

    await stores.tasks.getState().setStatus(await openWebworkTask(world), 'done');
    await vi.waitFor(() => expect(stores.nav.getState().counts?.views.all).toBe(start.views.all - 1));

    await stores.news.getState().load();
    const unread = stores.news.getState().items.length;
    expect(unread).toBeGreaterThan(0);
    expect(start.news).toBe(unread);
    await stores.news.getState().markAllRead();
    await vi.waitFor(() => expect(stores.nav.getState().counts?.news).toBe(0));
    expect(stores.undo.getState().entry?.label).toBe(`Marked ${unread} news items read`);
    await stores.undo.getState().undo();
    await vi.waitFor(() => expect(stores.nav.getState().counts?.news).toBe(unread));
    expect(stores.undo.getState().notice?.text).toContain('Workity has no way to mark it unread');

    expect(api.calls.filter((c) => c.channel === 'tasks:counts').length).toBe(asked);
  });
});
