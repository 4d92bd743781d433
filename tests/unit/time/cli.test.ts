import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../../../shared/dates/index.js';
import { runJson, type JsonRun } from '../../helpers/cli.js';
import { startWebworkSimulator, type WebworkSimulator } from '../../simulators/webwork/index.js';

/* --due, --from and --to through the one parser: impossible dates are usage errors and write nothing. */
let sim: WebworkSimulator;
let dataDir: string;
let accountId = '';

const cli = (args: string[], stdin = ''): Promise<JsonRun> => runJson(dataDir, args, stdin);
const serverTitles = (): string[] => sim.state.tasks.map((t) => t.title);

beforeAll(async () => {
  sim = await startWebworkSimulator({ tasksPerProject: 3, bigProjectTasks: 3 });
  dataDir = mkdtempSync(join(tmpdir(), 'worktray-dates-'));
  const added = await cli(['accounts', 'add', 'webwork', '--label', 'Acme', '--base-url', sim.url], sim.tokens.owner);
  expect(added.code).toBe(0);
  accountId = (added.json as { id: string }).id;
});
afterAll(async () => {
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function cachedTitles(): Promise<string[]> {
  const run = await cli(['tasks', '--status', 'all', '--limit', '1000']);
  expect(run.code).toBe(0);
  return (run.json as { title: string }[]).map((t) => t.title);
}

describe('CLI date options', () => {
  it.each(['2026-02-30', '2026-13-45'])('add --due %s is a usage error naming --due, and nothing is written', async (due) => {
    const before = serverTitles().length;
    const run = await cli(['add', `Impossible ${due}`, '--account', accountId, '--project', '100', '--due', due]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--due');
    expect(run.stderr).toContain(`${due} is not a calendar date`);
    expect(run.stdout).toBe('');
    expect(serverTitles()).toHaveLength(before);
    expect(serverTitles()).not.toContain(`Impossible ${due}`);
    expect(await cachedTitles()).not.toContain(`Impossible ${due}`);
  });

  it('add --due tomorrow sends the user\u2019s tomorrow', async () => {
    const tomorrow = addDays(today(new Date()), 1);
    const run = await cli(['add', 'Water plants', '--account', accountId, '--project', '100', '--due', 'tomorrow']);
    expect(run.code).toBe(0);
    // Read back from the simulator: the server has the day (unless the day turned during the run).
    const stored = sim.state.tasks.find((t) => t.title === 'Water plants');
    expect([tomorrow, addDays(today(new Date()), 1)]).toContain(stored?.end_date);
  });

  it('edit --due with an impossible date changes nothing on the server', async () => {
    const run = await cli(['edit', 'webwork:x:task:1', '--due', '2026-02-30']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--due');
    expect(sim.state.tasks.find((t) => t.title === 'Water plants')?.end_date).not.toBe('2026-02-30');
  });

  it('time --from refuses an impossible date as a usage error', async () => {
    const run = await cli(['time', '--from', '2026-02-30']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--from');
  });
});
