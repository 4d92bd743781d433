import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkitySession } from '../../../main/core/providers/workity/index.js';
import { collectingSink, connect, startSim } from './helpers.js';

let ctx: Awaited<ReturnType<typeof startSim>>;
let lenny: WorkitySession;
const range = { from: new Date(0), to: new Date() };
const newTask = { projectRemoteId: '13', title: 'Proofread the July issue', details: 'Page 2 has typos', dueDate: '2024-07-01' };
const copiesOf = (title: string) => [...ctx.sim.state.items.values()].filter((i) => i.title === title).length;

beforeEach(async () => {
  ctx = await startSim();
  lenny = connect(ctx.sim, 'lenny', ctx.clock.now);
  await lenny.verify();
});
afterEach(async () => {
  await ctx.sim.close();
});

describe('fault switches: a clear error, nothing lost, the client keeps working', () => {
  it('latency: calls still succeed', async () => {
    ctx.sim.faults.latencyMs = 30;
    const task = await lenny.createTask(newTask);
    expect(task).toMatchObject({ title: newTask.title, dueDate: '2024-07-01', status: 'open', isMine: true });
  });

  it('latency beyond the timeout: an offline error; findCreatedTask tells whether the create landed, so it is made once', async () => {
    const slow = connect(ctx.sim, 'lenny', ctx.clock.now, undefined, 150);
    await slow.verify();
    ctx.sim.faults.latencyMs = 400;
    const since = ctx.clock.now();
    await expect(slow.createTask(newTask)).rejects.toMatchObject({ code: 'offline', retryable: true });
    ctx.sim.faults.latencyMs = 0;
    await new Promise((resolve) => setTimeout(resolve, 400));
    if (!(await slow.findCreatedTask(newTask, since))) await slow.createTask(newTask);
    expect(copiesOf(newTask.title)).toBe(1);
  });

  it('dropped connection: reads are retried, a write fails as offline and sends nothing', async () => {
    ctx.sim.faults.dropNext = 1;
    expect((await lenny.api.getUserProjects()).length).toBe(4);
    ctx.sim.faults.dropNext = 1;
    await expect(lenny.createTask(newTask)).rejects.toMatchObject({ code: 'offline', retryable: true });
    expect(copiesOf(newTask.title)).toBe(0);
    await lenny.createTask(newTask);
    expect(copiesOf(newTask.title)).toBe(1);
  });

  it('dropped after the server committed: the create is found instead of repeated', async () => {
    const since = ctx.clock.now();
    ctx.sim.faults.dropAfterCommitNext = 1;
    await expect(lenny.createTask(newTask)).rejects.toMatchObject({ code: 'offline' });
    expect(await lenny.findCreatedTask(newTask, since)).toMatchObject({ title: newTask.title });
    expect(copiesOf(newTask.title)).toBe(1);
  });

  it('HTTP 500: reads are retried, a write is a retryable server error that changed nothing', async () => {
    ctx.sim.faults.serverErrorNext = 2;
    expect((await lenny.api.getUserInfo()).UserID).toBe('101');
    ctx.sim.faults.serverErrorNext = 1;
    const note = ctx.sim.state.items.get('note:1001')!;
    await expect(
      lenny.api.saveNote({ projectId: 11, noteId: 1001, title: 'Guest list', details: 'changed', newRevision: 11 }),
    ).rejects.toMatchObject({ code: 'server', retryable: true, providerCode: 500 });
    expect(note.revision).toBe(10);
    expect(
      await lenny.api.saveNote({ projectId: 11, noteId: 1001, title: 'Guest list', details: 'changed', newRevision: 11 }),
    ).toBe(0);
  });

  it('a malformed envelope: a protocol error with an excerpt, then the next call works', async () => {
    ctx.sim.faults.malformedNext = 1;
    const error = await lenny.api.getUserProjects().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'protocol', retryable: false });
    expect((error as Error).message).toMatch(/malformed GetUserProjects reply/);
    expect((await lenny.api.getUserProjects()).length).toBe(4);
  });

  it('service unavailable (503): reads are retried', async () => {
    ctx.sim.faults.rateLimitNext = 1;
    expect((await lenny.api.getUserTeam()).length).toBe(3);
  });

  it('an expired ticket in the middle of a pull: silent re-login, the pull completes', async () => {
    ctx.sim.faults.expireSessionNext = 1;
    ctx.sim.faults.dropNext = 0;
    const pulled = collectingSink();
    await lenny.pull(pulled.sink, range);
    expect(pulled.projects).toHaveLength(4);
  });

  it('a pull survives a dropped connection and an HTTP 500 with all data', async () => {
    const clean = collectingSink();
    await lenny.pull(clean.sink, range);
    ctx.sim.faults.dropNext = 1;
    ctx.sim.faults.serverErrorNext = 1;
    const faulty = collectingSink();
    await lenny.pull(faulty.sink, range);
    expect([...faulty.tasks.values()].flat().length).toBe([...clean.tasks.values()].flat().length);
    expect(faulty.news.length).toBe(clean.news.length);
  });

  it('an unreachable server is an offline error, not a crash', async () => {
    await ctx.sim.close();
    await expect(lenny.api.getUserInfo()).rejects.toMatchObject({ code: 'offline' });
    await expect(lenny.close()).resolves.toBeUndefined();
    ctx = await startSim();
  });
});
