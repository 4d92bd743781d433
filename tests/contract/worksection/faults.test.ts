import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.js';
import type { NewTask } from '../../../shared/model.js';
import type { WorksectionSession } from '../../../main/core/providers/worksection/index.js';
import { adapter, collectingSink, handledActions, RANGE, reconnect, startHarness, type Harness } from './helpers.js';

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('worksection fault switches', () => {
  let h: Harness;
  let input: NewTask;
  const created = (): number => h.sim.state.tasks.filter((t) => t.name === input.title).length;

  beforeEach(async () => {
    h = await startHarness({ hashMode: 'query' });
    h.session = reconnect(h, { hashMode: 'query', userEmail: h.sim.owner.email, userRemoteId: h.sim.owner.id });
    input = { projectRemoteId: h.sim.state.projects[0]!.id, title: 'Exactly once', details: '', dueDate: null };
  });
  afterEach(async () => h.sim.close());

  it('latency: slow replies arrive; replies slower than the timeout become an offline error', async () => {
    h.sim.faults.latencyMs = 40;
    expect(await h.session.getTask(input.projectRemoteId, h.sim.state.tasks[0]!.id)).not.toBeNull();
    h.sim.faults.latencyMs = 400;
    const impatient = adapter.connect({ ...h.ctx, timeoutMs: 100 }) as WorksectionSession;
    const error = await failure(impatient.getTask(input.projectRemoteId, h.sim.state.tasks[0]!.id));
    expect(error).toMatchObject({ code: 'offline', retryable: true });
    expect(error.message).toMatch(/timed out/);
  });

  it('dropped connection: a read is retried and succeeds; a write fails offline without being made', async () => {
    h.sim.faults.dropNext = 2;
    const sink = collectingSink();
    await h.session.pull(sink, RANGE);
    expect(sink.got.projects).toHaveLength(5);
    h.sim.faults.dropNext = 1;
    expect(await failure(h.session.createTask(input))).toMatchObject({ code: 'offline', retryable: true });
    expect(created()).toBe(0);
    expect(await h.session.findCreatedTask(input, new Date(Date.now() - 60_000))).toBeNull();
    await h.session.createTask(input);
    expect(created()).toBe(1);
  });

  it('dropped after commit: the write fails offline, and findCreatedTask finds what the server made', async () => {
    h.sim.faults.dropAfterCommitNext = 1;
    expect(await failure(h.session.createTask(input))).toMatchObject({ code: 'offline' });
    expect(created()).toBe(1);
    const found = await h.session.findCreatedTask(input, new Date(Date.now() - 60_000));
    expect(found?.remoteId).toBe(h.sim.state.tasks.find((t) => t.name === input.title)!.id);
    expect(handledActions(h.sim).filter((a) => a === 'post_task')).toHaveLength(1);
  });

  it('HTTP 500: reads are retried; a write reports a retryable server error and is not repeated', async () => {
    h.sim.faults.serverErrorNext = 2;
    expect((await h.session.api.projects()).length).toBe(4);
    h.sim.faults.serverErrorNext = 1;
    expect(await failure(h.session.createTask(input))).toMatchObject({ code: 'server', providerCode: 500, retryable: true });
    expect(created()).toBe(0);
    expect(h.sim.faults.serverErrorNext).toBe(0);
  });

  it('HTML error page instead of JSON: a protocol error with a short excerpt, never a crash', async () => {
    h.sim.faults.malformedNext = 1;
    const before = h.sim.requests();
    const error = await failure(h.session.api.projects());
    expect(error).toMatchObject({ code: 'protocol', provider: 'worksection', retryable: false });
    expect(error.message).toMatch(/not JSON: "<!DOCTYPE html> <html><head><title>502 Bad Gateway/);
    expect(error.message.length).toBeLessThan(220);
    expect(h.sim.requests() - before).toBe(1);
    expect((await h.session.api.projects()).length).toBe(4);
  });

  it('quota: a write refused with "Quota exceeded" waits and is sent once more, landing exactly once', async () => {
    h.sim.faults.retryAfterSeconds = 0;
    h.sim.faults.rateLimitNext = 2;
    const task = await h.session.createTask(input);
    expect(created()).toBe(1);
    expect(task.remoteId).toBe(h.sim.state.tasks.find((t) => t.name === input.title)!.id);
  });

  it('quota per window: requests past the limit back off until the window turns, nothing sent twice', async () => {
    h.sim.state.quotaPerWindow = 3;
    h.sim.state.quotaWindowMs = 400;
    for (let i = 0; i < 3; i += 1) await h.session.api.timers();
    const task = await h.session.createTask(input);
    expect(task.title).toBe('Exactly once');
    expect(created()).toBe(1);
    expect(handledActions(h.sim).filter((a) => a === 'post_task')).toHaveLength(1);
    const sink = collectingSink();
    await h.session.pull(sink, RANGE);
    expect(sink.got.projects).toHaveLength(5);
  });
});
