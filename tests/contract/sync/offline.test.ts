import { afterEach, describe, expect, it } from 'vitest';
import { startWebworkSimulator, type WebworkSimulator } from '../../simulators/webwork/index.js';
import { openTestCore, type TestCore } from './support/core.js';
import { journalWebwork } from './support/journals.js';
import { worksectionTarget, type SimTarget } from './support/targets.js';

let t: TestCore | null = null;
let webwork: WebworkSimulator | null = null;
let worksection: SimTarget | null = null;
afterEach(async () => {
  await t?.close();
  t?.remove();
  await webwork?.close();
  await worksection?.close();
  t = null;
  webwork = null;
  worksection = null;
});

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe('offline detection and the background probe', () => {
  it('marks only the unreachable account offline, queues its change, and pushes it once by itself when it answers again', async () => {
    webwork = await startWebworkSimulator({ tasksPerProject: 4, bigProjectTasks: 4, rateLimitPerMinute: 1_000_000 });
    worksection = await worksectionTarget();
    t = openTestCore({
      background: true,
      backgroundTimings: { tickMs: 100, probeMinMs: 50, probeMaxMs: 400, syncEveryMs: 3_600_000 },
    });
    const ww = await t.call('accounts:add', {
      provider: 'webwork',
      label: 'WW',
      baseUrl: webwork.url,
      secret: webwork.tokens.owner,
    });
    const ws = await t.call('accounts:add', {
      provider: 'worksection',
      label: 'WS',
      baseUrl: worksection.url,
      secret: worksection.secret,
    });
    expect((await t.call('sync:run', {})).accounts.map((a) => a.error)).toEqual([null, null]);
    const project = (await t.call('projects:list', { accountId: ww.id }))[0];

    const port = Number(new URL(webwork.origin).port);
    await webwork.close();
    webwork = null;
    const reports = (await t.call('sync:run', {})).accounts;
    expect(reports.find((r) => r.id === ww.id)?.error?.code).toBe('offline');
    expect(reports.find((r) => r.id === ws.id)?.error).toBeNull();
    const status = await t.call('sync:status', {});
    expect(status.find((s) => s.accountId === ww.id)?.online).toBe(false);
    expect(status.find((s) => s.accountId === ws.id)?.online).toBe(true);

    const added = await t.call('tasks:add', {
      accountId: ww.id,
      projectRemoteId: project?.remoteId as string,
      title: 'Written while offline',
    });
    expect(added.state).toBe('queued');
    expect(await t.call('outbox:list', {})).toEqual([
      expect.objectContaining({ accountId: ww.id, op: 'task.create', state: 'queued' }),
    ]);

    webwork = await startWebworkSimulator({ port, tasksPerProject: 4, bigProjectTasks: 4, rateLimitPerMinute: 1_000_000 });
    const journal = journalWebwork(webwork);
    const core = t;
    expect(await until(async () => (await core.call('outbox:list', {})).length === 0, 30_000)).toBe(true);
    expect(journal.filter((w) => w.what === 'create')).toEqual([expect.objectContaining({ value: 'Written while offline' })]);
    expect(webwork.state.tasks.filter((task) => task.title === 'Written while offline')).toHaveLength(1);
    expect(await until(async () => (await core.call('sync:status', {})).every((s) => s.online), 10_000)).toBe(true);
    const sent = await t.call('tasks:list', { accountId: ww.id, search: 'Written while offline', status: 'all' });
    expect(sent.tasks).toEqual([expect.objectContaining({ pending: false, remoteId: String(journal[0]?.id) })]);
  }, 90_000);
});
