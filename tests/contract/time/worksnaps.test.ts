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
  sim = await startWorksnapsSimulator({ tasksPerProject: 5 });
  dataDir = mkdtempSync(join(tmpdir(), 'worktray-time-worksnaps-'));
});
afterAll(async () => {
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const START = '2025-03-03T09:00:00Z';
const unix = (iso: string) => Date.parse(iso) / 1000;
/** Alice's offline entries as the server keeps them. */
const offline = () =>
  [...sim.state.timeEntries.values()]
    // Seeded offline time is recent; the bookings here are in March 2025.
    .filter((e) => e.user_id === sim.users.alice.id && e.type === 'offline' && e.from_timestamp < unix('2025-04-01T00:00:00Z'))
    .map((e) => ({ id: String(e.id), from: e.from_timestamp, minutes: e.duration_in_minutes, comment: e.user_comment }));

describe('booking offline time on Worksnaps from the CLI', () => {
  let accountId = '';
  let key = '';
  const mobile = () => String(sim.projects['Mobile App']!.id);
  const log = (start: string, minutes: string, note: string) =>
    cli(['time', 'log', '--account', accountId, '--project', mobile(), '--start', start, '--minutes', minutes, '--note', note]);

  it('time log books offline time once, with the start, minutes and comment given', async () => {
    const added = await cli(['accounts', 'add', 'worksnaps', '--label', 'Studio', '--base-url', sim.url], sim.tokens.alice);
    expect(added.code, added.stderr).toBe(0);
    accountId = (added.json as { id: string }).id;
    const run = await log(START, '40', 'Sketches');
    expect(run.code, run.stderr).toBe(0);
    const result = run.json as { key: string; state: string; remoteId: string };
    expect(result).toMatchObject({ state: 'sent', error: null });
    key = result.key;
    expect(offline()).toEqual([{ id: result.remoteId, from: unix(START), minutes: 40, comment: 'Sketches' }]);
  });

  it('off the 10-minute steps is refused before anything is sent, naming the field', async () => {
    const before = sim.state.timeEntries.size;
    const start = await log('2025-03-03T11:05:00Z', '10', 'Off step');
    expect(start.code).toBe(1);
    expect(start.stderr).toContain('"field":"start"');
    expect(start.stderr).toContain('10-minute');
    const minutes = await log('2025-03-03T11:00:00Z', '15', 'Odd length');
    expect(minutes.code).toBe(1);
    expect(minutes.stderr).toContain('"field":"minutes"');
    expect(sim.state.timeEntries.size).toBe(before);
    expect((await cli(['outbox'])).json).toEqual([]);
  });

  it('time edit changes the comment on the server; a new length is refused as unsupported', async () => {
    const run = await cli(['time', 'edit', key, '--note', 'Sketches, round two']);
    expect(run.json, run.stderr).toMatchObject({ state: 'sent', key });
    expect(offline()).toEqual([expect.objectContaining({ minutes: 40, comment: 'Sketches, round two' })]);
    const longer = await cli(['time', 'edit', key, '--minutes', '60']);
    expect(longer.code).toBe(1);
    expect(longer.stderr).toContain('"code":"unsupported"');
    expect(longer.stderr).toContain('"field":"minutes"');
    expect(offline()).toEqual([expect.objectContaining({ minutes: 40 })]);
  });

  it('time delete removes it from the server and the cache', async () => {
    const run = await cli(['time', 'delete', key]);
    expect(run.json, run.stderr).toMatchObject({ state: 'sent' });
    expect(offline()).toEqual([]);
    const cached = (await cli(['time', '--account', accountId, '--from', '2025-03-03', '--to', '2025-03-03'])).json;
    expect(cached).toEqual([]);
  });

  it('timers start is unsupported, with the reason', async () => {
    const run = await cli(['timers', 'start', '--account', accountId]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"code":"unsupported"');
    expect(run.stderr).toContain('desktop client');
  });

  it('offline, a booking is queued; push lands it exactly once', async () => {
    sim.faults.dropNext = 1_000;
    const run = await log('2025-03-04T10:00:00Z', '30', 'Queued');
    expect(run.code, run.stderr).toBe(0);
    expect(run.json).toMatchObject({ state: 'queued', remoteId: null });
    expect(offline()).toEqual([]);
    sim.faults.dropNext = 0;
    const push = await cli(['push']);
    expect(push.json, push.stderr).toEqual({ accounts: [expect.objectContaining({ id: accountId, pushed: 1, error: null })] });
    expect(offline()).toEqual([expect.objectContaining({ from: unix('2025-03-04T10:00:00Z'), minutes: 30, comment: 'Queued' })]);
  });

  it('a booking whose reply was lost is looked up, not booked twice', async () => {
    sim.faults.dropAfterCommitOn = /^POST .*\/time_entries\.xml$/;
    sim.faults.dropAfterCommitNext = 1;
    const run = await log('2025-03-05T10:00:00Z', '20', 'Lost reply');
    sim.faults.dropAfterCommitOn = null;
    expect(run.code, run.stderr).toBe(0);
    expect(sim.faults.dropAfterCommitNext).toBe(0);
    if ((run.json as { state: string }).state === 'queued') {
      const push = await cli(['push']);
      expect(push.json, push.stderr).toEqual({ accounts: [expect.objectContaining({ pushed: 1, error: null })] });
    }
    expect(offline().filter((e) => e.comment === 'Lost reply')).toHaveLength(1);
    expect((await cli(['outbox'])).json).toEqual([]);
  });
});
