import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resetFaults } from '../../simulators/common/faults.js';
import { startWorksnapsSimulator, type WorksnapsSimulator } from '../../simulators/worksnaps/index.js';
import { createWorksnapsAdapter } from '../../../main/core/providers/worksnaps/index.js';
import { caught, connect, makeCtx, recordingSink } from './helpers.js';

let sim: WorksnapsSimulator;
beforeAll(async () => {
  sim = await startWorksnapsSimulator({ tasksPerProject: 8 });
});
afterAll(() => sim.close());
afterEach(() => {
  resetFaults(sim.faults);
  sim.faults.echoRequestNext = 0;
});

const pid = () => String(sim.projects['Mobile App']!.id);
const tasksNamed = (name: string) => [...sim.state.tasks.values()].filter((t) => t.name === name);
const newTask = (title: string) => ({ projectRemoteId: pid(), title, details: '', dueDate: null });
const settings = () => ({ userRemoteId: String(sim.users.alice.id) });

describe('reads survive transient faults by retrying', () => {
  it.each([
    ['a dropped connection', 'dropNext'],
    ['a 500', 'serverErrorNext'],
    ['a 429', 'rateLimitNext'],
  ] as const)('recovers from %s on a read', async (_label, fault) => {
    sim.faults.retryAfterSeconds = 0;
    sim.faults[fault] = 2;
    const before = sim.requests();
    const projects = await connect(sim).client.listProjects();
    expect(projects.length).toBe(4);
    expect(sim.requests() - before).toBe(3);
  });

  it('waits as long as Retry-After asks before repeating a read', async () => {
    const waits: number[] = [];
    const adapter = createWorksnapsAdapter({ retry: { retries: 2, minTimeoutMs: 1, sleep: async (ms) => void waits.push(ms) } });
    sim.faults.rateLimitNext = 1;
    sim.faults.retryAfterSeconds = 7;
    const me = await adapter.connect(makeCtx(sim, sim.tokens.alice)).verify();
    expect(me.userRemoteId).toBe(String(sim.users.alice.id));
    expect(waits).toEqual([7000]);
  });

  it('a whole pull completes, nothing lost, while connections drop and the server fails now and then', async () => {
    const clean = recordingSink();
    const range = { from: new Date(Date.now() - 10 * 86_400_000), to: new Date() };
    await connect(sim, sim.tokens.alice, settings()).pull(clean, range);
    const flaky = recordingSink();
    sim.faults.dropNext = 1;
    sim.faults.serverErrorNext = 1;
    const pulling = connect(sim, sim.tokens.alice, settings()).pull(flaky, range);
    await pulling;
    expect(flaky.projectList).toEqual(clean.projectList);
    expect(flaky.tasksByProject).toEqual(clean.tasksByProject);
    expect(flaky.timeEntries).toEqual(clean.timeEntries);
  });

  it('gives up with a clear offline error when the server stays unreachable', async () => {
    sim.faults.dropNext = 10;
    const error = await caught(connect(sim).client.listProjects());
    expect(error.code).toBe('offline');
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/^Worksnaps could not be reached/);
  });

  it('a truncated XML body is a protocol error with an excerpt, not retried and not a crash', async () => {
    sim.faults.malformedNext = 1;
    const before = sim.requests();
    const error = await caught(connect(sim).client.listProjects());
    expect(error.code).toBe('protocol');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/malformed XML reply to GET \/projects\.xml/);
    expect(error.message).toContain('<projects><project><id>1</id>');
    expect(sim.requests() - before).toBe(1);
  });

  it('a pull hit by a malformed body fails clearly and delivers no half-parsed project', async () => {
    sim.faults.malformedNext = 1;
    const sink = recordingSink();
    const error = await caught(
      connect(sim, sim.tokens.alice, settings()).pull(sink, { from: new Date(Date.now() - 86_400_000), to: new Date() }),
    );
    expect(error.code).toBe('protocol');
    expect(sink.projectList).toEqual([]);
  });
});

describe('writes are sent once: the outbox decides about repeats', () => {
  it.each([
    ['a dropped connection', 'dropNext', 'offline', 0],
    ['a 500', 'serverErrorNext', 'server', 0],
    ['a 429', 'rateLimitNext', 'rate-limited', 0],
    ['a truncated body', 'malformedNext', 'protocol', 0],
  ] as const)('does not repeat a create after %s, and nothing is made', async (_label, fault, code, made) => {
    const title = `Write under ${fault}`;
    sim.faults[fault] = 1;
    const before = sim.requests();
    const error = await caught(connect(sim, sim.tokens.alice, settings()).createTask(newTask(title)));
    expect(error.code).toBe(code);
    expect(error.provider).toBe('worksnaps');
    expect(sim.requests() - before).toBe(1);
    expect(tasksNamed(title)).toHaveLength(made);
  });

  it('rate-limited writes carry the server’s Retry-After for the outbox', async () => {
    sim.faults.rateLimitNext = 1;
    sim.faults.retryAfterSeconds = 12;
    const error = await caught(connect(sim, sim.tokens.alice, settings()).createTask(newTask('Slow down')));
    expect([error.code, error.retryAfterMs, error.providerCode]).toEqual(['rate-limited', 12_000, 10429]);
  });

  it('a reply lost after the server committed: the error is offline, and findCreatedTask finds the one task', async () => {
    const session = connect(sim, sim.tokens.alice, settings());
    const input = newTask('Committed then dropped');
    sim.faults.dropAfterCommitNext = 1;
    const error = await caught(session.createTask(input));
    expect(error.code).toBe('offline');
    expect(tasksNamed(input.title)).toHaveLength(1);
    const found = await session.findCreatedTask(input, new Date(Date.now() - 60_000));
    expect(found?.remoteId).toBe(String(tasksNamed(input.title)[0]!.id));
    expect(tasksNamed(input.title)).toHaveLength(1);
  });

  it('offline time whose reply was lost is stored once and the error says offline', async () => {
    const session = connect(sim, sim.tokens.alice, settings());
    const start = new Date(Math.floor((Date.now() - 2 * 86_400_000) / 600_000) * 600_000);
    sim.faults.dropAfterCommitNext = 1;
    const error = await caught(
      session.logTime!({
        projectRemoteId: pid(),
        taskRemoteId: null,
        start: start.toISOString(),
        end: new Date(start.getTime() + 600_000).toISOString(),
        note: 'lost reply',
      }),
    );
    expect(error.code).toBe('offline');
    expect([...sim.state.timeEntries.values()].filter((e) => e.user_comment === 'lost reply')).toHaveLength(1);
  });

  it('latency within the timeout is harmless; beyond it the call times out as offline', async () => {
    sim.faults.latencyMs = 50;
    expect((await connect(sim).client.me()).login).toBe('alice');
    sim.faults.latencyMs = 400;
    const adapter = createWorksnapsAdapter({ retry: { retries: 0 } });
    const error = await caught(
      adapter.connect({ ...makeCtx(sim, sim.tokens.alice, settings()), timeoutMs: 100 }).createTask(newTask('Too slow')),
    );
    expect(error.code).toBe('offline');
    expect(error.message).toMatch(/timed out/);
  });
});
