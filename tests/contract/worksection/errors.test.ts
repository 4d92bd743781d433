import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.js';
import type { Task } from '../../../shared/model.js';
import type { HashMode } from '../../../main/core/providers/worksection/hash.js';
import { collectingSink, RANGE, reconnect, startHarness, type Harness } from './helpers.js';

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe.each<HashMode>(['legacy', 'query'])('worksection status codes reach the user (%s hash form)', (mode) => {
  let h: Harness;
  afterEach(async () => h.sim.close());

  const start = async (options = {}): Promise<void> => {
    h = await startHarness({ hashMode: mode, ...options });
    h.session = reconnect(h, { hashMode: mode, userEmail: h.sim.owner.email, userRemoteId: h.sim.owner.id });
  };
  const client = () => h.session.api.client;
  const tasks = async (): Promise<Task[]> => {
    const sink = collectingSink();
    await h.session.pull(sink, RANGE);
    return [...sink.got.tasks.values()].flat();
  };

  it('0, 1: an unknown or missing action', async () => {
    await start();
    expect(await failure(client().read('delete_task'))).toMatchObject({
      code: 'unsupported',
      providerCode: 0,
      providerMessage: 'Action is invalid',
    });
    expect(await failure(client().read(''))).toMatchObject({
      code: 'validation',
      providerCode: 1,
      providerMessage: 'Action is required',
    });
  });

  it('3, 4, 5, 7, 8: bad or missing project and task addresses', async () => {
    await start();
    expect(await failure(client().read('get_task', { page: '/tasks/1/' }))).toMatchObject({
      code: 'not-found',
      providerCode: 3,
      providerMessage: 'Page is invalid',
    });
    expect(await failure(h.session.api.tasks('999999'))).toMatchObject({
      code: 'not-found',
      providerCode: 4,
      message: 'This project no longer exists in Worksection',
    });
    expect(await failure(h.session.api.task({ project: h.sim.state.projects[0]!.id, task: '999999' }))).toMatchObject({
      code: 'not-found',
      providerCode: 5,
      message: 'This task no longer exists in Worksection',
    });
    expect(await failure(client().read('get_tasks'))).toMatchObject({
      code: 'validation',
      providerCode: 7,
      providerMessage: 'Project is required',
    });
    expect(await failure(client().read('get_task'))).toMatchObject({
      code: 'validation',
      providerCode: 8,
      providerMessage: 'Task is required',
    });
  });

  it('7: stopping a timer that is no longer running', async () => {
    await start();
    const error = await failure(
      h.session.stopTimer({
        key: 'k',
        accountId: 'acc1',
        remoteId: '424242',
        taskRemoteId: null,
        title: '',
        userName: null,
        startedAt: null,
      }),
    );
    expect(error).toMatchObject({
      code: 'not-found',
      providerCode: 7,
      providerMessage: 'Timer not found',
      message: 'This timer is not running any more',
    });
  });

  it('8: adding a subtask under a closed task', async () => {
    await start();
    const closed = h.sim.state.tasks.find((t) => t.status === 'done')!;
    const error = await failure(
      h.session.createTask({
        projectRemoteId: closed.projectId,
        title: 'Late',
        details: '',
        dueDate: null,
        parentRemoteId: closed.id,
      }),
    );
    expect(error).toMatchObject({
      code: 'validation',
      providerCode: 8,
      providerMessage: 'Task is closed',
      message: 'The parent task is closed, so nothing can be added under it',
    });
  });

  it('10: a required field, with the field named', async () => {
    await start();
    const error = await failure(client().write('post_task', {}, { project: h.sim.state.projects[0]!.id }));
    expect(error).toMatchObject({
      code: 'validation',
      providerCode: 10,
      field: 'title',
      providerMessage: 'Field is required (title)',
      message: 'Worksection needs a value for title',
    });
  });

  it('11: an e-mail Worksection does not know, with the e-mail kept', async () => {
    await start();
    const base = (await tasks()).find((t) => t.status === 'open')!;
    const error = await failure(h.session.updateTask(base, { assignees: ['ghost@nowhere.test'] }));
    expect(error).toMatchObject({
      code: 'validation',
      providerCode: 11,
      field: 'email',
      providerMessage: 'Invalid email (ghost@nowhere.test)',
    });
    expect(error.message).toContain('ghost@nowhere.test');
  });

  it('12: closing a task that is already closed, reopening one already open', async () => {
    await start();
    const closed = h.sim.state.tasks.find((t) => t.status === 'done' && t.parentId === null)!;
    const open = h.sim.state.tasks.find((t) => t.status === 'active')!;
    expect(await failure(h.session.api.completeTask({ project: closed.projectId, task: closed.id }))).toMatchObject({
      code: 'validation',
      providerCode: 12,
      message: 'This task is already closed in Worksection',
      providerMessage: 'Task is already closed',
    });
    expect(await failure(h.session.api.reopenTask({ project: open.projectId, task: open.id }))).toMatchObject({
      providerCode: 12,
      message: 'This task is already open in Worksection',
    });
  });

  it('13: closing a task that still has open subtasks', async () => {
    await start();
    const all = await tasks();
    const parent = all.find(
      (t) =>
        t.parentRemoteId === null &&
        t.status === 'open' &&
        all.some((c) => c.parentRemoteId === t.remoteId && c.status === 'open'),
    )!;
    const error = await failure(h.session.updateTask(parent, { status: 'done' }));
    expect(error).toMatchObject({
      code: 'validation',
      providerCode: 13,
      providerMessage: 'Task has children',
      message: 'This task still has open subtasks: close them first',
    });
  });

  it('14: reopening a subtask whose parent is done', async () => {
    await start();
    const project = h.sim.state.projects[0]!.id;
    const parent = await h.session.createTask({ projectRemoteId: project, title: 'Parent', details: '', dueDate: null });
    const child = await h.session.createTask({
      projectRemoteId: project,
      title: 'Child',
      details: '',
      dueDate: null,
      parentRemoteId: parent.remoteId,
    });
    const closedChild = await h.session.updateTask(child, { status: 'done' });
    await h.session.updateTask(parent, { status: 'done' });
    const error = await failure(
      h.session.updateTask(closedChild.kind === 'saved' ? closedChild.task : child, { status: 'open' }),
    );
    expect(error).toMatchObject({
      code: 'validation',
      providerCode: 14,
      providerMessage: 'Parent task is done',
      message: 'The parent task is done: reopen it first',
    });
  });

  it('20: the quota, once retries are used up', async () => {
    await start();
    h.sim.faults.retryAfterSeconds = 0;
    h.sim.faults.rateLimitNext = 10;
    const error = await failure(h.session.api.users());
    expect(error).toMatchObject({ code: 'rate-limited', providerCode: 20, providerMessage: 'Quota exceeded', retryable: true });
  });

  it('too many records: the cap message is kept; a pull falls back to the open tasks', async () => {
    await start({ recordCap: 10 });
    const error = await failure(client().read('get_all_tasks'));
    expect(error).toMatchObject({ code: 'validation', providerCode: null, providerMessage: 'Too many tasks (10 max)' });
    const sink = collectingSink();
    await h.session.pull(sink, RANGE);
    const first = sink.got.tasks.get(h.sim.state.projects[0]!.id)!;
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((t) => t.status === 'open')).toBe(true);
  });
});

