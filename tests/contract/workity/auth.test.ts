import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adapter, connect, startSim } from './helpers.js';

let ctx: Awaited<ReturnType<typeof startSim>>;

beforeEach(async () => {
  ctx = await startSim();
});
afterEach(async () => {
  await ctx.sim.close();
});

describe('Workity accounts and tickets', () => {
  it('prepareAccount needs the e-mail address and defaults the endpoint', () => {
    expect(() => adapter.prepareAccount({ baseUrl: null, email: null, workspace: null })).toThrow(
      expect.objectContaining({ code: 'validation', field: 'email' }),
    );
    expect(adapter.prepareAccount({ baseUrl: null, email: ' lenny@sector7g.example ', workspace: null })).toEqual({
      baseUrl: 'https://www.workity.com/services/api.asmx',
      settings: { email: 'lenny@sector7g.example' },
    });
  });

  it('verify logs in and names the user', async () => {
    const session = connect(ctx.sim, 'lenny', ctx.clock.now);
    expect(await session.verify()).toEqual({ userRemoteId: '101', userName: 'Lenny Leonard', settings: { userRemoteId: '101' } });
    await session.close();
  });

  it('keeps the ticket in memory and sends it in the TicketHeader of each call', async () => {
    const session = connect(ctx.sim, 'homer', ctx.clock.now);
    const ticket = await session.api.login();
    expect(ticket).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(ctx.sim.state.tickets.get(ticket)?.userId).toBe(103);
    await session.api.getUserProjects();
    expect(ctx.sim.state.tickets.size).toBe(1);
  });

  it('re-logs in once when the ticket has expired after an idle hour, and the call goes through', async () => {
    const session = connect(ctx.sim, 'lenny', ctx.clock.now);
    await session.verify();
    const first = [...ctx.sim.state.tickets.keys()][0];
    ctx.clock.advance(61);
    expect((await session.api.getUserInfo()).UserID).toBe('101');
    const tickets = [...ctx.sim.state.tickets.keys()];
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).not.toBe(first);
  });

  it('a ticket used within the hour stays valid', async () => {
    const session = connect(ctx.sim, 'lenny', ctx.clock.now);
    const ticket = await session.api.login();
    ctx.clock.advance(50);
    await session.api.getUserInfo();
    ctx.clock.advance(50);
    await session.api.getUserInfo();
    expect(ctx.sim.state.tickets.has(ticket)).toBe(true);
  });

  it('re-logs in when the server declares the ticket expired (fault switch), also for a write', async () => {
    const session = connect(ctx.sim, 'carl', ctx.clock.now);
    await session.api.login();
    ctx.sim.faults.expireSessionNext = 1;
    const id = await session.api.newNote({ projectId: 13, title: 'Vending machine poll', details: '' });
    expect(ctx.sim.state.items.get(`note:${id}`)?.title).toBe('Vending machine poll');
    expect([...ctx.sim.state.items.values()].filter((i) => i.title === 'Vending machine poll')).toHaveLength(1);
  });

  it('a dead ticket answered with a generic ASMX fault: IsAuthenticated, one new Login, the write done once', async () => {
    const session = connect(ctx.sim, 'carl', ctx.clock.now);
    const first = await session.api.login();
    ctx.sim.ticketFaults.genericExpiredFault = true;
    ctx.sim.expireTickets();
    const id = await session.api.newNote({ projectId: 13, title: 'Generic fault poll', details: '' });
    expect(ctx.sim.state.items.get(`note:${id}`)?.title).toBe('Generic fault poll');
    expect([...ctx.sim.state.items.values()].filter((i) => i.title === 'Generic fault poll')).toHaveLength(1);
    expect([...ctx.sim.state.tickets.keys()]).toEqual([expect.not.stringMatching(first)]);
  });

  it('a generic fault while the ticket is alive surfaces as it is, without a new Login', async () => {
    const session = connect(ctx.sim, 'carl', ctx.clock.now);
    const ticket = await session.api.login();
    ctx.sim.ticketFaults.genericExpiredFault = true;
    await expect(session.api.getProjectTeam(999)).rejects.toMatchObject({ code: 'not-found', field: 'projectRemoteId' });
    expect([...ctx.sim.state.tickets.keys()]).toEqual([ticket]);
  });

  it('a ticket idle past the hour is renewed before the call, with the generic-fault switch on', async () => {
    const session = connect(ctx.sim, 'lenny', ctx.clock.now);
    const first = await session.api.login();
    ctx.sim.ticketFaults.genericExpiredFault = true;
    ctx.clock.advance(61);
    expect((await session.api.getUserInfo()).Name).toBe('Lenny Leonard');
    expect([...ctx.sim.state.tickets.keys()]).toEqual([expect.not.stringMatching(first)]);
  });

  it('gives up with an auth error when the password stopped working', async () => {
    const session = connect(ctx.sim, 'lenny', ctx.clock.now);
    await session.api.login();
    ctx.sim.state.users.find((u) => u.id === 101)!.password = 'changed-on-the-website';
    ctx.clock.advance(61);
    await expect(session.api.getUserInfo()).rejects.toMatchObject({ code: 'auth', providerCode: -1 });
  });

  it('maps the Login codes -1, -3 and -4 to clear errors', async () => {
    await expect(connect(ctx.sim, 'lenny', ctx.clock.now, 'wrong').verify()).rejects.toMatchObject({
      code: 'auth',
      providerCode: -1,
      message: expect.stringMatching(/e-mail address or password/),
    });
    await expect(connect(ctx.sim, 'moe', ctx.clock.now).verify()).rejects.toMatchObject({
      code: 'auth',
      providerCode: -3,
      message: expect.stringMatching(/Terms of Service/),
    });
    await expect(connect(ctx.sim, 'barney', ctx.clock.now).verify()).rejects.toMatchObject({
      code: 'auth',
      providerCode: -4,
      message: expect.stringMatching(/Premium/),
    });
  });

  it('locks the user after more than 5 bad passwords (-2), even with the right one', async () => {
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await expect(connect(ctx.sim, 'homer', ctx.clock.now, `guess-${attempt}`).verify()).rejects.toMatchObject({
        providerCode: -1,
      });
    }
    await expect(connect(ctx.sim, 'homer', ctx.clock.now).verify()).rejects.toMatchObject({
      code: 'auth',
      providerCode: -2,
      message: expect.stringMatching(/locked/),
    });
    ctx.clock.advance(16);
    expect((await connect(ctx.sim, 'homer', ctx.clock.now).verify()).userName).toBe('Homer Simpson');
  });

  it('never puts the password or the ticket into an error message', async () => {
    const error = await connect(ctx.sim, 'lenny', ctx.clock.now, 'hunter2-secret')
      .verify()
      .catch((e: Error) => e);
    expect(String((error as Error).message)).not.toContain('hunter2-secret');
  });

  it('close() logs out, and a closed session logs in again on its next call', async () => {
    const session = connect(ctx.sim, 'lenny', ctx.clock.now);
    await session.verify();
    await session.close();
    expect(ctx.sim.state.tickets.size).toBe(0);
    expect((await session.api.getUserInfo()).Name).toBe('Lenny Leonard');
  });
});
