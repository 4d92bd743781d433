import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJson, type JsonRun } from '../../helpers/cli.js';
import { startWorksnapsSimulator, type WorksnapsSimulator } from '../../simulators/worksnaps/index.js';

let sim: WorksnapsSimulator;
let dataDir: string;

const cli = (args: string[], stdin = ''): Promise<JsonRun> => runJson(dataDir, args, stdin);

beforeAll(async () => {
  sim = await startWorksnapsSimulator();
  dataDir = mkdtempSync(join(tmpdir(), 'worktray-worksnaps-'));
});
afterAll(async () => {
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const visibleProjects = () => [...sim.state.projects.values()].filter((p) => p.name !== "Carol's Research");
const aliceTime = () => [...sim.state.timeEntries.values()].filter((e) => e.user_id === sim.users.alice.id);

describe('worktray CLI against the Worksnaps simulator', () => {
  let accountId = '';
  let addedKey = '';
  const mobile = () => String(sim.projects['Mobile App']!.id);

  it('accounts add checks the token, saves nothing when it is wrong, and never prints it', async () => {
    const wrong = 'badbadbadbadbadbadbadbadbadbadbadbadbad0';
    const bad = await cli(['accounts', 'add', 'worksnaps', '--label', 'Bad', '--base-url', sim.url], wrong);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('"code":"auth"');
    expect(bad.stderr).toContain('10001');
    expect(bad.stderr + bad.stdout).not.toContain(wrong);
    const good = await cli(['accounts', 'add', 'worksnaps', '--label', 'Studio', '--base-url', sim.url], sim.tokens.alice);
    expect(good.code).toBe(0);
    accountId = (good.json as { id: string }).id;
    const list = await cli(['accounts', 'list']);
    expect(list.json).toEqual([{ id: accountId, provider: 'worksnaps', label: 'Studio', baseUrl: sim.url }]);
    expect(list.stdout + good.stdout + good.stderr).not.toContain(sim.tokens.alice);
  });

  it('sync pulls projects, tasks and my time of the last 30 days', async () => {
    const run = await cli(['sync']);
    expect(run.code).toBe(0);
    const report = run.json as { accounts: { pulled: { projects: number; tasks: number; time: number }; error: unknown }[] };
    const tasks = [...sim.state.tasks.values()].filter((t) => visibleProjects().some((p) => p.id === t.project_id));
    expect(report.accounts[0]).toMatchObject({
      pulled: { projects: 4, tasks: tasks.length, time: aliceTime().length },
      error: null,
    });
  });

  it('projects and tasks --json list what was pulled, every task open', async () => {
    const projects = (await cli(['projects'])).json as { remoteId: string; name: string }[];
    expect(projects.map((p) => p.name).sort()).toEqual(
      visibleProjects()
        .map((p) => p.name)
        .sort(),
    );
    const run = await cli(['tasks', '--status', 'all', '--project', mobile()]);
    const tasks = run.json as { remoteId: string; status: string; title: string; provider: string }[];
    expect(tasks).toHaveLength([...sim.state.tasks.values()].filter((t) => String(t.project_id) === mobile()).length);
    expect(tasks.every((t) => t.status === 'open' && t.provider === 'worksnaps')).toBe(true);
  });

  it('add sends a task to the server', async () => {
    const run = await cli([
      'add',
      'Prepare App Store screenshots',
      '--account',
      accountId,
      '--project',
      mobile(),
      '--details',
      'All sizes',
    ]);
    expect(run.code).toBe(0);
    const result = run.json as { key: string; state: string; remoteId: string };
    expect(result.state).toBe('sent');
    addedKey = result.key;
    const stored = [...sim.state.tasks.values()].filter((t) => t.name === 'Prepare App Store screenshots');
    expect(stored.map((t) => [String(t.id), t.description])).toEqual([[result.remoteId, 'All sizes']]);
  });

  it('edit renames and describes it on the server', async () => {
    const run = await cli(['edit', addedKey, '--title', 'App Store screenshots', '--details', 'iPhone and iPad']);
    expect(run.json).toMatchObject({ state: 'sent' });
    const task = sim.state.tasks.get(Number(addedKey.split(':').pop()));
    expect(task).toMatchObject({ name: 'App Store screenshots', description: 'iPhone and iPad' });
  });

  it('done is refused with the reason: Worksnaps tasks have no finished flag', async () => {
    const run = await cli(['done', addedKey]);
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/no finished flag/);
  });

  it('time --json lists my pulled entries', async () => {
    const run = await cli(['time', '--account', accountId]);
    const entries = run.json as { accountId: string; kind: string; minutes: number; start: string; end: string }[];
    expect(entries.length).toBe(aliceTime().length);
    expect(entries.every((e) => e.kind === 'time' && e.minutes >= 10 && e.accountId === accountId)).toBe(true);
    expect(entries.every((e) => Date.parse(e.end) - Date.parse(e.start) === e.minutes * 60_000)).toBe(true);
  });
});