describe("worksection subtask codes in the seeds' page form", () => {
  let h: Harness;
  afterEach(async () => h.sim.close());

  it('6, 14, 15: a wrong subtask, a closed subtask, a subtask with open children', async () => {
    h = await startHarness({ hashMode: 'legacy' });
    h.session = reconnect(h, { hashMode: 'legacy', userEmail: h.sim.owner.email });
    const { tasks } = h.sim.state;
    const top = tasks.find((t) => t.parentId === null && tasks.some((c) => c.parentId === t.id))!;
    const other = tasks.find((t) => t.parentId === null && t.id !== top.id && t.projectId === top.projectId)!;
    expect(
      await h.session.api.task({ project: top.projectId, task: other.id, parent: top.id }).catch((e: unknown) => e),
    ).toMatchObject({ code: 'not-found', providerCode: 6, providerMessage: 'Subtask is invalid' });
    const sub = tasks.find(
      (t) => t.parentId !== null && tasks.some((c) => c.parentId === t.id && c.status === 'active') && t.status === 'active',
    )!;
    expect(
      await h.session.api.completeTask({ project: sub.projectId, task: sub.id, parent: sub.parentId }).catch((e: unknown) => e),
    ).toMatchObject({
      providerCode: 15,
      providerMessage: 'Subtask has children',
      message: 'This subtask still has open subtasks: close them first',
    });
    const doneSub = tasks.find((t) => t.parentId !== null && t.status === 'active' && !tasks.some((c) => c.parentId === t.id))!;
    await h.session.api.completeTask({ project: doneSub.projectId, task: doneSub.id, parent: doneSub.parentId });
    expect(
      await h.session.api
        .completeTask({ project: doneSub.projectId, task: doneSub.id, parent: doneSub.parentId })
        .catch((e: unknown) => e),
    ).toMatchObject({
      providerCode: 14,
      providerMessage: 'Subtask is already closed',
      message: 'This subtask is already closed',
    });
  });
});
