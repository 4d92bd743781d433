import { afterEach, describe, expect, it } from 'vitest';
import * as tasksApi from '../../../main/core/providers/webwork/tasksApi.js';
import { failure, lastDays, recordingSink, startHarness, tasksOf, type Harness } from './helpers.js';

let h: Harness;
afterEach(async () => h?.sim.close());

const newTask = { projectRemoteId: '102', title: 'Rotate the API keys', details: '', dueDate: null };
const created = (title = newTask.title) => h.sim.state.tasks.filter((t) => t.title === title);
/** A session that has already read its workspace, so a fault hits the write under test. */
async function ready(options = {}): Promise<Harness> {
  const harness = await startHarness(options);
  await harness.session.me();
  return harness;
}
const posts = () => h.sim.calls().filter((c) => c.method === 'POST' && c.path === '/api/v2/tasks');

describe('WebWork fault switches', () => {
  it('latency: replies still arrive when they are slow', async () => {
    h = await startHarness();
    h.sim.faults.latencyMs = 50;
    expect((await h.session.verify()).userRemoteId).toBe('1');
  });

  it('dropped connection on a read: retried, and the pull completes with every task once', async () => {
    h = await startHarness({ maxTimeDays: 1 });
    const { sink, got } = recordingSink();
    h.sim.faults.dropNext = 2;
    await h.session.pull(sink, lastDays(0));
    expect(tasksOf(got, '100')).toHaveLength(260);
    expect(h.sim.calls().filter((c) => c.status === 'dropped')).toHaveLength(2);
  });

  it('dropped connection on a write: offline and retryable, nothing created, nothing repeated', async () => {
    h = await ready();
    h.sim.faults.dropNext = 1;
    const error = await failure(h.session.createTask(newTask));
    expect(error).toMatchObject({ code: 'offline', retryable: true });
    expect(created()).toHaveLength(0);
    expect(posts()).toHaveLength(1);
  });

  it('drop after commit: offline for the client, the task exists once, and findCreatedTask finds it', async () => {
    h = await ready();
    const since = new Date();
    h.sim.faults.dropAfterCommitNext = 1;
    const error = await failure(h.session.createTask(newTask));
    expect(error.code).toBe('offline');
    expect(created()).toHaveLength(1);
    const found = await h.session.findCreatedTask(newTask, since);
    expect(found?.remoteId).toBe(String(created()[0]?.id));
    expect(posts()).toHaveLength(1);
  });

  it('HTTP 500 on a read is retried to success', async () => {
    h = await startHarness();
    h.sim.faults.serverErrorNext = 2;
    const task = await h.session.getTask('101', String(h.sim.state.tasks.find((t) => t.project_id === 101)?.id));
    expect(task?.projectRemoteId).toBe('101');
  });

  it('HTTP 500 on a write is a retryable server error and is not repeated by the client', async () => {
    h = await ready();
    h.sim.faults.serverErrorNext = 1;
    const error = await failure(h.session.createTask(newTask));
    expect(error).toMatchObject({ code: 'server', retryable: true, providerMessage: 'Server Error' });
    expect(posts()).toHaveLength(1);
    expect(created()).toHaveLength(0);
  });

  it('truncated JSON is a protocol error with a short excerpt, not a crash', async () => {
    h = await startHarness();
    h.sim.faults.malformedNext = 1;
    const error = await failure(tasksApi.getTask(h.session.client, { workspaceId: 1, projectId: 100 }, 500));
    expect(error.code).toBe('protocol');
    expect(error.message).toContain('not JSON');
    expect(error.message).toContain('{"success":true');
    expect(error.message).not.toContain(h.sim.tokens.owner);
  });

  it('429 on a read: waits and succeeds', async () => {
    h = await startHarness();
    h.sim.faults.rateLimitNext = 2;
    h.sim.faults.retryAfterSeconds = 0;
    expect((await h.session.verify()).settings.workspace).toBe('1');
    expect(h.sim.calls().filter((c) => c.status === 429)).toHaveLength(2);
  });

  it('429 on a create: backs off, then creates exactly one task', async () => {
    h = await ready();
    h.sim.faults.rateLimitNext = 2;
    h.sim.faults.retryAfterSeconds = 0;
    const task = await h.session.createTask(newTask);
    expect(created().map((t) => String(t.id))).toEqual([task.remoteId]);
    expect(posts().map((c) => c.status)).toEqual([429, 429, 201]);
  });

  it('the per-token limit: a pull and writes over the limit wait out Retry-After and send nothing twice', async () => {
    h = await startHarness({ rateLimitPerMinute: 8, rateLimitWindowMs: 1000, maxTimeDays: 2 });
    const { sink, got } = recordingSink();
    await h.session.pull(sink, lastDays(1));
    for (let i = 0; i < 6; i += 1) await h.session.createTask({ ...newTask, title: `Limited ${i}` });
    const limited = h.sim.calls().filter((c) => c.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(tasksOf(got, '100')).toHaveLength(260);
    const keys = got.pages.flatMap((p) => p.tasks.map((t) => t.key));
    expect(new Set(keys).size).toBe(keys.length);
    for (let i = 0; i < 6; i += 1) expect(created(`Limited ${i}`)).toHaveLength(1);
    const pageCalls = h.sim.calls().filter((c) => c.path === '/api/v2/tasks' && c.method === 'GET' && c.status === 200);
    expect(pageCalls).toHaveLength(7);
  });

  it('a 429 that outlasts the retries surfaces as rate-limited with the wait', async () => {
    h = await startHarness();
    h.sim.faults.rateLimitNext = 10;
    h.sim.faults.retryAfterSeconds = 0;
    const error = await failure(tasksApi.createTask(h.session.client, { workspaceId: 1, projectId: 102 }, { title: 'Never' }));
    expect(error).toMatchObject({ code: 'rate-limited', retryable: true });
    expect(created('Never')).toHaveLength(0);
  });
});
