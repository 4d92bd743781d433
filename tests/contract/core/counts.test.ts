import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TestCore } from '../sync/support/core.js';
import { webworkTarget, type SimTarget } from '../sync/support/targets.js';
import { remoteIdOf, syncedCore } from '../undo/support.js';

let t: TestCore | null = null;
let sim: SimTarget | null = null;
afterEach(async () => {
  await t?.close();
  t?.remove();
  await sim?.close();
  t = null;
  sim = null;
});

/*
 * counts:changed is how every window and the tray learn a count. The core pushes the counts once
 * its writes pause (a count reads every task, so it must not stand between a write and the calls
 * the write provokes); each check waits for the pushed numbers and compares them with a fresh
 * tasks:counts, so a count that never came, or came wrong, fails.
 */
describe('counts:changed follows every write', () => {
  it('a completed task leaves the open counts, and the queued change shows in the outbox count', async () => {
    sim = await webworkTarget();
    const s = await syncedCore(sim, true);
    t = s.t;
    const before = await t.call('tasks:counts', {});
    const task = s.tasks[0]!;
    await t.call('tasks:edit', { key: task.key, patch: { status: 'done' } });
    await vi.waitFor(() => expect(s.counts.at(-1)?.views.all).toBe(before.views.all - 1));
    const now = s.counts.at(-1);
    expect(now?.accounts[s.accountId]).toBe((before.accounts[s.accountId] ?? 0) - 1);
    expect(now?.outbox).toEqual({ queued: 1, failed: 0 });
    expect(now).toEqual(await t.call('tasks:counts', {}));
  });

  it('the outbox count drops to 0 after the push that drains it', async () => {
    sim = await webworkTarget();
    const s = await syncedCore(sim, true);
    t = s.t;
    for (const task of s.tasks.slice(0, 2)) await t.call('tasks:edit', { key: task.key, patch: { title: `${task.title}!` } });
    await vi.waitFor(() => expect(s.counts.at(-1)?.outbox.queued).toBe(2));
    await t.call('outbox:push', {});
    await vi.waitFor(() => expect(s.counts.at(-1)?.outbox).toEqual({ queued: 0, failed: 0 }));
  });

  it('a conflict counts when found and stops counting once settled', async () => {
    sim = await webworkTarget();
    const s = await syncedCore(sim, true);
    t = s.t;
    const task = s.tasks[0]!;
    await t.call('tasks:edit', { key: task.key, patch: { title: 'Mine' } });
    sim.serverEdit(remoteIdOf(task), { title: 'Theirs' });
    await t.call('outbox:push', {});
    await vi.waitFor(() => expect(s.counts.at(-1)?.conflicts).toBe(1));
    const [conflict] = await t.call('conflicts:list', {});
    await t.call('conflicts:resolve', { id: conflict!.id, keep: 'mine' });
    await vi.waitFor(() => expect(s.counts.at(-1)?.conflicts).toBe(0));
  });

  it('a burst of writes is counted once, after it, not once per event it raises', async () => {
    sim = await webworkTarget();
    const s = await syncedCore(sim, true);
    t = s.t;
    await vi.waitFor(() => expect(s.counts.length).toBeGreaterThan(0));
    const seen = s.counts.length;
    const edits = s.tasks.slice(0, 3).map((task) => ({ key: task.key, patch: { title: `${task.title} (counted once)` } }));
    await Promise.all(edits.map((edit) => t!.call('tasks:edit', edit)));
    await vi.waitFor(() => expect(s.counts.at(-1)?.outbox.queued).toBe(3));
    expect(s.counts.length - seen).toBe(1);
  });
});
