import { afterEach, describe, expect, it } from 'vitest';
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
 * counts:changed is how every window and the tray learn a count. Each check reads the
 * newest event the moment the acting call returns: the core sends the counts before
 * its answer, so no wait (and no debounce) stands between a change and its number.
 */
describe('counts:changed follows every write before the call that made it answers', () => {
  it('a completed task leaves the open counts at once, and the queued change shows in the outbox count', async () => {
    sim = await webworkTarget();
    const s = await syncedCore(sim, true);
    t = s.t;
    const before = await t.call('tasks:counts', {});
    const task = s.tasks[0]!;
    await t.call('tasks:edit', { key: task.key, patch: { status: 'done' } });
    const now = s.counts.at(-1);
    expect(now?.views.all).toBe(before.views.all - 1);
    expect(now?.accounts[s.accountId]).toBe((before.accounts[s.accountId] ?? 0) - 1);
    expect(now?.outbox).toEqual({ queued: 1, failed: 0 });
    expect(now).toEqual(await t.call('tasks:counts', {}));
  });

  it('the outbox count drops to 0 as the push that drains it returns', async () => {
    sim = await webworkTarget();
    const s = await syncedCore(sim, true);
    t = s.t;
    for (const task of s.tasks.slice(0, 2)) await t.call('tasks:edit', { key: task.key, patch: { title: `${task.title}!` } });
    expect(s.counts.at(-1)?.outbox.queued).toBe(2);
    await t.call('outbox:push', {});
    expect(s.counts.at(-1)?.outbox).toEqual({ queued: 0, failed: 0 });
  });

  it('a conflict counts when found and stops counting as the call that settles it returns', async () => {
    sim = await webworkTarget();
    const s = await syncedCore(sim, true);
    t = s.t;
    const task = s.tasks[0]!;
    await t.call('tasks:edit', { key: task.key, patch: { title: 'Mine' } });
    sim.serverEdit(remoteIdOf(task), { title: 'Theirs' });
    await t.call('outbox:push', {});
    expect(s.counts.at(-1)?.conflicts).toBe(1);
    const [conflict] = await t.call('conflicts:list', {});
    await t.call('conflicts:resolve', { id: conflict!.id, keep: 'mine' });
    expect(s.counts.at(-1)?.conflicts).toBe(0);
  });

  it('one write is counted once, not once per event it raises', async () => {
    sim = await webworkTarget();
    const s = await syncedCore(sim, true);
    t = s.t;
    const seen = s.counts.length;
    await t.call('tasks:edit', { key: s.tasks[0]!.key, patch: { title: 'Counted once' } });
    expect(s.counts.length - seen).toBe(1);
  });
});
