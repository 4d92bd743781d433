import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkitySession } from '../../../main/core/providers/workity/index.js';
import { collectingSink, connect, startSim } from './helpers.js';

let ctx: Awaited<ReturnType<typeof startSim>>;
let lenny: WorkitySession;
const range = { from: new Date(0), to: new Date() };

beforeAll(async () => {
  ctx = await startSim();
  lenny = connect(ctx.sim, 'lenny', ctx.clock.now);
  await lenny.verify();
});
afterAll(async () => {
  await lenny.close();
  await ctx.sim.close();
});

describe('the adapter against the simulator', () => {
  it('pull delivers projects, tasks per project, notes and files, and news', async () => {
    const pulled = collectingSink();
    await lenny.pull(pulled.sink, range);
    expect(pulled.projects.map((p) => p.name).sort()).toEqual([
      'Birthday party',
      'Bowling league',
      'Plant newsletter',
      'Sector 7G safety',
    ]);
    expect(pulled.projects[0]?.key).toMatch(/^workity:acc-lenny:project:\d+$/);
    const birthday = pulled.tasks.get('11') ?? [];
    expect(birthday).toHaveLength(6);
    const task = birthday.find((t) => t.remoteId === '1007')!;
    expect(task).toMatchObject({
      key: 'workity:acc-lenny:task:1007',
      status: 'open',
      rawStatus: 'false',
      priority: null,
      assignees: ['Lenny Leonard'],
      tags: ['urgent'],
      isMine: true,
      pending: false,
      conflict: false,
    });
    expect(birthday.some((t) => t.status === 'done' && t.rawStatus === 'true')).toBe(true);
    const items = pulled.items.get('11') ?? [];
    expect(items.map((i) => `${i.kind}:${i.title}`).sort()).toEqual([
      'file:invitation.pdf',
      'note:Guest list',
      'note:Menu ideas',
    ]);
    expect(pulled.news.length).toBeGreaterThan(0);
    expect(pulled.news.every((n) => n.modifiedBy !== 'Lenny Leonard')).toBe(true);
    expect(pulled.conflicts).toEqual([]);
  });

  it('createTask, getTask and updateTask (content, status, assignees, tags) map to the unified model', async () => {
    const created = await lenny.createTask({
      projectRemoteId: '11',
      title: 'Hire a clown',
      details: 'Not Krusty',
      dueDate: '2024-05-20',
    });
    expect(created).toMatchObject({
      title: 'Hire a clown',
      details: 'Not Krusty',
      dueDate: '2024-05-20',
      revision: '0',
      status: 'open',
      isMine: true,
    });
    const outcome = await lenny.updateTask(created, {
      title: 'Hire a clown (not Krusty)',
      status: 'done',
      assignees: ['Lenny Leonard', 'Carl Carlson'],
      tags: ['party', 'clowns'],
    });
    expect(outcome).toMatchObject({
      kind: 'saved',
      task: {
        title: 'Hire a clown (not Krusty)',
        status: 'done',
        revision: '1',
        assignees: ['Lenny Leonard', 'Carl Carlson'],
        tags: ['party', 'clowns'],
      },
    });
    if (outcome.kind !== 'saved') return;
    const reopened = await lenny.updateTask(outcome.task, { status: 'open', tags: ['party'], assignees: ['Carl Carlson'] });
    expect(reopened).toMatchObject({
      kind: 'saved',
      task: { status: 'open', revision: '1', tags: ['party'], assignees: ['Carl Carlson'], isMine: false },
    });
    expect(await lenny.getTask('11', created.remoteId!)).toMatchObject({ title: 'Hire a clown (not Krusty)' });
  });

  it('an assignee outside the project is a validation error', async () => {
    const task = (await lenny.getTask(
      '13',
      String([...ctx.sim.state.items.values()].find((i) => i.kind === 'task' && i.projectId === 13)!.id),
    ))!;
    await expect(lenny.updateTask(task, { assignees: ['Homer Simpson'] })).rejects.toMatchObject({
      code: 'validation',
      field: 'assignees',
    });
  });

  it('findCreatedTask finds a task made since a moment, by project and title', async () => {
    const since = ctx.clock.now();
    ctx.clock.advance(2);
    const input = { projectRemoteId: '13', title: 'Interview Smithers', details: '', dueDate: null };
    expect(await lenny.findCreatedTask(input, since)).toBeNull();
    const made = await lenny.createTask(input);
    expect((await lenny.findCreatedTask(input, since))?.remoteId).toBe(made.remoteId);
  });

  it('getTask returns null for a task that no longer exists; deleteTask deletes', async () => {
    const made = await lenny.createTask({ projectRemoteId: '11', title: 'Short-lived', details: '', dueDate: null });
    await lenny.deleteTask(made);
    expect(await lenny.getTask('11', made.remoteId!)).toBeNull();
  });

  it('news reset: resetNews empties the news until someone else changes something', async () => {
    await lenny.resetNews();
    ctx.clock.advance(1);
    let pulled = collectingSink();
    await lenny.pull(pulled.sink, range);
    expect(pulled.news).toEqual([]);
    ctx.sim
      .actAs('homer')
      .call('UpdateTaskStatus', { TaskID: 1007, IsFinished: true, ModificationDate: '2024-05-01T11:30+02:00' });
    pulled = collectingSink();
    await lenny.pull(pulled.sink, range);
    expect(pulled.news).toEqual([
      expect.objectContaining({
        kind: 'task',
        remoteId: '1007',
        modifiedBy: 'Homer Simpson',
        modifiedAt: '2024-05-01T09:30:00.000Z',
      }),
    ]);
  });
});
