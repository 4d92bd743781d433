import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJson, type JsonRun } from '../../helpers/cli.js';
import { startWorksectionSimulator, type WorksectionSimulator } from '../../simulators/worksection/index.js';

let sim: WorksectionSimulator;
let dataDir: string;

const cli = (args: string[], stdin = ''): Promise<JsonRun> => runJson(dataDir, args, stdin);

beforeAll(async () => {
  sim = await startWorksectionSimulator({ hashMode: 'query', tasksPerProject: 3 });
  dataDir = mkdtempSync(join(tmpdir(), 'worktray-time-worksection-'));
});
afterAll(async () => {
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Costs as the server keeps them, by a comment these tests chose. */
const costs = (comment: string) =>
  sim.state.costs
    .filter((c) => c.comment === comment)
    .map((c) => ({ id: c.id, task: c.taskId, minutes: c.minutes, date: c.date }));

describe('booking time as Worksection costs from the CLI', () => {
  let accountId = '';
  let key = '';
  const project = () => sim.state.projects[0]!.id;
  const task = () => sim.state.tasks.find((t) => t.projectId === project() && !t.parentId)!.id;
  const log = (start: string, minutes: string, note: string, withTask = true) =>
    cli([
      'time',
      'log',
      '--account',
      accountId,
      '--project',
      project(),
      ...(withTask ? ['--task', task()] : []),
      '--start',
      start,
      '--minutes',
      minutes,
      '--note',
      note,
    ]);

  it('time log books a cost on the task once, with the day, time and comment given', async () => {
    const added = await cli(['accounts', 'add', 'worksection', '--label', 'Acme', '--base-url', sim.url], sim.apiKey);
    expect(added.code, added.stderr).toBe(0);
    accountId = (added.json as { id: string }).id;
    const run = await log('2025-03-03T09:00', '90', 'Estimate call');
    expect(run.code, run.stderr).toBe(0);
    const result = run.json as { key: string; state: string; remoteId: string };
    expect(result).toMatchObject({ state: 'sent', error: null });
    key = result.key;
    expect(costs('Estimate call')).toEqual([{ id: result.remoteId, task: task(), minutes: 90, date: '2025-03-03' }]);
  });

  it('without a task it is refused before anything is sent, naming the field', async () => {
    const before = sim.state.costs.length;
    const run = await log('2025-03-03T09:00', '30', 'No task', false);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"field":"task"');
    expect(sim.state.costs.length).toBe(before);
  });

  it('time edit changes the time and comment of the cost on the server', async () => {
    const run = await cli(['time', 'edit', key, '--minutes', '45', '--note', 'Estimate call (short)']);
    expect(run.json, run.stderr).toMatchObject({ state: 'sent', key });
    expect(costs('Estimate call')).toEqual([]);
    expect(costs('Estimate call (short)')).toEqual([expect.objectContaining({ minutes: 45, date: '2025-03-03' })]);
  });

  it('time delete removes the cost from the server', async () => {
    const run = await cli(['time', 'delete', key]);
    expect(run.json, run.stderr).toMatchObject({ state: 'sent' });
    expect(costs('Estimate call (short)')).toEqual([]);
  });

  it('timers start is unsupported, with the reason', async () => {
    const run = await cli(['timers', 'start', '--account', accountId]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"code":"unsupported"');
    expect(run.stderr).toContain('not start them');
  });

  it('offline, a booking is queued; push lands it exactly once', async () => {
    sim.faults.dropNext = 1_000;
    const run = await log('2025-03-04T10:00', '30', 'Queued cost');
    expect(run.code, run.stderr).toBe(0);
    expect(run.json).toMatchObject({ state: 'queued', remoteId: null });
    expect(costs('Queued cost')).toEqual([]);
    sim.faults.dropNext = 0;
    const push = await cli(['push']);
    expect(push.json, push.stderr).toEqual({ accounts: [expect.objectContaining({ id: accountId, pushed: 1, error: null })] });
    expect(costs('Queued cost')).toEqual([expect.objectContaining({ minutes: 30, date: '2025-03-04' })]);
  });

  it('a booking and its edit queued offline land as one edited cost; a discarded booking leaves the cache', async () => {
    sim.faults.dropNext = 1_000;
    const logged = await log('2025-03-06T10:00', '30', 'Draft cost');
    const { key: localKey } = logged.json as { key: string };
    expect(localKey).toContain(':local-');
    const edited = await cli(['time', 'edit', localKey, '--minutes', '50', '--note', 'Final cost']);
    expect(edited.json, edited.stderr).toMatchObject({ state: 'queued', key: localKey });
    const dropped = await log('2025-03-07T10:00', '10', 'Dropped cost');
    const outbox = (await cli(['outbox'])).json as { id: number; op: string; key: string }[];
    expect(outbox.map((e) => e.op)).toEqual(['time.create', 'time.update', 'time.create']);
    await cli(['outbox', 'discard', String(outbox[2]!.id)]);
    const droppedKey = (dropped.json as { key: string }).key;
    const day = (d: string) => cli(['time', '--account', accountId, '--from', d, '--to', d]);
    expect((await day('2025-03-07')).json).toEqual([]);
    sim.faults.dropNext = 0;
    const push = await cli(['push']);
    expect(push.json, push.stderr).toEqual({ accounts: [expect.objectContaining({ pushed: 2, failed: 0, error: null })] });
    expect(costs('Draft cost')).toEqual([]);
    expect(costs('Final cost')).toEqual([expect.objectContaining({ minutes: 50, date: '2025-03-06' })]);
    expect(costs('Dropped cost')).toEqual([]);
    const cached = (await day('2025-03-06')).json as { key: string; minutes: number; note: string }[];
    expect(cached).toEqual([
      expect.objectContaining({
        key: `worksection:${accountId}:cost:${costs('Final cost')[0]!.id}`,
        minutes: 50,
        note: 'Final cost',
      }),
    ]);
    expect(droppedKey).not.toBe(cached[0]!.key);
  });

  it('a cost whose reply was lost is looked up, not booked twice', async () => {
    sim.faults.dropAfterCommitOn = /add_costs$/;
    sim.faults.dropAfterCommitNext = 1;
    const run = await log('2025-03-05T10:00', '20', 'Lost reply');
    sim.faults.dropAfterCommitOn = null;
    expect(run.code, run.stderr).toBe(0);
    expect(sim.faults.dropAfterCommitNext).toBe(0);
    if ((run.json as { state: string }).state === 'queued') {
      const push = await cli(['push']);
      expect(push.json, push.stderr).toEqual({ accounts: [expect.objectContaining({ pushed: 1, error: null })] });
    }
    expect(costs('Lost reply')).toHaveLength(1);
    expect((await cli(['outbox'])).json).toEqual([]);
  });
});
