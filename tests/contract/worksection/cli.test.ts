import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJson, type JsonRun } from '../../helpers/cli.js';
import { startWorksectionSimulator, type WorksectionSimulator } from '../../simulators/worksection/index.js';

let legacy: WorksectionSimulator;
let newer: WorksectionSimulator;
let dataDir: string;

const cli = (args: string[], stdin = ''): Promise<JsonRun> => runJson(dataDir, args, stdin);

beforeAll(async () => {
  legacy = await startWorksectionSimulator({ hashMode: 'legacy', tasksPerProject: 20 });
  newer = await startWorksectionSimulator({ hashMode: 'query', tasksPerProject: 5 });
  dataDir = mkdtempSync(join(tmpdir(), 'worktray-worksection-'));
});
afterAll(async () => {
  await legacy.close();
  await newer.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('worktray CLI against the Worksection simulator', () => {
  let accountId = '';
  let addedKey = '';
  const project = (): string => legacy.state.projects[0]!.id;

  it('accounts add refuses a wrong API key in words and saves nothing, then adds with the right one', async () => {
    const bad = await cli(['accounts', 'add', 'worksection', '--label', 'Bad', '--base-url', legacy.url], 'not-the-key-1234');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('"code":"auth"');
    expect(bad.stderr).not.toContain('not-the-key-1234');
    const good = await cli(['accounts', 'add', 'worksection', '--label', 'Acme', '--base-url', legacy.url], legacy.apiKey);
    expect(good.code).toBe(0);
    accountId = (good.json as { id: string }).id;
    expect((await cli(['accounts', 'list'])).json).toEqual([
      { id: accountId, provider: 'worksection', label: 'Acme', baseUrl: legacy.url },
    ]);
  });

  it('sync pulls projects, tasks with subtasks and costs', async () => {
    const run = await cli(['sync', '--account', accountId]);
    expect(run.code).toBe(0);
    const report = run.json as { accounts: { pulled: { projects: number; tasks: number; time: number }; error: unknown }[] };
    expect(report.accounts[0]).toMatchObject({
      pulled: { projects: 5, tasks: legacy.state.tasks.length, time: legacy.state.costs.length },
      error: null,
    });
  });

  it('add sends a task with post_task', async () => {
    const run = await cli([
      'add',
      'Quarterly report',
      '--account',
      accountId,
      '--project',
      project(),
      '--due',
      '2030-04-01',
      '--details',
      'Numbers for Q1',
    ]);
    expect(run.code).toBe(0);
    const result = run.json as { key: string; state: string; remoteId: string };
    expect(result.state).toBe('sent');
    addedKey = result.key;
    const stored = legacy.state.tasks.filter((t) => t.name === 'Quarterly report');
    expect(stored.map((t) => [t.id, t.dateEnd, t.text, t.status])).toEqual([
      [result.remoteId, '2030-04-01', 'Numbers for Q1', 'active'],
    ]);
  });

  it('done closes it with complete_task and reopen opens it again', async () => {
    expect((await cli(['done', addedKey])).json).toMatchObject({ state: 'sent' });
    expect(legacy.state.tasks.find((t) => t.name === 'Quarterly report')?.status).toBe('done');
    expect((await cli(['reopen', addedKey])).json).toMatchObject({ state: 'sent' });
    expect(legacy.state.tasks.find((t) => t.name === 'Quarterly report')?.status).toBe('active');
  });

  it('time --json lists the pulled costs', async () => {
    const entries = (await cli(['time', '--account', accountId])).json as { accountId: string; kind: string; note: string }[];
    expect(entries).toHaveLength(legacy.state.costs.length);
    expect(entries.every((e) => e.kind === 'cost' && e.accountId === accountId)).toBe(true);
    expect(entries.map((e) => e.note)).toContain('Hosting invoice');
  });

  it('timers shows the running timer and timers stop stops it on the server', async () => {
    const timers = (await cli(['timers', '--account', accountId])).json as {
      remoteId: string;
      userName: string;
      title: string;
    }[];
    const running = legacy.state.timers[0]!;
    expect(timers).toEqual([
      expect.objectContaining({ remoteId: running.id, userName: 'Marko Petrenko', title: 'Review landing page' }),
    ]);
    const stop = await cli(['timers', 'stop', running.id]);
    expect(stop.code).toBe(0);
    expect(legacy.state.timers).toHaveLength(0);
  });

  it('an account on a server that wants the newer hash form is detected at add, and test and sync then work', async () => {
    const added = await cli(['accounts', 'add', 'worksection', '--label', 'Newer', '--base-url', newer.url], newer.apiKey);
    expect(added.code).toBe(0);
    const id = (added.json as { id: string }).id;
    expect((await cli(['accounts', 'test', id])).code).toBe(0);
    const before = newer.requests();
    const sync = await cli(['sync', '--account', id]);
    expect(sync.json).toMatchObject({ accounts: [{ pulled: { projects: 5, tasks: newer.state.tasks.length }, error: null }] });
    // One request per project plus projects x2, get_users (members), costs and timers: no refused first tries.
    expect(newer.requests() - before).toBe(5 + 2 + 1 + 2);
  });
});
