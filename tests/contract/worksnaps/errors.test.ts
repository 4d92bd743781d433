import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.js';
import { startWorksnapsSimulator, type WorksnapsSimulator } from '../../simulators/worksnaps/index.js';
import { at, boundaryDaysAgo, caught, connect, raw } from './helpers.js';

let sim: WorksnapsSimulator;
beforeAll(async () => {
  sim = await startWorksnapsSimulator({ tasksPerProject: 5 });
});
afterAll(() => sim.close());

const pid = (name: string) => String(sim.projects[name]!.id);

describe('status codes of the seed become AppErrors with the server’s words', () => {
  it('401 for a bad token: auth, not retried', async () => {
    const before = sim.requests();
    const error = await caught(connect(sim, 'not-a-real-token-0000').verify());
    expect(error).toBeInstanceOf(AppError);
    expect(error.toPayload()).toMatchObject({
      code: 'auth',
      providerCode: 10001,
      providerMessage: 'Invalid API token',
      retryable: false,
    });
    expect(error.message).toContain('Worksnaps did not accept the API token (HTTP 401, error 10001)');
    expect(sim.requests() - before).toBe(1);
  });

  it("403 when a user touches another's project", async () => {
    const error = await caught(connect(sim).client.listTasks(pid("Carol's Research")));
    expect(error.toPayload()).toMatchObject({ code: 'forbidden', providerCode: 10003, retryable: false });
    expect(error.message).toMatch(/HTTP 403, error 10003\): You are not allowed to access project/);
  });

  it('404 for a missing project or task', async () => {
    const error = await caught(connect(sim).client.getProject('999999'));
    expect(error.toPayload()).toMatchObject({
      code: 'not-found',
      providerCode: 10004,
      providerMessage: 'Project 999999 not found',
    });
  });

  it('400 for malformed XML in a request body', async () => {
    const reply = await raw(sim, sim.tokens.alice, 'POST', '/api/projects.xml', '<project><name>Half</name>');
    expect(reply.status).toBe(400);
    expect(at(reply.doc, 'reply.error_code')).toBe('10005');
    expect(at(reply.doc, 'reply.error_string')).toMatch(/Malformed XML/);
  });

  it('422 for a duplicate project name, as the seed shows it', async () => {
    const reply = await raw(sim, sim.tokens.alice, 'POST', '/api/projects.xml', {
      project: { name: 'Mobile App', description: '' },
    });
    expect(reply.status).toBe(422);
    expect(reply.text).toContain(
      '<status type="integer">0</status><error_code type="integer">10022</error_code><error_string>A project of name Mobile App already exists</error_string>',
    );
  });

  it('422 when offline time names a task of another project', async () => {
    const other = [...sim.state.tasks.values()].find((t) => t.project_id === sim.projects['Mobile App']!.id)!;
    const error = await caught(
      connect(sim).client.time.addOffline(pid('Internal Tools'), {
        from: boundaryDaysAgo(1),
        minutes: 10,
        taskId: String(other.id),
        comment: '',
      }),
    );
    expect(error.toPayload()).toMatchObject({ code: 'validation', providerCode: 10032 });
  });

  it('ids that are not numbers never reach the URL', async () => {
    const before = sim.requests();
    const error = await caught(connect(sim).client.listTasks('1/../../users'));
    expect([error.code, error.field]).toEqual(['validation', 'projectId']);
    expect(sim.requests()).toBe(before);
  });
});

describe('timestamp boundary rules', () => {
  it('the server answers 422 for offline time off a 10-minute boundary', async () => {
    const body = { time_entry: { from_timestamp: boundaryDaysAgo(1) + 300, duration_in_minutes: 10, user_comment: '' } };
    const reply = await raw(sim, sim.tokens.alice, 'POST', `/api/projects/${pid('Internal Tools')}/time_entries.xml`, body);
    expect([reply.status, at(reply.doc, 'reply.error_code')]).toEqual([422, '10030']);
  });

  it('the server answers 400 for a range query off a boundary, and accepts one on it', async () => {
    const from = boundaryDaysAgo(3);
    const off = await raw(
      sim,
      sim.tokens.alice,
      'GET',
      `/api/projects/${pid('Mobile App')}/time_entries.xml?from_timestamp=${from + 60}&to_timestamp=${from + 3600}`,
    );
    expect([off.status, at(off.doc, 'reply.error_code')]).toEqual([400, '10030']);
    const on = await raw(
      sim,
      sim.tokens.alice,
      'GET',
      `/api/projects/${pid('Mobile App')}/time_entries.xml?from_timestamp=${from}&to_timestamp=${from + 3600}`,
    );
    expect(on.status).toBe(200);
  });

  it('the client refuses off-boundary offline time and odd durations before sending', async () => {
    const session = connect(sim);
    const before = sim.requests();
    const start = new Date(boundaryDaysAgo(1) * 1000 + 5 * 60_000);
    const off = await caught(
      session.logTime!({
        projectRemoteId: pid('Internal Tools'),
        taskRemoteId: null,
        start: start.toISOString(),
        end: new Date(start.getTime() + 600_000).toISOString(),
        note: '',
      }),
    );
    expect([off.code, off.field]).toEqual(['validation', 'start']);
    expect(off.message).toMatch(/10-minute boundary/);
    const aligned = new Date(boundaryDaysAgo(1) * 1000);
    const odd = await caught(
      session.logTime!({
        projectRemoteId: pid('Internal Tools'),
        taskRemoteId: null,
        start: aligned.toISOString(),
        end: new Date(aligned.getTime() + 25 * 60_000).toISOString(),
        note: '',
      }),
    );
    expect([odd.code, odd.field]).toEqual(['validation', 'end']);
    expect(sim.requests()).toBe(before);
  });

  it('a pull range off the boundaries is widened outward, so an entry at its edge is kept', async () => {
    const entry = [...sim.state.timeEntries.values()].find((e) => e.user_id === sim.users.alice.id)!;
    const { recordingSink } = await import('./helpers.js');
    const sink = recordingSink();
    // From 7 minutes after the entry's start to 3 minutes after it: both ends are off-boundary.
    await connect(sim).pull(sink, {
      from: new Date((entry.from_timestamp + 420) * 1000),
      to: new Date((entry.from_timestamp + 180 + 600) * 1000),
    });
    expect(sink.timeEntries.map((e) => e.key)).toContain(`worksnaps:acc1:time:${entry.id}`);
  });

  it('reports refuse more than 30 days, on both sides', async () => {
    const range = { from: boundaryDaysAgo(31), to: boundaryDaysAgo(0) };
    const client = connect(sim).client;
    const local = await caught(client.time.report(pid('Mobile App'), 'time_summary', range));
    expect([local.code, local.field]).toEqual(['validation', 'to']);
    const server = await raw(
      sim,
      sim.tokens.alice,
      'GET',
      `/api/projects/${pid('Mobile App')}/reports?name=time_summary&from_timestamp=${range.from}&to_timestamp=${range.to}`,
    );
    expect([server.status, at(server.doc, 'reply.error_code')]).toEqual([400, '10040']);
    const summary = await raw(
      sim,
      sim.tokens.alice,
      'GET',
      '/api/summary_reports?name=manager_report&from_date=2025-01-01&to_date=2025-02-15',
    );
    expect([summary.status, at(summary.doc, 'reply.error_code')]).toEqual([400, '10040']);
  });
});
