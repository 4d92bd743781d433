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
  dataDir = mkdtempSync(join(tmpdir(), 'worktray-time-webwork-'));
});
afterAll(async () => {
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Manual entries of the token's user (id 1) on a day: what the server itself keeps. */
const booked = (date: string) =>
  sim.state.timeEntries
    .filter((e) => e.user_id === 1 && e.date === date && e.source === 'manual')
    .map((e) => ({ id: String(e.id), task: e.task_id, start: e.start_time, end: e.end_time, notes: e.notes }));

// A day long before the seeded entries, so nothing overlaps; a bare local time is the user's wall clock,
// which is what WebWork's date and HH:MM carry.
const DAY = '2025-03-03';

describe('booking time on WebWork Tracker from the CLI', () => {
  let accountId = '';

  it('time log books a manual entry once, with the start, length and note given', async () => {
    const added = await cli(['accounts', 'add', 'webwork', '--label', 'Acme', '--base-url', sim.url], sim.tokens.owner);
    expect(added.code, added.stderr).toBe(0);
    accountId = (added.json as { id: string }).id;
    const run = await cli([
      'time',
      'log',
      '--account',
      accountId,
      '--project',
      '100',
      '--start',
      `${DAY}T09:00`,
      '--minutes',
      '45',
      '--note',
      'Design review',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const result = run.json as { key: string; state: string; remoteId: string; error: unknown };
    expect(result).toMatchObject({ state: 'sent', error: null });
    expect(booked(DAY)).toEqual([{ id: result.remoteId, task: null, start: '09:00', end: '09:45', notes: 'Design review' }]);
    const cached = (await cli(['time', '--account', accountId, '--from', DAY, '--to', DAY])).json as {
      key: string;
      minutes: number;
    }[];
    expect(cached).toEqual([expect.objectContaining({ key: result.key, minutes: 45, note: 'Design review' })]);
  });

  it('--end books up to that time', async () => {
    const run = await cli([
      'time',
      'log',
      '--account',
      accountId,
      '--project',
      '100',
      '--start',
      `${DAY}T13:00`,
      '--end',
      `${DAY}T14:30`,
    ]);
    expect(run.json, run.stderr).toMatchObject({ state: 'sent' });
    expect(booked(DAY).map((e) => [e.start, e.end])).toEqual([
      ['09:00', '09:45'],
      ['13:00', '14:30'],
    ]);
  });

  it('an end before the start is refused naming the field, and nothing is sent', async () => {
    const before = sim.state.timeEntries.length;
    const run = await cli([
      'time',
      'log',
      '--account',
      accountId,
      '--project',
      '100',
      '--start',
      `${DAY}T16:00`,
      '--end',
      `${DAY}T15:00`,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"code":"validation"');
    expect(run.stderr).toContain('"field":"end"');
    expect(sim.state.timeEntries.length).toBe(before);
  });

  it('--end and --minutes together, or an unreadable start, are usage errors', async () => {
    const both = await cli([
      'time',
      'log',
      '--account',
      accountId,
      '--project',
      '100',
      '--start',
      `${DAY}T16:00`,
      '--end',
      `${DAY}T17:00`,
      '--minutes',
      '10',
    ]);
    expect(both.code).toBe(2);
    const bad = await cli(['time', 'log', '--account', accountId, '--project', '100', '--start', 'soonish', '--minutes', '10']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('start');
  });

  it('time edit and time delete are refused as unsupported with the reason', async () => {
    const [entry] = (await cli(['time', '--account', accountId, '--from', DAY, '--to', DAY])).json as { key: string }[];
    const edit = await cli(['time', 'edit', entry!.key, '--note', 'changed']);
    expect(edit.code).toBe(1);
    expect(edit.stderr).toContain('"code":"unsupported"');
    expect(edit.stderr).toContain('no call to change a time entry');
    const del = await cli(['time', 'delete', entry!.key]);
    expect(del.code).toBe(1);
    expect(del.stderr).toContain('"code":"unsupported"');
    expect(booked(DAY)).toHaveLength(2);
  });

  it('offline, a booking is queued; push lands it exactly once', async () => {
    sim.faults.dropNext = 1_000;
    const run = await cli([
      'time',
      'log',
      '--account',
      accountId,
      '--project',
      '100',
      '--start',
      `${DAY}T18:00`,
      '--minutes',
      '30',
      '--note',
      'Offline',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.json).toMatchObject({ state: 'queued', remoteId: null });
    expect(booked(DAY)).toHaveLength(2);
    sim.faults.dropNext = 0;
    const push = await cli(['push']);
    expect(push.json, push.stderr).toEqual({ accounts: [expect.objectContaining({ id: accountId, pushed: 1, error: null })] });
    expect(booked(DAY).filter((e) => e.notes === 'Offline')).toEqual([expect.objectContaining({ start: '18:00', end: '18:30' })]);
  });

  it('a booking whose reply was lost is looked up before booking again, and lands once', async () => {
    sim.faults.dropAfterCommitOn = /^POST \/api\/v2\/time-entries$/;
    sim.faults.dropAfterCommitNext = 1;
    const run = await cli([
      'time',
      'log',
      '--account',
      accountId,
      '--project',
      '100',
      '--start',
      `${DAY}T20:00`,
      '--minutes',
      '20',
      '--note',
      'Lost reply',
    ]);
    sim.faults.dropAfterCommitOn = null;
    expect(run.code, run.stderr).toBe(0);
    // The booking reached the server, its reply did not.
    expect(sim.faults.dropAfterCommitNext).toBe(0);
    if ((run.json as { state: string }).state === 'queued') {
      const push = await cli(['push']);
      expect(push.json, push.stderr).toEqual({ accounts: [expect.objectContaining({ pushed: 1, error: null })] });
    }
    expect(booked(DAY).filter((e) => e.notes === 'Lost reply')).toEqual([
      expect.objectContaining({ start: '20:00', end: '20:20' }),
    ]);
    expect((await cli(['outbox'])).json).toEqual([]);
    const cached = (await cli(['time', '--account', accountId, '--from', DAY, '--to', DAY])).json as { note: string }[];
    expect(cached.filter((e) => e.note === 'Lost reply')).toHaveLength(1);
  });

  it('timers start starts the tracker on the server', async () => {
    sim.state.trackers = [];
    const run = await cli(['timers', 'start', '--account', accountId, '--project', '100', '--note', 'Focus']);
    expect(run.code, run.stderr).toBe(0);
    const timer = run.json as { id: string; accountId: string; start: string };
    expect(timer).toEqual({ id: expect.any(String), accountId, start: expect.any(String) });
    expect(sim.state.trackers).toEqual([
      expect.objectContaining({ user_id: 1, activity_description: 'Focus', start_time: timer.start }),
    ]);
    const stop = await cli(['timers', 'stop', timer.id]);
    expect(stop.code, stop.stderr).toBe(0);
    expect(sim.state.trackers).toHaveLength(0);
  });
});
