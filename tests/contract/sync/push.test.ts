import { afterEach, describe, expect, it } from 'vitest';
import type { Task } from '../../../shared/model.js';
import { startWebworkSimulator, type WebworkSimulator } from '../../simulators/webwork/index.js';
import { startWorksectionSimulator, type WorksectionSimulator } from '../../simulators/worksection/index.js';
import { openTestCore } from './support/core.js';
import { startTruncatingProxy, type TruncatingProxy } from './support/truncatingProxy.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

async function connect(provider: 'webwork' | 'worksection', baseUrl: string, secret: string) {
  const t = openTestCore({ deferPush: true });
  cleanups.push(
    () => t.close(),
    () => t.remove(),
  );
  const account = await t.call('accounts:add', { provider, label: 'Push', baseUrl, secret });
  expect((await t.call('sync:run', { accountId: account.id })).accounts[0]?.error).toBeNull();
  const tasks = (await t.call('tasks:list', { accountId: account.id, status: 'open', limit: 50 })).tasks;
  const task = tasks.find((x) => x.remoteId && !x.parentRemoteId) as Task;
  return { t, accountId: account.id, task };
}

async function webwork() {
  const sim = await startWebworkSimulator({ tasksPerProject: 4, bigProjectTasks: 4, rateLimitPerMinute: 1_000_000 });
  cleanups.push(() => sim.close());
  return { sim, ...(await connect('webwork', sim.url, sim.tokens.owner)) };
}

async function worksection() {
  const sim = await startWorksectionSimulator({ tasksPerProject: 4, quotaPerMinute: 0 });
  cleanups.push(() => sim.close());
  return { sim, ...(await connect('worksection', sim.url, sim.apiKey)) };
}

const webworkCalls = (sim: WebworkSimulator, from: number) =>
  sim
    .calls()
    .slice(from)
    .map((c) => c.method);
const worksectionCalls = (sim: WorksectionSimulator, from: number) => sim.state.handled.slice(from).map((h) => h.action);

describe('one read before a guarded write', () => {
  it('WebWork: an offline edit costs one GET, then the PUT', async () => {
    const { sim, t, accountId, task } = await webwork();
    await t.call('tasks:edit', { key: task.key, patch: { title: 'Edited offline' } });
    const from = sim.calls().length;
    expect((await t.call('outbox:push', { accountId })).accounts[0]).toMatchObject({ pushed: 1, conflicts: 0 });
    expect(webworkCalls(sim, from)).toEqual(['GET', 'PUT']);
    expect(sim.state.tasks.find((x) => String(x.id) === task.remoteId)?.title).toBe('Edited offline');
  });

  it('WebWork: an offline edit that met a server edit of the same field is a conflict, found with one GET and no write', async () => {
    const { sim, t, accountId, task } = await webwork();
    await t.call('tasks:edit', { key: task.key, patch: { title: 'Mine' } });
    const stored = sim.state.tasks.find((x) => String(x.id) === task.remoteId);
    if (!stored) throw new Error('no such task on the simulator');
    stored.title = 'Theirs';
    stored.updated_at = new Date(Date.now() + 1000).toISOString();
    const from = sim.calls().length;
    expect((await t.call('outbox:push', { accountId })).accounts[0]).toMatchObject({ pushed: 0, conflicts: 1 });
    expect(webworkCalls(sim, from)).toEqual(['GET']);
    expect(stored.title).toBe('Theirs');
    expect(await t.call('conflicts:list', {})).toEqual([
      expect.objectContaining({ kind: 'offline-edit', fields: { title: { base: task.title, mine: 'Mine', theirs: 'Theirs' } } }),
    ]);
  });

  it('Worksection: one get_task before update_task (and one read back, as its writes return nothing)', async () => {
    const { sim, t, accountId, task } = await worksection();
    await t.call('tasks:edit', { key: task.key, patch: { title: 'Edited offline' } });
    const from = sim.state.handled.length;
    expect((await t.call('outbox:push', { accountId })).accounts[0]).toMatchObject({ pushed: 1, conflicts: 0 });
    expect(worksectionCalls(sim, from)).toEqual(['get_task', 'update_task', 'get_task']);
    expect(sim.state.tasks.find((x) => x.id === task.remoteId)?.name).toBe('Edited offline');
  });

  it('Worksection: a same-field collision is found by the core with one get_task and nothing written', async () => {
    const { sim, t, accountId, task } = await worksection();
    await t.call('tasks:edit', { key: task.key, patch: { title: 'Mine' } });
    const stored = sim.state.tasks.find((x) => x.id === task.remoteId);
    if (!stored) throw new Error('no such task on the simulator');
    stored.name = 'Theirs';
    const from = sim.state.handled.length;
    expect((await t.call('outbox:push', { accountId })).accounts[0]).toMatchObject({ pushed: 0, conflicts: 1 });
    expect(worksectionCalls(sim, from)).toEqual(['get_task']);
    expect(stored.name).toBe('Theirs');
  });
});

