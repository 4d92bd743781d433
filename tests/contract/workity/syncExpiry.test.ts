import { afterEach, describe, expect, it } from 'vitest';
import { startWorkitySimulator, type WorkitySimulator } from '../../simulators/workity/index.js';
import { openTestCore, type TestCore } from '../sync/support/core.js';

let t: TestCore | null = null;
let sim: WorkitySimulator | null = null;
afterEach(async () => {
  await t?.close();
  t?.remove();
  await sim?.close();
  t = null;
  sim = null;
});

/** Items on the simulator with exactly this title: what reached the server, not the app's cache. */
const onServer = (s: WorkitySimulator, title: string) => [...s.state.items.values()].filter((i) => i.title === title);

describe('a Workity ticket dying mid-sync, answered with a generic ASMX fault', () => {
  it('renews the ticket, creates the task exactly once, and the sync completes', async () => {
    sim = await startWorkitySimulator({ tasksPerProject: 4, genericExpiredFault: true });
    t = openTestCore();
    const account = await t.call('accounts:add', {
      provider: 'workity',
      label: 'Workity',
      baseUrl: sim.url,
      email: sim.users.lenny.email,
      secret: sim.users.lenny.password,
    });
    expect((await t.call('sync:run', {})).accounts.map((a) => a.error)).toEqual([null]);

    // The create's NewTask is the first call to meet the dead ticket.
    sim.ticketFaults.expireTicketsAfter = 1;
    const first = await t.call('tasks:add', { accountId: account.id, projectRemoteId: '11', title: 'Renewed mid-create' });
    expect(first).toMatchObject({ state: 'sent', error: null });
    expect(onServer(sim, 'Renewed mid-create')).toHaveLength(1);
    expect(first.remoteId).toBe(String(onServer(sim, 'Renewed mid-create')[0]?.id));

    // The ticket dies right after NewTask landed: reading the new task back must not create it again.
    sim.ticketFaults.expireTicketsAfter = 2;
    const second = await t.call('tasks:add', { accountId: account.id, projectRemoteId: '11', title: 'Renewed after create' });
    expect(second).toMatchObject({ state: 'sent', error: null });
    expect(onServer(sim, 'Renewed after create')).toHaveLength(1);

    // And in the middle of a pull (a few calls in): the sync still reports no error and sees every task.
    sim.ticketFaults.expireTicketsAfter = 4;
    const report = await t.call('sync:run', {});
    expect(report.accounts.map((a) => a.error)).toEqual([null]);
    expect(sim.ticketFaults.expireTicketsAfter).toBe(0);
    const listed = await t.call('tasks:list', { accountId: account.id, search: 'Renewed', status: 'all' });
    expect(listed.tasks.map((task) => task.title).sort()).toEqual(['Renewed after create', 'Renewed mid-create']);
    expect(await t.call('outbox:list', {})).toEqual([]);
    expect(onServer(sim, 'Renewed mid-create')).toHaveLength(1);
    expect(sim.state.tickets.size).toBe(1);
  });
});
