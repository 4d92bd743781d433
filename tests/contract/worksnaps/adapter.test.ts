import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.js';
import { startWorksnapsSimulator, type WorksnapsSimulator } from '../../simulators/worksnaps/index.js';
import { adapter, caught, connect, makeCtx, recordingSink } from './helpers.js';

let sim: WorksnapsSimulator;
beforeAll(async () => {
  sim = await startWorksnapsSimulator();
});
afterAll(() => sim.close());

const day = 86_400_000;

describe('worksnaps adapter against the simulator', () => {
  it('verifies the token through me.xml and remembers the user id', async () => {
    const result = await connect(sim).verify();
    expect(result).toEqual({
      userRemoteId: String(sim.users.alice.id),
      userName: 'Alice Moreau',
      settings: { userRemoteId: String(sim.users.alice.id), login: 'alice' },
    });
  });

  it('pulls every project, each project task with its assignees, and marks my tasks', async () => {
    const sink = recordingSink();
    const now = new Date();
    await connect(sim).pull(sink, { from: new Date(now.getTime() - 30 * day), to: now });
    const visible = [...sim.state.projects.values()].filter((p) => p.name !== "Carol's Research");
    expect(sink.projectList.map((p) => p.name).sort()).toEqual(visible.map((p) => p.name).sort());
    for (const project of visible) {
      const expected = [...sim.state.tasks.values()].filter((t) => t.project_id === project.id);
      expect(sink.tasksByProject.get(String(project.id))?.length).toBe(expected.length);
    }
    expect(sink.pages.every((p) => p.last && p.index === 0)).toBe(true);
    const all = [...sink.tasksByProject.values()].flat();
    const alice = String(sim.users.alice.id);
    const mine = [...sim.state.taskAssignments.values()].filter((ta) => ta.user_id === sim.users.alice.id);
    expect(all.filter((t) => t.isMine).length).toBe(mine.length);
    expect(all.every((t) => t.status === 'open' && t.isMine === t.assignees.includes(alice))).toBe(true);
    expect(all[0]?.key).toMatch(/^worksnaps:acc1:task:\d+$/);
  });

  it('pulls only my own time entries in the range, each once, even across 30-day windows', async () => {
    const sink = recordingSink();
    const now = new Date();
    const from = new Date(now.getTime() - 45 * day);
    const before = sim.requests();
    await connect(sim).pull(sink, { from, to: now });
    const visibleProjects = 4;
    // The people of Alice's projects: one user read each (members).
    const assignments = [...sim.state.userAssignments.values()];
    const hers = new Set(assignments.filter((a) => a.user_id === sim.users.alice.id).map((a) => a.project_id));
    const people = new Set(assignments.filter((a) => hers.has(a.project_id)).map((a) => a.user_id)).size;
    // 1 me + 1 projects + 2 per project (tasks, assignments) + 1 per project (user assignments) + the people
    // + 2 windows per project for time.
    expect(sim.requests() - before).toBe(1 + 1 + visibleProjects * 3 + people + visibleProjects * 2);
    const expected = [...sim.state.timeEntries.values()].filter(
      (e) =>
        e.user_id === sim.users.alice.id &&
        e.from_timestamp * 1000 >= from.getTime() - 600_000 &&
        e.from_timestamp * 1000 < now.getTime(),
    );
    expect(sink.timeEntries.length).toBe(expected.length);
    expect(new Set(sink.timeEntries.map((e) => e.key)).size).toBe(expected.length);
    const offline = sink.timeEntries.find((e) => e.note === 'Client call');
    expect(offline?.minutes).toBe(30);
    expect(Date.parse(offline!.end!) - Date.parse(offline!.start!)).toBe(30 * 60_000);
  });

  it('creates, reads, finds, renames, describes and deletes a task', async () => {
    const session = connect(sim);
    const projectId = String(sim.projects['Mobile App']!.id);
    const input = { projectRemoteId: projectId, title: 'Ship build 42', details: 'TestFlight', dueDate: null };
    const created = await session.createTask(input);
    expect(created).toMatchObject({ title: 'Ship build 42', details: 'TestFlight', status: 'open', projectRemoteId: projectId });
    expect(sim.state.tasks.get(Number(created.remoteId))?.name).toBe('Ship build 42');

    expect((await session.findCreatedTask(input, new Date()))?.remoteId).toBe(created.remoteId);
    expect(await session.findCreatedTask({ ...input, title: 'Never made' }, new Date())).toBeNull();

    const outcome = await session.updateTask(created, { title: 'Ship build 43', details: 'App Store' });
    expect(outcome.kind).toBe('saved');
    const stored = sim.state.tasks.get(Number(created.remoteId));
    expect(stored).toMatchObject({ name: 'Ship build 43', description: 'App Store' });
    const fetched = await session.getTask(projectId, created.remoteId!);
    expect(fetched).toMatchObject({ title: 'Ship build 43', details: 'App Store', status: 'open' });
    expect(fetched?.revision).not.toBe(created.revision);

    await session.deleteTask!(fetched!);
    expect(sim.state.tasks.has(Number(created.remoteId))).toBe(false);
    expect(await session.getTask(projectId, created.remoteId!)).toBeNull();
  });

  it('reads a task with its assignees so "my tasks" holds for single reads too', async () => {
    const ta = [...sim.state.taskAssignments.values()].find((a) => a.user_id === sim.users.alice.id)!;
    const task = await connect(sim).getTask(String(ta.project_id), String(ta.task_id));
    expect(task?.isMine).toBe(true);
    expect(task?.assignees).toContain(String(sim.users.alice.id));
  });

  it('refuses a done status, due dates and subtasks instead of faking them', async () => {
    const session = connect(sim);
    const task = (await session.getTask(String(sim.projects['Mobile App']!.id), String([...sim.state.tasks.values()][70]!.id)))!;
    const before = sim.requests();
    const done = await caught(session.updateTask(task, { status: 'done' }));
    expect(done).toBeInstanceOf(AppError);
    expect(done.code).toBe('unsupported');
    expect(done.message).toMatch(/no finished flag/);
    expect(
      (
        await caught(
          session.createTask({ projectRemoteId: task.projectRemoteId, title: 'x', details: '', dueDate: '2025-05-01' }),
        )
      ).code,
    ).toBe('unsupported');
    expect(sim.requests()).toBe(before);
    expect(adapter.capabilities.statusChanges).toBe(false);
    expect(adapter.capabilities.notes.statusChanges).toMatch(/no finished flag/);
  });

  it('creates a project, and a duplicate name reaches the user with error 10022 and its text', async () => {
    const session = connect(sim);
    const project = await session.createProject({ name: 'Data Warehouse', description: 'ETL jobs' });
    expect(project.name).toBe('Data Warehouse');
    expect(sim.state.projects.get(Number(project.remoteId))?.owner_id).toBe(sim.users.alice.id);
    const error = await caught(session.createProject({ name: 'Data Warehouse', description: '' }));
    expect(error).toBeInstanceOf(AppError);
    expect(error.toPayload()).toMatchObject({
      code: 'validation',
      provider: 'worksnaps',
      providerCode: 10022,
      providerMessage: 'A project of name Data Warehouse already exists',
    });
    expect(error.message).toBe(
      'Worksnaps refused the request (HTTP 422, error 10022): A project of name Data Warehouse already exists',
    );
    expect([...sim.state.projects.values()].filter((p) => p.name === 'Data Warehouse')).toHaveLength(1);
  });

  it('logs offline time on a 10-minute boundary and returns the stored entry', async () => {
    const session = connect(sim);
    const projectId = String(sim.projects['Internal Tools']!.id);
    const taskId = String([...sim.state.tasks.values()].find((t) => t.project_id === Number(projectId))!.id);
    const start = new Date(Math.floor((Date.now() - day) / 600_000) * 600_000);
    const end = new Date(start.getTime() + 50 * 60_000);
    const entry = await session.logTime!({
      projectRemoteId: projectId,
      taskRemoteId: taskId,
      start: start.toISOString(),
      end: end.toISOString(),
      note: 'Workshop',
    });
    expect(entry).toMatchObject({
      kind: 'time',
      projectRemoteId: projectId,
      taskRemoteId: taskId,
      minutes: 50,
      note: 'Workshop',
      start: start.toISOString(),
    });
    const stored = sim.state.timeEntries.get(Number(entry.key.split(':').pop()));
    expect(stored).toMatchObject({
      type: 'offline',
      user_id: sim.users.alice.id,
      duration_in_minutes: 50,
      from_timestamp: start.getTime() / 1000,
    });
  });

  it('edits a time entry’s task and comment, one or several at a time', async () => {
    const session = connect(sim);
    const project = sim.projects['Website Redesign']!;
    const entries = [...sim.state.timeEntries.values()]
      .filter((e) => e.project_id === project.id && e.user_id === sim.users.alice.id)
      .slice(0, 3);
    const newTask = [...sim.state.tasks.values()].find((t) => t.project_id === project.id && t.id !== entries[0]!.task_id)!;
    const one = await session.updateTimeEntries(String(project.id), [String(entries[0]!.id)], {
      taskId: String(newTask.id),
      comment: 'Moved',
    });
    expect(one).toMatchObject({ taskRemoteId: String(newTask.id), note: 'Moved' });
    const many = await session.updateTimeEntries(
      String(project.id),
      entries.slice(1).map((e) => String(e.id)),
      { comment: 'Batch' },
    );
    expect(many).toBeNull();
    expect(entries.slice(1).map((e) => sim.state.timeEntries.get(e.id)?.user_comment)).toEqual(['Batch', 'Batch']);
  });

  it('normalises the base URL and keeps credentials out of it', () => {
    expect(adapter.prepareAccount({ baseUrl: null, email: null, workspace: null }).baseUrl).toBe('https://api.worksnaps.com');
    expect(adapter.prepareAccount({ baseUrl: 'http://127.0.0.1:4000/api/', email: null, workspace: null }).baseUrl).toBe(
      'http://127.0.0.1:4000',
    );
    expect(() => adapter.prepareAccount({ baseUrl: 'ftp://x', email: null, workspace: null })).toThrow(/https/);
  });

  it('learns the user id from me.xml when the account has none and saves it', async () => {
    const ctx = makeCtx(sim, sim.tokens.bob);
    const sink = recordingSink();
    await adapter.connect(ctx).pull(sink, { from: new Date(Date.now() - 7 * day), to: new Date() });
    expect(ctx.saveSettings).toHaveBeenCalledWith({ userRemoteId: String(sim.users.bob.id) });
    expect(sink.timeEntries.length).toBeGreaterThan(0);
  });
});