describe('the outbox against a simulator', () => {
  it('never sends a damaged row: it is failed and listed, and the server hears nothing', async () => {
    const { sim, t, accountId, task } = await webwork();
    await t.call('tasks:edit', { key: task.key, patch: { title: 'Will be damaged' } });
    const db = (await import('better-sqlite3')).default(`${t.dataDir}/cache.db`);
    db.prepare('UPDATE outbox SET payload = \'{"patch": {"title": 42}}\'').run();
    db.close();
    const from = sim.calls().length;
    expect((await t.call('outbox:push', { accountId })).accounts[0]).toMatchObject({ pushed: 0, error: null });
    expect(sim.calls().slice(from)).toEqual([]);
    expect(await t.call('outbox:list', {})).toEqual([
      expect.objectContaining({
        op: 'task.update',
        state: 'failed',
        error: expect.objectContaining({ message: "This queued change is damaged and can't be sent; discard it" }),
      }),
    ]);
    expect(sim.state.tasks.find((x) => String(x.id) === task.remoteId)?.title).toBe(task.title);
  });

  it('a create whose reply came back truncated stays queued as "outcome unknown"; the next push finds it, and the server holds one', async () => {
    const sim = await startWebworkSimulator({ tasksPerProject: 4, bigProjectTasks: 4, rateLimitPerMinute: 1_000_000 });
    cleanups.push(() => sim.close());
    const proxy: TruncatingProxy = await startTruncatingProxy(sim.origin);
    cleanups.push(() => proxy.close());
    const { t, accountId, task } = await connect('webwork', `${proxy.origin}/api/v2`, sim.tokens.owner);
    const count = () => sim.state.tasks.filter((x) => x.title === 'Made once' && !x.deleted_at).length;

    await t.call('tasks:add', { accountId, projectRemoteId: task.projectRemoteId, title: 'Made once' });
    proxy.truncateNext('POST', /\/tasks(\?|$)/);
    const [first] = (await t.call('outbox:push', { accountId })).accounts;
    expect(first).toMatchObject({ pushed: 0, failed: 0, error: { code: 'protocol' } });
    expect(count()).toBe(1);
    expect(await t.call('outbox:list', {})).toEqual([
      expect.objectContaining({
        op: 'task.create',
        state: 'queued',
        error: expect.objectContaining({ message: 'Outcome unknown — will check before resending' }),
      }),
    ]);

    const [second] = (await t.call('outbox:push', { accountId })).accounts;
    expect(second).toMatchObject({ pushed: 1, failed: 0, error: null });
    expect(count()).toBe(1);
    expect(await t.call('outbox:list', {})).toEqual([]);
    const listed = (await t.call('tasks:list', { accountId, limit: 200 })).tasks.filter((x) => x.title === 'Made once');
    expect(listed).toEqual([expect.objectContaining({ pending: false, remoteId: expect.any(String) })]);
  });
});
