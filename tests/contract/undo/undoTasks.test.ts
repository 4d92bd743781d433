import { afterEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../sync/support/core.js';
import { webworkTarget, workityTarget, type SimTarget } from '../sync/support/targets.js';
import { remoteIdOf, syncedCore } from './support.js';

let t: TestCore | null = null;
let sim: SimTarget | null = null;
afterEach(async () => {
  await t?.close();
  t?.remove();
  await sim?.close();
  t = null;
  sim = null;
});

describe('undo of complete, reopen and edits (undo:run)', () => {
  it('cancels a completion still queued: nothing reaches the service and the task is open again here', async () => {
    sim = await webworkTarget();
    const s = await syncedCore(sim, true);
    t = s.t;
    const task = s.tasks[0]!;
    expect((await t.call('tasks:edit', { key: task.key, patch: { status: 'done' } })).state).toBe('queued');
    const report = await t.call('undo:run', {
      changes: [{ kind: 'task.edit', key: task.key, before: { status: 'open' }, after: { status: 'done' } }],
    });
    expect(report.outcomes).toEqual([expect.objectContaining({ how: 'cancelled', key: task.key })]);
    expect(await t.call('outbox:list', {})).toEqual([]);
    expect(await t.call('tasks:get', { key: task.key })).toMatchObject({ status: 'open', pending: false });
    await t.call('outbox:push', {});
    expect(sim.serverTask(remoteIdOf(task))).toMatchObject({ done: false });
  });

  it('reopens on the service a completion that was already sent', async () => {
    sim = await webworkTarget();
    const s = await syncedCore(sim);
    t = s.t;
    const task = s.tasks[0]!;
    expect((await t.call('tasks:edit', { key: task.key, patch: { status: 'done' } })).state).toBe('sent');
    expect(sim.serverTask(remoteIdOf(task))).toMatchObject({ done: true });
    const report = await t.call('undo:run', {
      changes: [{ kind: 'task.edit', key: task.key, before: { status: 'open' }, after: { status: 'done' } }],
    });
    expect(report.outcomes).toEqual([
      expect.objectContaining({ how: 'reverted', result: expect.objectContaining({ state: 'sent' }) }),
    ]);
    expect(sim.serverTask(remoteIdOf(task))).toMatchObject({ done: false });
  });

  it('undoing the newer of two queued edits keeps the older one and shows its values', async () => {
    sim = await webworkTarget();
    const s = await syncedCore(sim, true);
    t = s.t;
    const task = s.tasks[0]!;
    await t.call('tasks:edit', { key: task.key, patch: { title: 'First rename' } });
    await t.call('tasks:edit', { key: task.key, patch: { title: 'Second rename' } });
    const report = await t.call('undo:run', {
      changes: [{ kind: 'task.edit', key: task.key, before: { title: 'First rename' }, after: { title: 'Second rename' } }],
    });
    expect(report.outcomes[0]?.how).toBe('cancelled');
    expect((await t.call('outbox:list', {})).map((e) => e.op)).toEqual(['task.update']);
    expect(await t.call('tasks:get', { key: task.key })).toMatchObject({ title: 'First rename', pending: true });
    await t.call('outbox:push', {});
    expect(sim.serverTask(remoteIdOf(task))).toMatchObject({ title: 'First rename' });
  });

  it('sends the old title back once the rename reached the service', async () => {
    sim = await webworkTarget();
    const s = await syncedCore(sim);
    t = s.t;
    const task = s.tasks[0]!;
    await t.call('tasks:edit', { key: task.key, patch: { title: 'Renamed on purpose' } });
    expect(sim.serverTask(remoteIdOf(task))?.title).toBe('Renamed on purpose');
    const report = await t.call('undo:run', {
      changes: [{ kind: 'task.edit', key: task.key, before: { title: task.title }, after: { title: 'Renamed on purpose' } }],
    });
    expect(report.outcomes[0]?.how).toBe('reverted');
    expect(sim.serverTask(remoteIdOf(task))?.title).toBe(task.title);
  });

  it('undoes a batch (a bulk completion) as one call: every task is open again on the service', async () => {
    sim = await webworkTarget();
    const s = await syncedCore(sim);
    t = s.t;
    const batch = s.tasks.slice(0, 3);
    expect(batch).toHaveLength(3);
    for (const task of batch) await t.call('tasks:edit', { key: task.key, patch: { status: 'done' } });
    expect(batch.map((task) => sim?.serverTask(remoteIdOf(task))?.done)).toEqual([true, true, true]);
    const report = await t.call('undo:run', {
      changes: batch.map((task) => ({
        kind: 'task.edit' as const,
        key: task.key,
        before: { status: 'open' as const },
        after: { status: 'done' as const },
      })),
    });
    expect(report.outcomes.map((o) => o.how)).toEqual(['reverted', 'reverted', 'reverted']);
    expect(batch.map((task) => sim?.serverTask(remoteIdOf(task))?.done)).toEqual([false, false, false]);
  });

  it('says plainly when the task is gone and there is nothing to take back', async () => {
    sim = await webworkTarget();
    const s = await syncedCore(sim);
    t = s.t;
    const report = await t.call('undo:run', {
      changes: [{ kind: 'task.edit', key: 'webwork:nobody:task:404', before: { status: 'open' }, after: { status: 'done' } }],
    });
    expect(report.outcomes[0]).toMatchObject({ how: 'impossible', message: expect.stringContaining('no longer in Worktray') });
  });
});

describe('a batch across services (bulk actions)', () => {
  let other: SimTarget | null = null;
  afterEach(async () => {
    await other?.close();
    other = null;
  });

  it('undoes completions on WebWork and Workity in one call, each reopened on its own service', async () => {
    sim = await webworkTarget();
    other = await workityTarget();
    const s = await syncedCore(sim);
    t = s.t;
    const email = other.addArgs?.[1] as string;
    const workity = await t.call('accounts:add', {
      provider: 'workity',
      label: 'W',
      baseUrl: other.url,
      secret: other.secret,
      email,
    });
    await t.call('sync:run', { accountId: workity.id });
    const theirs = (await t.call('tasks:list', { accountId: workity.id, status: 'open', sort: 'title' })).tasks.slice(0, 2);
    const batch = [...s.tasks.slice(0, 3), ...theirs];
    expect(batch).toHaveLength(5);
    for (const task of batch) await t.call('tasks:edit', { key: task.key, patch: { status: 'done' } });
    const serverOf = (provider: string) => (provider === 'webwork' ? sim : other);
    const done = () => batch.map((task) => serverOf(task.provider)?.serverTask(remoteIdOf(task))?.done);
    expect(done()).toEqual([true, true, true, true, true]);
    const report = await t.call('undo:run', {
      changes: batch.map((task) => ({
        kind: 'task.edit' as const,
        key: task.key,
        before: { status: 'open' as const },
        after: { status: 'done' as const },
      })),
    });
    expect(report.outcomes.map((o) => o.how)).toEqual(['reverted', 'reverted', 'reverted', 'reverted', 'reverted']);
    expect(done()).toEqual([false, false, false, false, false]);
  });
});
