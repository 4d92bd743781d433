import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as time from '../../../main/core/providers/webwork/timeApi.js';
import { ymd } from '../../simulators/webwork/seed.js';
import { failure, lastDays, recordingSink, startHarness, type Harness } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ maxTimeDays: 1 });
});
afterEach(async () => h.sim.close());

const lastWeekday = (): string => {
  const seeded = h.sim.state.timeEntries
    .filter((e) => e.user_id === 1)
    .map((e) => e.date)
    .sort();
  return seeded[seeded.length - 1] ?? ymd(new Date());
};

describe('WebWork time entries', () => {
  it('lists one user and one day', async () => {
    const day = lastWeekday();
    const entries = await time.listTimeEntries(h.session.client, 1, 4, day);
    expect(entries.map((e) => e.start_time)).toEqual(['09:00', '13:00']);
    expect(entries.every((e) => e.user_id === 4 && e.date === day)).toBe(true);
  });

  it('logs time on a project through the adapter, finding the contract itself', async () => {
    const entry = await h.session.logTime({
      projectRemoteId: '101',
      taskRemoteId: null,
      start: '2030-03-04T10:00:00',
      end: '2030-03-04T11:15:00',
      note: 'Planning',
    });
    expect(entry).toMatchObject({
      projectRemoteId: '101',
      minutes: 75,
      start: '2030-03-04T10:00:00',
      end: '2030-03-04T11:15:00',
      note: 'Planning',
    });
    expect(h.sim.state.timeEntries.filter((e) => e.date === '2030-03-04' && e.user_id === 1)).toHaveLength(1);
  });

  it('says when only part of an entry was kept because of an overlap', async () => {
    const contract = h.sim.state.contracts.find((c) => c.user_id === 1 && c.project_id === 100);
    const result = await time.createTimeEntry(h.session.client, 1, {
      user_id: 1,
      contract_id: contract?.id ?? 0,
      date: lastWeekday(),
      start_time: '11:00',
      end_time: '12:00',
    });
    expect(result.message).toContain('only part');
    expect(result.entry).toMatchObject({ start_time: '11:30', end_time: '12:00', duration_minutes: 30 });
  });

  it('refuses an end before the start with the end_time field', async () => {
    const contract = h.sim.state.contracts.find((c) => c.user_id === 1);
    const error = await failure(
      time.createTimeEntry(h.session.client, 1, {
        user_id: 1,
        contract_id: contract?.id ?? 0,
        date: '2030-01-01',
        start_time: '12:00',
        end_time: '11:00',
      }),
    );
    expect(error).toMatchObject({ code: 'validation', field: 'end_time' });
  });
});

describe('WebWork time tracking', () => {
  it('shows the running tracker, stops it as a timer, and the stop becomes a time entry', async () => {
    const { sink, got } = recordingSink();
    await h.session.pull(sink, lastDays(0));
    const timer = got.timers[0];
    if (!timer) throw new Error('the seeded tracker was not pulled');
    const before = h.sim.state.timeEntries.length;
    await h.session.stopTimer(timer);
    expect(h.sim.state.trackers).toHaveLength(0);
    expect(h.sim.state.timeEntries).toHaveLength(before + 1);
    expect(h.sim.state.timeEntries.at(-1)).toMatchObject({ user_id: 1, source: 'tracker', duration_minutes: 25 });
    await expect(h.session.stopTimer(timer)).resolves.toBeUndefined();
    expect(h.sim.state.timeEntries).toHaveLength(before + 1);
  });

  it('starts tracking on a task, refuses a second start, and stops', async () => {
    await h.session.stopTimer({
      key: 'k',
      accountId: 'ww1',
      remoteId: '1',
      taskRemoteId: null,
      title: '',
      userName: null,
      startedAt: null,
    });
    const contract = h.sim.state.contracts.find((c) => c.user_id === 1 && c.project_id === 101);
    const task = h.sim.state.tasks.find((t) => t.project_id === 101);
    const started = await time.startTracking(h.session.client, 1, {
      user_id: 1,
      contract_id: contract?.id,
      task_id: task?.id,
      activity_description: 'Coding',
    });
    expect(started).toMatchObject({ project_id: 101, task_id: task?.id, is_running: true });
    expect(await time.currentTracker(h.session.client, 1, 1)).toMatchObject({ task_title: task?.title });
    const again = await failure(time.startTracking(h.session.client, 1, { user_id: 1 }));
    expect(again).toMatchObject({ code: 'validation', field: 'user_id' });
    const stopped = await time.stopTracking(h.session.client, 1, 1);
    expect(stopped.duration_minutes).toBe(0);
    expect(await time.currentTracker(h.session.client, 1, 1)).toBeNull();
  });

  it("lets a member track their own time but not another user's", async () => {
    await h.sim.close();
    h = await startHarness({ token: 'member' });
    await expect(time.startTracking(h.session.client, 1, { user_id: 4 })).resolves.toMatchObject({ user_id: 4 });
    expect((await failure(time.startTracking(h.session.client, 1, { user_id: 5 }))).code).toBe('forbidden');
  });
});

describe('WebWork reports and timesheets', () => {
  it('sums tracked hours per day and user, matching the entries', async () => {
    const from = ymd(new Date(Date.now() - 14 * 86_400_000));
    const to = ymd(new Date());
    const days = await time.trackedHours(h.session.client, 1, { start_date: from, end_date: to, user_id: 4 });
    const total = days.flatMap((d) => d.users).reduce((n, u) => n + u.total_minutes, 0);
    const seeded = h.sim.state.timeEntries.filter((e) => e.user_id === 4).reduce((n, e) => n + e.duration_minutes, 0);
    expect(total).toBe(seeded);
    expect(days.every((d) => d.users.length === 1 && d.users[0]?.user_id === 4)).toBe(true);
  });

  it('refuses a tracked-hours period over 31 days for one user', async () => {
    const error = await failure(
      time.trackedHours(h.session.client, 1, { start_date: '2030-01-01', end_date: '2030-03-01', user_id: 4 }),
    );
    expect(error).toMatchObject({ code: 'validation', field: 'end_date' });
  });

  it('lists timesheets with their status filter', async () => {
    const all = await time.listTimesheets(h.session.client, 1);
    expect(all).toHaveLength(10);
    const approved = await time.listTimesheets(h.session.client, 1, { status: 'approved', user_id: 4 });
    expect(approved).toHaveLength(1);
    expect(approved[0]?.total_minutes).toBeGreaterThan(0);
  });
});
