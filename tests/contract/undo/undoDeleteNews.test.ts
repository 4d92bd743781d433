import { afterEach, describe, expect, it, vi } from 'vitest';
import { startWebworkSimulator, type WebworkSimulator } from '../../simulators/webwork/index.js';
import { startWorkitySimulator, type WorkitySimulator } from '../../simulators/workity/index.js';
import { openTestCore, type TestCore } from '../sync/support/core.js';
import { webworkTarget, type SimTarget } from '../sync/support/targets.js';
import { remoteIdOf, syncedCore } from './support.js';
import type { Task } from '../../../shared/model.js';

let t: TestCore | null = null;
let sim: SimTarget | null = null;
let workity: WorkitySimulator | null = null;
let webwork: WebworkSimulator | null = null;
afterEach(async () => {
  await webwork?.close();
  webwork = null;
  await t?.close();
  t?.remove();
  await sim?.close();
  await workity?.close();
  t = null;
  sim = null;
  workity = null;
});

const snapshot = (task: Task) => ({
  projectRemoteId: task.projectRemoteId,
  title: task.title,
  details: task.details,
  dueDate: task.dueDate,
  parentRemoteId: task.parentRemoteId,
  assignees: task.assignees,
  priority: task.priority,
});

describe('undo of a deletion (undo:run)', () => {
  it('brings back a deletion still queued: the task is here as it was and the service never hears of it', async () => {
    sim = await webworkTarget();
    const s = await syncedCore(sim, true);
    t = s.t;
    const task = s.tasks[0]!;
    await t.call('tasks:delete', { key: task.key });
    await expect(t.call('tasks:get', { key: task.key })).rejects.toThrow();
    const report = await t.call('undo:run', {
      changes: [{ kind: 'task.delete', key: task.key, accountId: s.accountId, task: snapshot(task) }],
    });
    expect(report.outcomes[0]?.how).toBe('cancelled');
    expect(await t.call('tasks:get', { key: task.key })).toMatchObject({ title: task.title, pending: false });
    await t.call('outbox:push', {});
    expect(sim.serverTask(remoteIdOf(task))).toMatchObject({ title: task.title });
  });

  it('makes a sent deletion again as a new task on the service, and says it is a new one', async () => {
    const ww = (webwork = await startWebworkSimulator({ tasksPerProject: 4, bigProjectTasks: 4, rateLimitPerMinute: 1_000_000 }));
    const s = await syncedCore({ provider: 'webwork', url: ww.url, secret: ww.tokens.owner });
    t = s.t;
    const task = s.tasks[0]!;
    const onServer = (id: string) => ww.state.tasks.find((x) => String(x.id) === id);
    expect((await t.call('tasks:delete', { key: task.key })).state).toBe('sent');
    expect(onServer(remoteIdOf(task))?.deleted_at).toBeTruthy();
    const report = await t.call('undo:run', {
      changes: [{ kind: 'task.delete', key: task.key, accountId: s.accountId, task: snapshot(task) }],
    });
    const outcome = report.outcomes[0];
    expect(outcome).toMatchObject({ how: 'reverted', message: expect.stringContaining('back as a new task') });
    const remoteId = outcome?.result?.remoteId;
    expect(remoteId).toBeTruthy();
    expect(onServer(remoteId as string)).toMatchObject({ title: task.title, deleted_at: null });
  });

  it('says plainly that a sent deletion cannot be undone when the task cannot be made again', async () => {
    sim = await webworkTarget();
    const s = await syncedCore(sim);
    t = s.t;
    const task = s.tasks[0]!;
    await t.call('tasks:delete', { key: task.key });
    await t.call('accounts:remove', { id: s.accountId });
    const report = await t.call('undo:run', {
      changes: [{ kind: 'task.delete', key: task.key, accountId: s.accountId, task: snapshot(task) }],
    });
    expect(report.outcomes[0]).toMatchObject({ how: 'impossible', message: expect.stringContaining('cannot be brought back') });
  });
});

describe('undo of "mark all read" (undo:run)', () => {
  it('puts the news back here only and says Workity keeps it read; the counts follow', async () => {
    workity = await startWorkitySimulator({ tasksPerProject: 4 });
    t = openTestCore();
    const counts: number[] = [];
    t.core.events.on('counts:changed', (c) => counts.push(c.news));
    const account = await t.call('accounts:add', {
      provider: 'workity',
      label: 'News',
      baseUrl: workity.url,
      secret: workity.users.lenny.password,
      email: workity.users.lenny.email,
    });
    await t.call('sync:run', { accountId: account.id });
    const items = await t.call('news:list', { accountId: account.id });
    expect(items.length).toBeGreaterThan(0);
    await t.call('news:reset', { accountId: account.id });
    await vi.waitFor(() => expect(counts.at(-1)).toBe(0));
    const report = await t.call('undo:run', { changes: [{ kind: 'news.read', accountId: account.id, items }] });
    expect(report.outcomes[0]).toMatchObject({
      how: 'local',
      message: expect.stringContaining('Workity has no way to mark it unread'),
    });
    expect(await t.call('news:list', { accountId: account.id })).toHaveLength(items.length);
    await vi.waitFor(() => expect(counts.at(-1)).toBe(items.length));
  });
});
