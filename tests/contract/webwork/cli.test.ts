import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJson, type JsonRun } from '../../helpers/cli.js';
import { startWebworkSimulator, type WebworkSimulator } from '../../simulators/webwork/index.js';

let sim: WebworkSimulator;
let dataDir: string;

const cli = (args: string[], stdin = ''): Promise<JsonRun> => runJson(dataDir, args, stdin);

beforeAll(async () => {
  sim = await startWebworkSimulator();
  dataDir = mkdtempSync(join(tmpdir(), 'worktray-webwork-'));
});
afterAll(async () => {
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('worktray CLI against the WebWork simulator', () => {
  let accountId = '';
  let addedKey = '';

  it('accounts add verifies the token and saves nothing when it is wrong', async () => {
    const bad = await cli(['accounts', 'add', 'webwork', '--label', 'Bad', '--base-url', sim.url], 'wwpat-wrong-token-000');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('"code":"auth"');
    expect(bad.stderr).not.toContain('wwpat-wrong-token-000');
    const good = await cli(['accounts', 'add', 'webwork', '--label', 'Acme', '--base-url', sim.url], sim.tokens.owner);
    expect(good.code).toBe(0);
    accountId = (good.json as { id: string }).id;
    const list = await cli(['accounts', 'list']);
    expect(list.json).toEqual([{ id: accountId, provider: 'webwork', label: 'Acme', baseUrl: sim.url }]);
  });

  it('sync pulls every page of every project and the time', async () => {
    const run = await cli(['sync']);
    expect(run.code).toBe(0);
    const report = run.json as { accounts: { pulled: { projects: number; tasks: number; time: number }; error: unknown }[] };
    expect(report.accounts[0]).toMatchObject({ pulled: { projects: 3, tasks: 560 }, error: null });
    expect(report.accounts[0]?.pulled.time).toBe(sim.state.timeEntries.filter((e) => e.user_id === 1).length);
  });

  it('tasks --json lists the 260-task project whole', async () => {
    const run = await cli(['tasks', '--status', 'all', '--project', '100', '--limit', '1000']);
    const tasks = run.json as { remoteId: string; status: string }[];
    expect(tasks).toHaveLength(260);
    expect(new Set(tasks.map((t) => t.remoteId)).size).toBe(260);
    expect(new Set(tasks.map((t) => t.status))).toEqual(new Set(['open', 'doing', 'done']));
  });

  it('add sends a task to the server', async () => {
    const run = await cli(['add', 'Quarterly report', '--account', accountId, '--project', '100', '--due', '2030-04-01']);
    expect(run.code).toBe(0);
    const result = run.json as { key: string; state: string; remoteId: string };
    expect(result.state).toBe('sent');
    addedKey = result.key;
    const stored = sim.state.tasks.filter((t) => t.title === 'Quarterly report');
    expect(stored.map((t) => [String(t.id), t.end_date, t.status])).toEqual([[result.remoteId, '2030-04-01', 0]]);
  });

  it('done marks it done on the server', async () => {
    const run = await cli(['done', addedKey]);
    expect(run.json).toMatchObject({ state: 'sent' });
    expect(sim.state.tasks.find((t) => t.title === 'Quarterly report')?.status).toBe(20);
  });

  it('time --json lists the pulled entries', async () => {
    const run = await cli(['time', '--account', accountId]);
    const entries = run.json as { accountId: string; kind: string; minutes: number }[];
    expect(entries.length).toBe(sim.state.timeEntries.filter((e) => e.user_id === 1).length);
    expect(entries.every((e) => e.kind === 'time' && e.minutes > 0 && e.accountId === accountId)).toBe(true);
  });

  it('timers shows the running tracker and timers stop stops it', async () => {
    const timers = (await cli(['timers'])).json as { remoteId: string; userName: string }[];
    expect(timers).toEqual([expect.objectContaining({ remoteId: '1', userName: 'Olivia Hart' })]);
    const stop = await cli(['timers', 'stop', '1']);
    expect(stop.code).toBe(0);
    expect(sim.state.trackers).toHaveLength(0);
  });
});
