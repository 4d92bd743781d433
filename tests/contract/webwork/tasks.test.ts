import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Task } from '../../../shared/model.js';
import * as tasksApi from '../../../main/core/providers/webwork/tasksApi.js';
import { failure, startHarness, type Harness } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => h.sim.close());

const scope = { workspaceId: 1, projectId: 101 };
const newTask = {
  projectRemoteId: '101',
  title: 'Ship the release notes',
  details: 'Draft, review, publish',
  dueDate: '2030-05-01',
};

async function someTask(): Promise<Task> {
  const task = await h.session.getTask('101', String(h.sim.state.tasks.find((t) => t.project_id === 101)?.id));
  if (!task) throw new Error('seed has no task in project 101');
  return task;
}

describe('WebWork tasks', () => {
  it('creates a task with title, description and due date', async () => {
    const task = await h.session.createTask(newTask);
    const stored = h.sim.state.tasks.find((t) => String(t.id) === task.remoteId);
    expect(stored).toMatchObject({
      title: 'Ship the release notes',
      description: 'Draft, review, publish',
      end_date: '2030-05-01',
      project_id: 101,
      status: 0,
      priority: 30,
      creator_id: 1,
    });
    expect(task).toMatchObject({
      key: `webwork:ww1:task:${task.remoteId}`,
      status: 'open',
      rawStatus: '0',
      dueDate: '2030-05-01',
      pending: false,
      conflict: false,
    });
  });

  it('reads one task, and null for one that does not exist', async () => {
    const task = await someTask();
    expect(task.projectRemoteId).toBe('101');
    expect(await h.session.getTask('101', '999999')).toBeNull();
  });

  it('updates title, details, due date, priority and status, keeping 30 when a completed task stays done', async () => {
    const base = await someTask();
    const outcome = await h.session.updateTask(base, {
      title: 'Renamed',
      details: 'New details',
      dueDate: '2031-01-31',
      priority: 10,
      status: 'doing',
    });
    expect(outcome.kind).toBe('saved');
    const stored = h.sim.state.tasks.find((t) => String(t.id) === base.remoteId);
    expect(stored).toMatchObject({
      title: 'Renamed',
      description: 'New details',
      end_date: '2031-01-31',
      priority: 10,
      status: 10,
    });
    if (outcome.kind === 'saved') expect(outcome.task).toMatchObject({ status: 'doing', rawStatus: '10', title: 'Renamed' });
    await h.session.updateTask({ ...base, rawStatus: '10' }, { status: 'done', dueDate: null });
    expect(stored).toMatchObject({ status: 20, end_date: null });
    expect(stored?.completed_at).not.toBeNull();
    await h.session.updateTask({ ...base, rawStatus: '30', status: 'done' }, { status: 'done' });
    expect(stored?.status).toBe(30);
    await h.session.updateTask({ ...base, rawStatus: '20' }, { status: 'open' });
    expect(stored).toMatchObject({ status: 0, completed_at: null });
  });

  it('deletes softly: the task stays on the server with deleted_at and leaves reads and lists', async () => {
    const base = await someTask();
    await h.session.deleteTask(base);
    const stored = h.sim.state.tasks.find((t) => String(t.id) === base.remoteId);
    expect(stored?.deleted_at).not.toBeNull();
    expect(await h.session.getTask('101', base.remoteId ?? '')).toBeNull();
    const listed = [];
    for await (const page of tasksApi.taskPages(h.session.client, scope)) listed.push(...page.items.map((t) => t.id));
    expect(listed).not.toContain(Number(base.remoteId));
    await expect(h.session.deleteTask(base)).resolves.toBeUndefined();
  });

  it('lists, assigns and unassigns through assignee patches', async () => {
    const base = await someTask();
    const taskId = Number(base.remoteId);
    const outcome = await h.session.updateTask(base, { assignees: ['3', '5'] });
    const names = (await tasksApi.listAssignees(h.session.client, scope, taskId)).map((a) => `${a.firstname} ${a.lastname}`);
    expect(names.sort()).toEqual(['Lena Fischer', 'Priya Nair']);
    if (outcome.kind === 'saved') expect(outcome.task.assignees.sort()).toEqual(['3', '5']);
    const again = await h.session.updateTask({ ...base, assignees: ['3', '5'] }, { assignees: ['1'] });
    if (again.kind === 'saved') expect(again.task).toMatchObject({ assignees: ['1'], isMine: true });
    const calls = h.sim.calls().map((c) => `${c.method} ${c.path}`);
    expect(calls.filter((c) => c.includes('/assign/')).length).toBe(3);
    expect(calls.filter((c) => c.includes('/unassign/')).length).toBe(
      base.assignees.filter((a) => !['3', '5'].includes(a)).length + 2,
    );
  });

  it('assigns and unassigns through the client calls directly', async () => {
    const base = await someTask();
    const taskId = Number(base.remoteId);
    const assignee = await tasksApi.assign(h.session.client, scope, taskId, 2);
    expect(assignee).toMatchObject({ user_id: 2, firstname: 'Ethan', assigner_id: 1 });
    await tasksApi.unassign(h.session.client, scope, taskId, 2);
    expect(h.sim.state.tasks.find((t) => t.id === taskId)?.assignees.some((a) => a.user_id === 2)).toBe(false);
    const error = await failure(tasksApi.unassign(h.session.client, scope, taskId, 2));
    expect(error.code).toBe('not-found');
  });

  it('filters the task list by status and priority', async () => {
    const done = [];
    for await (const page of tasksApi.taskPages(h.session.client, scope, { status: 20 })) done.push(...page.items);
    expect(done.length).toBe(h.sim.state.tasks.filter((t) => t.project_id === 101 && t.status === 20).length);
    expect(done.every((t) => t.status === 20)).toBe(true);
    const urgent = [];
    for await (const page of tasksApi.taskPages(h.session.client, scope, { priority: 10 })) urgent.push(...page.items);
    expect(urgent.length).toBeGreaterThan(0);
    expect(urgent.every((t) => t.priority === 10)).toBe(true);
  });

  it('finds a task it created since a moment, and nothing before it existed', async () => {
    const since = new Date();
    expect(await h.session.findCreatedTask(newTask, since)).toBeNull();
    const created = await h.session.createTask(newTask);
    const found = await h.session.findCreatedTask(newTask, since);
    expect(found?.remoteId).toBe(created.remoteId);
    expect(await h.session.findCreatedTask(newTask, new Date(Date.now() + 5000))).toBeNull();
  });

  it('refuses writes for a read-only member with forbidden and the server message', async () => {
    await h.sim.close();
    h = await startHarness({ token: 'member' });
    const error = await failure(h.session.createTask(newTask));
    expect(error.code).toBe('forbidden');
    expect(error.providerCode).toBe(403);
    expect(error.message).toContain('unauthorized for your role');
    expect(h.sim.state.tasks.some((t) => t.title === newTask.title)).toBe(false);
  });

  it('reports a task in a project of another workspace as not found', async () => {
    const error = await failure(tasksApi.getTask(h.session.client, { workspaceId: 1, projectId: 200 }, 1));
    expect(error.code).toBe('not-found');
    expect(error.providerMessage).toBe('Project not found.');
  });
});
