import { afterEach, describe, expect, it } from 'vitest';
import { failure, lastDays, recordingSink, startHarness, tasksOf, type Harness } from './helpers.js';

let h: Harness;
afterEach(async () => h?.sim.close());

describe('WebWork verify', () => {
  it('picks the first workspace the token sees and returns it with the user', async () => {
    h = await startHarness();
    const result = await h.session.verify();
    expect(result.userRemoteId).toBe('1');
    expect(result.userName).toBe('Olivia Hart');
    expect(result.settings).toMatchObject({ workspace: '1', workspaceName: 'Acme Studio', userRemoteId: '1', role: 'owner' });
  });

  it('uses the workspace chosen on the account', async () => {
    h = await startHarness({ workspace: '2' });
    expect((await h.session.verify()).settings.workspace).toBe('2');
  });

  it('refuses a workspace the token cannot see, naming the field', async () => {
    h = await startHarness({ workspace: '3' });
    const error = await failure(h.session.verify());
    expect(error.code).toBe('validation');
    expect(error.field).toBe('workspace');
    expect(error.message).toContain('Acme Studio');
  });

  it('reports a bad token as auth without echoing it', async () => {
    h = await startHarness({ secret: 'wwpat-not-a-real-token-123' });
    const error = await failure(h.session.verify());
    expect(error.code).toBe('auth');
    expect(error.providerMessage).toBe('Unauthenticated.');
    expect(error.message).not.toContain('wwpat-not-a-real-token-123');
  });
});

describe('WebWork pull', () => {
  it('delivers a 260-task project whole, 100 per page, the last page flagged', async () => {
    h = await startHarness({ maxTimeDays: 2 });
    const { sink, got } = recordingSink();
    await h.session.pull(sink, lastDays(1));
    const pages = got.pages.filter((p) => p.projectRemoteId === '100');
    expect(pages.map((p) => [p.index, p.tasks.length, p.last])).toEqual([
      [0, 100, false],
      [1, 100, false],
      [2, 60, true],
    ]);
    const ids = tasksOf(got, '100').map((t) => t.remoteId);
    const expected = h.sim.state.tasks.filter((t) => t.project_id === 100).map((t) => String(t.id));
    expect(new Set(ids).size).toBe(260);
    expect(ids.sort()).toEqual(expected.sort());
    const listCalls = h.sim.calls().filter((c) => c.path === '/api/v2/tasks');
    expect(listCalls).toHaveLength(3 + 2 + 2);
  });

  it('sends the active projects and every page of each, and marks my tasks', async () => {
    h = await startHarness({ maxTimeDays: 1 });
    const { sink, got } = recordingSink();
    await h.session.pull(sink, lastDays(0));
    expect(got.projects.map((p) => p.name)).toEqual(['Website Redesign', 'Mobile App', 'Internal Tools']);
    expect(tasksOf(got, '101')).toHaveLength(150);
    const mine = tasksOf(got, '100').filter((t) => t.isMine);
    const seededMine = h.sim.state.tasks.filter((t) => t.project_id === 100 && t.assignees.some((a) => a.user_id === 1));
    expect(mine.length).toBe(seededMine.length);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((t) => t.assignees.includes('1'))).toBe(true);
  });

  it('maps status codes, custom ones included, keeping the raw value and priority', async () => {
    h = await startHarness({ maxTimeDays: 1 });
    const { sink, got } = recordingSink();
    await h.session.pull(sink, lastDays(0));
    const all = got.pages.flatMap((p) => p.tasks);
    const byRaw = (raw: string) => all.find((t) => t.rawStatus === raw);
    expect(byRaw('0')?.status).toBe('open');
    expect(byRaw('10')?.status).toBe('doing');
    expect(byRaw('20')?.status).toBe('done');
    expect(byRaw('30')?.status).toBe('done');
    expect(byRaw('11')?.status).toBe('doing');
    expect(byRaw('21')?.status).toBe('done');
    expect(new Set(all.map((t) => t.priority))).toEqual(new Set([10, 20, 30, 40]));
  });

  it("reads the user's own time entries day by day for the range and the running tracker", async () => {
    h = await startHarness();
    const { sink, got } = recordingSink();
    await h.session.pull(sink, lastDays(14));
    const seeded = h.sim.state.timeEntries.filter((e) => e.user_id === 1);
    expect(got.time.map((e) => e.key).sort()).toEqual(seeded.map((e) => `webwork:ww1:time:${e.id}`).sort());
    const one = got.time[0];
    expect(one?.minutes).toBeGreaterThan(0);
    expect(one?.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00$/);
    const dayCalls = h.sim.calls().filter((c) => c.path === '/api/v2/time-entries');
    expect(dayCalls.length).toBe(15);
    expect(got.timers).toHaveLength(1);
    expect(got.timers[0]).toMatchObject({ remoteId: '1', userName: 'Olivia Hart', title: 'Fix login form #1' });
  });

  it('remembers the workspace it fell back to', async () => {
    h = await startHarness({ maxTimeDays: 1 });
    await h.session.pull(recordingSink().sink, lastDays(0));
    expect(h.saveSettings).toHaveBeenCalledWith({ workspace: '1' });
  });

  it('lets a read-only member pull their workspace', async () => {
    h = await startHarness({ token: 'member', maxTimeDays: 1 });
    const { sink, got } = recordingSink();
    await h.session.pull(sink, lastDays(0));
    expect(tasksOf(got, '100')).toHaveLength(260);
    expect(got.timers).toEqual([]);
  });
});
