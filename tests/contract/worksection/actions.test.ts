import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Task } from '../../../shared/model.js';
import type { HashMode } from '../../../main/core/providers/worksection/hash.js';
import { collectingSink, handledActions, RANGE, reconnect, startHarness, type Harness } from './helpers.js';

describe.each<HashMode>(['legacy', 'query'])('worksection actions with the %s hash form', (mode) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ hashMode: mode });
    await h.session.verify();
    h.session = reconnect(h, { hashMode: mode, userEmail: h.sim.owner.email, userRemoteId: h.sim.owner.id });
  });
  afterEach(async () => h.sim.close());

  const firstProject = (): string => h.sim.state.projects[0]!.id;
  const pulledTasks = async (): Promise<Task[]> => {
    const sink = collectingSink();
    await h.session.pull(sink, RANGE);
    return [...sink.got.tasks.values()].flat();
  };
  /** How the last handled request addressed its object: page in the seeds' form, ids in the newer one. */
  const lastAddress = (): Record<string, string> => {
    const { page, id_task, id_project, id_parent } = h.sim.state.handled.at(-1)!.params;
    return Object.fromEntries(
      Object.entries({ page, id_task, id_project, id_parent }).filter(([, v]) => v !== undefined),
    ) as Record<string, string>;
  };

  it('pulls active, pending and archived projects, every task with two levels of subtasks, costs and the running timer', async () => {
    const sink = collectingSink();
    await h.session.pull(sink, RANGE);
    const { projects, tasks, pages, time, timers } = sink.got;
    expect(projects.map((p) => [p.name, p.archived])).toEqual([
      ['Website relaunch', false],
      ['Mobile app', false],
      ['Support desk', false],
      ['Q3 marketing', false],
      ['Office move 2023', true],
    ]);
    expect(pages).toHaveLength(5);
    expect(pages.every((p) => p.last)).toBe(true);
    const all = [...tasks.values()].flat();
    expect(all).toHaveLength(h.sim.state.tasks.length);
    const byId = new Map(all.map((t) => [t.remoteId, t]));
    const subsub = all.find((t) => t.parentRemoteId && byId.get(t.parentRemoteId)?.parentRemoteId);
    expect(subsub).toBeDefined();
    const sim = h.sim.state.tasks.find((t) => t.id === subsub!.remoteId)!;
    expect(subsub!.parentRemoteId).toBe(sim.parentId);
    const owned = all.filter((t) => t.isMine);
    expect(owned.length).toBeGreaterThan(0);
    expect(owned.every((t) => t.assignees[0] === h.sim.owner.email)).toBe(true);
    expect(all.some((t) => t.status === 'done' && t.rawStatus === 'done')).toBe(true);
    expect(all.find((t) => t.details)?.details).toMatch(/^Details for step/);
    expect(time.length).toBe(h.sim.state.costs.length);
    expect(time.every((e) => e.kind === 'cost' && e.key.startsWith('worksection:acc1:cost:'))).toBe(true);
    expect(time.find((e) => e.note === 'Hosting invoice')?.minutes).toBe(0);
    expect(timers).toEqual([
      expect.objectContaining({ remoteId: h.sim.state.timers[0]!.id, title: 'Review landing page', userName: 'Marko Petrenko' }),
    ]);
  });

  it('creates a task, a subtask and a sub-subtask with post_task', async () => {
    const project = firstProject();
    const top = await h.session.createTask({
      projectRemoteId: project,
      title: 'Prepare demo',
      details: 'For Friday',
      dueDate: '2030-05-17',
    });
    expect(top).toMatchObject({
      title: 'Prepare demo',
      details: 'For Friday',
      dueDate: '2030-05-17',
      status: 'open',
      parentRemoteId: null,
      projectRemoteId: project,
    });
    expect(lastAddress()).toEqual(mode === 'legacy' ? { page: `/project/${project}/` } : { id_project: project });
    const sub = await h.session.createTask({
      projectRemoteId: project,
      title: 'Slides',
      details: '',
      dueDate: null,
      parentRemoteId: top.remoteId,
    });
    expect(sub.parentRemoteId).toBe(top.remoteId);
    expect(lastAddress()).toEqual(
      mode === 'legacy' ? { page: `/project/${project}/${top.remoteId}/` } : { id_project: project, id_parent: top.remoteId! },
    );
    const subsub = await h.session.createTask({
      projectRemoteId: project,
      title: 'Charts',
      details: '',
      dueDate: null,
      parentRemoteId: sub.remoteId,
    });
    expect(h.sim.state.tasks.find((t) => t.id === subsub.remoteId)).toMatchObject({
      parentId: sub.remoteId,
      dateEnd: null,
      name: 'Charts',
    });
    expect(h.sim.state.tasks.find((t) => t.id === top.remoteId)?.dateEnd).toBe('2030-05-17');
  });

  it('finds a task it created by project, title and time, and nothing for a title never sent', async () => {
    const since = new Date(Date.now() - 60_000);
    const input = { projectRemoteId: firstProject(), title: 'Only once', details: '', dueDate: null };
    const made = await h.session.createTask(input);
    expect((await h.session.findCreatedTask(input, since))?.remoteId).toBe(made.remoteId);
    expect(await h.session.findCreatedTask({ ...input, title: 'Never sent' }, since)).toBeNull();
  });

  it('reads one task with get_task, and null for a task that does not exist', async () => {
    const sim = h.sim.state.tasks.find((t) => t.parentId !== null)!;
    const task = await h.session.getTask(sim.projectId, sim.id);
    expect(task).toMatchObject({ remoteId: sim.id, title: sim.name, parentRemoteId: sim.parentId });
    expect(lastAddress()).toEqual(mode === 'legacy' ? { page: `/project/${sim.projectId}/${sim.id}/` } : { id_task: sim.id });
    expect(await h.session.getTask(sim.projectId, '999999')).toBeNull();
  });

  it('saves title, due date, priority, assignee and tags with update_task and update_task_tags', async () => {
    const base = (await pulledTasks()).find((t) => t.status === 'open' && t.tags.length === 0)!;
    const outcome = await h.session.updateTask(base, {
      title: 'Renamed',
      dueDate: '2031-01-02',
      priority: 9,
      assignees: ['taras@acme.test'],
      tags: ['urgent', 'In review'],
    });
    expect(outcome.kind).toBe('saved');
    const saved = outcome.kind === 'saved' ? outcome.task : null;
    expect(saved).toMatchObject({ title: 'Renamed', dueDate: '2031-01-02', priority: 9, assignees: ['taras@acme.test'] });
    expect([...saved!.tags].sort()).toEqual(['In review', 'urgent']);
    expect(saved!.revision).not.toBe(base.revision);
    expect(handledActions(h.sim)).toEqual(expect.arrayContaining(['update_task', 'update_task_tags']));
    const again = await h.session.updateTask(saved!, { dueDate: null });
    expect(again.kind === 'saved' && again.task.dueDate).toBeNull();
  });

  it('closes with complete_task and reopens with reopen_task', async () => {
    const base = (await pulledTasks()).find(
      (t) => t.status === 'open' && !h.sim.state.tasks.some((s) => s.parentId === t.remoteId),
    )!;
    const done = await h.session.updateTask(base, { status: 'done' });
    expect(done.kind === 'saved' && done.task.status).toBe('done');
    expect(h.sim.state.tasks.find((t) => t.id === base.remoteId)?.status).toBe('done');
    const reopened = await h.session.updateTask(done.kind === 'saved' ? done.task : base, { status: 'open' });
    expect(reopened.kind === 'saved' && reopened.task.status).toBe('open');
    expect(handledActions(h.sim).filter((a) => a === 'complete_task' || a === 'reopen_task')).toEqual([
      'complete_task',
      'reopen_task',
    ]);
  });

  it("writes what it is given without reading first: conflicts are the core's to find", async () => {
    const base = (await pulledTasks()).find((t) => t.status === 'open')!;
    h.sim.state.tasks.find((t) => t.id === base.remoteId)!.name = 'Changed in the browser';
    const before = handledActions(h.sim).length;
    const outcome = await h.session.updateTask(base, { title: 'Changed offline' });
    expect(outcome).toMatchObject({ kind: 'saved', task: { title: 'Changed offline' } });
    expect(handledActions(h.sim).slice(before)).toEqual(['update_task', 'get_task']);
    expect(h.sim.state.tasks.find((t) => t.id === base.remoteId)?.name).toBe('Changed offline');
  });

  it('posts and lists comments', async () => {
    const task = (await pulledTasks())[0]!;
    const comment = await h.session.addComment(task, 'Looks good to me');
    expect(comment).toMatchObject({ text: 'Looks good to me', author: 'Olena Kovalenko' });
    const list = await h.session.listComments(task);
    expect(list.map((c) => c.remoteId)).toContain(comment.remoteId);
  });

  it('adds, updates, lists, totals and deletes costs; logTime books an add_costs row', async () => {
    const task = (await pulledTasks())[0]!;
    const entry = await h.session.logTime({
      projectRemoteId: task.projectRemoteId,
      taskRemoteId: task.remoteId,
      start: '2030-03-04T09:00:00Z',
      end: '2030-03-04T10:30:00Z',
      note: 'Pairing',
    });
    expect(entry).toMatchObject({ kind: 'cost', minutes: 90, start: '2030-03-04', note: 'Pairing', taskRemoteId: task.remoteId });
    const cost = h.sim.state.costs.find((c) => c.id === entry.key.split(':')[3])!;
    expect(cost).toMatchObject({ minutes: 90, date: '2030-03-04', comment: 'Pairing', userId: h.sim.owner.id });
    await h.session.updateCost(cost.id, { time: '0.5', comment: 'Pairing (short)' });
    expect(cost).toMatchObject({ minutes: 30, comment: 'Pairing (short)' });
    const listed = await h.session.listCosts({ from: '04.03.2030', to: '04.03.2030' });
    expect(listed).toEqual([expect.objectContaining({ minutes: 30, note: 'Pairing (short)' })]);
    expect(await h.session.api.costsTotal({ from: '04.03.2030', to: '04.03.2030' })).toMatchObject({
      time: '0:30',
      money: '0.00',
    });
    await h.session.deleteCost(cost.id);
    expect(h.sim.state.costs.some((c) => c.id === cost.id)).toBe(false);
  });

  it('stops a running timer with stop_timer', async () => {
    const sink = collectingSink();
    await h.session.pull(sink, RANGE);
    await h.session.stopTimer(sink.got.timers[0]!);
    expect(h.sim.state.timers).toHaveLength(0);
    expect(h.sim.state.costs.at(-1)).toMatchObject({ isTimer: true, minutes: 45 });
  });

  it('search_tasks: dates compare as DD.MM.YYYY; an unsupported field or no criterion is refused in words', async () => {
    const today = new Date();
    const stamp = `${String(today.getUTCDate()).padStart(2, '0')}.${String(today.getUTCMonth() + 1).padStart(2, '0')}.${today.getUTCFullYear()}`;
    const made = await h.session.createTask({ projectRemoteId: firstProject(), title: 'Fresh one', details: '', dueDate: null });
    const fresh = await h.session.api.searchTasks({ filter: `dateadd >= '${stamp}' and name = 'Fresh one'` });
    expect(fresh.map((t) => t.id)).toEqual([made.remoteId]);
    const unsupported = await h.session.api.searchTasks({ filter: 'priority = 5' }).catch((e: unknown) => e);
    expect(unsupported).toMatchObject({
      code: 'validation',
      providerCode: 11,
      providerMessage: 'Invalid filter (unsupported field "priority")',
    });
    const nothing = await h.session.api.searchTasks({}).catch((e: unknown) => e);
    expect(nothing).toMatchObject({
      code: 'validation',
      providerCode: 10,
      providerMessage: expect.stringMatching(/^At least one of fields required/),
    });
  });

  it('searches with the filter grammar, lists and changes task tags, lists and downloads files', async () => {
    const project = firstProject();
    const found = await h.session.api.searchTasks({
      filter: `name has 'landing' and (project = ${project} or id in (1,2))`,
      status: 'active',
    });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((t) => /landing/i.test(t.name) && t.project?.id === project && t.status === 'active')).toBe(true);
    expect((await h.session.api.taskTags()).map((t) => t.title)).toEqual(expect.arrayContaining(['bug', 'feature', 'Blocked']));
    const task = (await pulledTasks()).find((t) => t.tags.length === 0)!;
    await h.session.setTaskTags(task, ['bug', 'Blocked'], []);
    await h.session.setTaskTags(task, [], ['bug']);
    expect((await h.session.getTask(task.projectRemoteId, task.remoteId!))?.tags).toEqual(['Blocked']);
    const files = await h.session.api.files({ project });
    expect(files.map((f) => f.name)).toEqual(['brief.txt', 'mockup.txt']);
    expect(await h.session.api.client.download(files[0]!.id)).toEqual({
      name: 'brief.txt',
      bytes: Buffer.from('Brief for Website relaunch\n'),
    });
  });
});
