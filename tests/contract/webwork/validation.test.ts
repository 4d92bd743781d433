import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '../../../shared/model.js';
import * as tasksApi from '../../../main/core/providers/webwork/tasksApi.js';
import { failure, startHarness, type Harness } from './helpers.js';

let h: Harness;
let base: Task;
beforeAll(async () => {
  h = await startHarness();
  const seeded = h.sim.state.tasks.find((t) => t.project_id === 100 && t.start_date !== null);
  const task = await h.session.getTask('100', String(seeded?.id));
  if (!task) throw new Error('no seeded task with a start date');
  base = task;
});
afterAll(async () => h.sim.close());

const scope = { workspaceId: 1, projectId: 100 };
const newTask = (title: string, details = '', dueDate: string | null = null) => ({
  projectRemoteId: '100',
  title,
  details,
  dueDate,
});

describe('WebWork 422 rules reach the user with the field name', () => {
  it('title is required', async () => {
    const error = await failure(h.session.createTask(newTask('')));
    expect(error).toMatchObject({ code: 'validation', field: 'title', providerCode: 422, retryable: false });
    expect(error.message).toContain('title: The title field is required.');
  });

  it('title may not pass 1024 characters (1024 is fine)', async () => {
    const error = await failure(h.session.createTask(newTask('x'.repeat(1025))));
    expect(error).toMatchObject({ code: 'validation', field: 'title' });
    expect(error.message).toContain('1024');
    await expect(h.session.createTask(newTask('y'.repeat(1024)))).resolves.toMatchObject({ title: 'y'.repeat(1024) });
  });

  it('description may not pass 65535 characters', async () => {
    const error = await failure(h.session.updateTask(base, { details: 'd'.repeat(65536) }));
    expect(error).toMatchObject({ code: 'validation', field: 'description' });
    expect(error.message).toContain('65535');
  });

  it('end_date may not be before start_date', async () => {
    const error = await failure(h.session.updateTask(base, { dueDate: '2000-01-01' }));
    expect(error).toMatchObject({ code: 'validation', field: 'end_date' });
    expect(error.message).toContain('end_date: The end date field must be a date after or equal to start date.');
  });

  it('status must be one of 0, 10, 20, 30', async () => {
    const error = await failure(tasksApi.updateTask(h.session.client, scope, Number(base.remoteId), { status: 15 }));
    expect(error).toMatchObject({ code: 'validation', field: 'status' });
    expect(error.message).toContain('status: The selected status is invalid.');
  });

  it('priority must be one of 10, 20, 30, 40', async () => {
    const error = await failure(h.session.updateTask(base, { priority: 50 }));
    expect(error).toMatchObject({ code: 'validation', field: 'priority' });
  });

  it('lists every failing field, the first one as field', async () => {
    const error = await failure(
      tasksApi.createTask(h.session.client, scope, {
        title: '',
        status: 5,
        priority: 1,
        start_date: '2024-02-01',
        end_date: '2024-01-01',
      }),
    );
    expect(error.field).toBe('title');
    for (const field of ['title:', 'status:', 'priority:', 'end_date:']) expect(error.message).toContain(field);
    expect(error.providerMessage).toContain('(and 3 more errors)');
  });

  it('an assignee must be a member of the project', async () => {
    const error = await failure(tasksApi.assign(h.session.client, scope, Number(base.remoteId), 6));
    expect(error).toMatchObject({ code: 'validation', field: 'user_id' });
  });

  it('nothing invalid was stored', () => {
    const titles = h.sim.state.tasks.map((t) => t.title);
    expect(titles).not.toContain('');
    expect(titles.filter((t) => t.length > 1024)).toEqual([]);
    expect(h.sim.state.tasks.find((t) => String(t.id) === base.remoteId)?.end_date).not.toBe('2000-01-01');
  });

  it('per_page outside 1..100 is refused', async () => {
    const error = await failure(h.session.client.request('GET', 'tasks', { workspace_id: 1, project_id: 100, per_page: 101 }));
    expect(error).toMatchObject({ code: 'validation', field: 'per_page' });
  });
});
