import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorksnapsSimulator, type WorksnapsSimulator } from '../../simulators/worksnaps/index.js';
import { boundaryDaysAgo, caught, connect, raw, at, textAt } from './helpers.js';

let sim: WorksnapsSimulator;
beforeAll(async () => {
  sim = await startWorksnapsSimulator({ tasksPerProject: 12 });
});
afterAll(() => sim.close());

const client = () => connect(sim).client;
const pid = (name: string) => String(sim.projects[name]!.id);

describe('users (endpoints 1–5)', () => {
  it('GET me.xml returns the caller with the api_token element', async () => {
    const { doc } = await raw(sim, sim.tokens.bob, 'GET', '/api/me.xml');
    expect(at(doc, 'user.login')).toBe('bob');
    expect(at(doc, 'user.api_token')).toBe(sim.tokens.bob);
    expect((await client().me()).id).toBe(String(sim.users.alice.id));
  });

  it('GET users.xml lists people sharing a project; GET users/{id}.xml reads one', async () => {
    const users = await client().listUsers();
    expect(users.map((u) => u.login).sort()).toEqual(['alice', 'bob', 'carol']);
    expect((await client().getUser(String(sim.users.carol.id))).email).toBe('carol@example.com');
  });

  it('POST users.xml needs the partner token; PUT users/{id}.xml answers <reply><user>', async () => {
    const body = {
      user: {
        login: 'dave',
        email: 'dave@example.com',
        password: 'pw12345',
        first_name: 'Dave',
        last_name: 'Okafor',
        timezone_id: 14,
      },
    };
    expect((await raw(sim, sim.tokens.alice, 'POST', '/api/users.xml', body)).status).toBe(403);
    const created = await raw(sim, sim.tokens.partner, 'POST', '/api/users.xml', body);
    expect(created.status).toBe(201);
    expect(at(created.doc, 'user.login')).toBe('dave');
    const dup = await raw(sim, sim.tokens.partner, 'POST', '/api/users.xml', body);
    expect([dup.status, at(dup.doc, 'reply.error_code')]).toEqual([422, '10011']);
    const updated = await raw(sim, sim.tokens.partner, 'PUT', `/api/users/${textAt(created.doc, 'user.id')}.xml`, {
      user: { last_name: 'Okafor-Lee' },
    });
    expect(at(updated.doc, 'reply.user.last_name')).toBe('Okafor-Lee');
    expect(
      (await raw(sim, sim.tokens.bob, 'PUT', `/api/users/${sim.users.alice.id}.xml`, { user: { first_name: 'X' } })).status,
    ).toBe(403);
  });
});

describe('projects (endpoints 6–10)', () => {
  it('lists, reads, creates, updates and deletes a project', async () => {
    const c = client();
    expect((await c.listProjects()).length).toBe(4);
    expect((await c.getProject(pid('Mobile App'))).description).toBe('iOS and Android client');
    const created = await c.createProject({ name: 'R&D <lab>', description: 'Quotes "and" ampersands & more' });
    expect(sim.state.projects.get(Number(created.id))).toMatchObject({
      name: 'R&D <lab>',
      description: 'Quotes "and" ampersands & more',
    });
    const updated = await c.updateProject(created.id, { name: 'Research', description: 'renamed' });
    expect(updated).toMatchObject({ name: 'Research', description: 'renamed', status: 'active' });
    await c.deleteProject(created.id);
    expect(sim.state.projects.has(Number(created.id))).toBe(false);
  });

  it('renaming onto an existing name is the same 422 with error 10022', async () => {
    const error = await caught(client().updateProject(pid('Internal Tools'), { name: 'Mobile App' }));
    expect([error.code, error.providerCode, error.providerMessage]).toEqual([
      'validation',
      10022,
      'A project of name Mobile App already exists',
    ]);
  });
});

describe('tasks and task assignments (endpoints 11–20)', () => {
  it('covers task CRUD', async () => {
    const c = client();
    const project = pid('Website Redesign');
    expect((await c.listTasks(project)).length).toBe(12);
    const task = await c.createTask(project, { name: 'Audit fonts', description: '' });
    expect((await c.getTask(project, task.id)).name).toBe('Audit fonts');
    expect((await c.updateTask(project, task.id, { description: 'Self-host them' })).description).toBe('Self-host them');
    await c.deleteTask(project, task.id);
    expect((await caught(c.getTask(project, task.id))).code).toBe('not-found');
  });

  it('lists, reads, creates and deletes task assignments, by id and by task+user', async () => {
    const c = client();
    const project = pid('Website Redesign');
    const task = await c.createTask(project, { name: 'Pair on CSS', description: '' });
    const bob = String(sim.users.bob.id);
    const carol = String(sim.users.carol.id);
    const a1 = await c.assignTask(project, task.id, bob);
    const a2 = await c.assignTask(project, task.id, carol);
    expect((await c.getTaskAssignment(project, a1.id)).user_id).toBe(bob);
    const listed = (await c.listTaskAssignments(project)).filter((a) => a.task_id === task.id);
    expect(listed.map((a) => a.user_id).sort()).toEqual([bob, carol].sort());
    await c.unassignTask(project, task.id, bob);
    expect(
      at(
        (await raw(sim, sim.tokens.alice, 'DELETE', `/api/projects/${project}/task_assignments/${a2.id}.xml`)).doc,
        'reply.status',
      ),
    ).toBe('1');
    expect((await c.listTaskAssignments(project)).filter((a) => a.task_id === task.id)).toEqual([]);
  });

  it('a member may read but not change tasks (403)', async () => {
    const bob = connect(sim, sim.tokens.bob).client;
    expect((await bob.listTasks(pid('Mobile App'))).length).toBeGreaterThan(0);
    const error = await caught(bob.createTask(pid('Mobile App'), { name: 'Sneaky', description: '' }));
    expect([error.code, error.providerCode]).toEqual(['forbidden', 10003]);
  });
});

describe('user assignments (endpoints 21–25)', () => {
  it('lists with the user names, and supports create, read, update, delete', async () => {
    const project = pid('Internal Tools');
    expect((await client().listUserAssignments(project)).map((ua) => ua.role)).toEqual(['manager']);
    const created = await raw(sim, sim.tokens.alice, 'POST', `/api/projects/${project}/user_assignments.xml`, {
      user_assignment: { user_id: sim.users.bob.id, role: 'user', flag_allow_logging_time: 1 },
    });
    expect(created.status).toBe(201);
    const id = textAt(created.doc, 'user_assignment.id');
    const read = await raw(sim, sim.tokens.alice, 'GET', `/api/projects/${project}/user_assignments/${id}.xml`);
    expect(at(read.doc, 'user_assignment')).toMatchObject({
      user_first_name: 'Bob',
      user_email: 'bob@example.com',
      role: 'user',
    });
    const put = await raw(sim, sim.tokens.alice, 'PUT', `/api/projects/${project}/user_assignments/${id}.xml`, {
      user_assignment: { role: 'manager' },
    });
    expect(at(put.doc, 'user_assignment.role')).toBe('manager');
    expect(
      at((await raw(sim, sim.tokens.alice, 'DELETE', `/api/projects/${project}/user_assignments/${id}.xml`)).doc, 'reply.status'),
    ).toBe('1');
    expect((await client().listUserAssignments(project)).length).toBe(1);
  });
});

describe('time entries (endpoints 26–33)', () => {
  const range = () => ({ from: boundaryDaysAgo(20), to: boundaryDaysAgo(0) + 600 });

  it('lists by project with user, task and type filters, and by user', async () => {
    const c = client();
    const project = pid('Website Redesign');
    const all = await c.time.listForProject(project, range());
    expect(new Set(all.map((e) => e.user_id)).size).toBe(3);
    const bobOnly = await c.time.listForProject(project, range(), { userIds: [String(sim.users.bob.id)], type: 'offline' });
    expect(bobOnly.length).toBeGreaterThan(0);
    expect(bobOnly.every((e) => e.user_id === String(sim.users.bob.id) && e.type === 'offline')).toBe(true);
    const taskIds = [...new Set(all.map((e) => e.task_id!))].slice(0, 2);
    const byTask = await c.time.listForProject(project, range(), { taskIds });
    expect(byTask.length).toBe(all.filter((e) => taskIds.includes(e.task_id!)).length);
    const viaUser = await c.time.listForUser(project, String(sim.users.carol.id), range());
    expect(viaUser.length).toBe(all.filter((e) => e.user_id === String(sim.users.carol.id)).length);
  });

  it("a member sees only their own time and gets 403 for another user's", async () => {
    const bob = connect(sim, sim.tokens.bob).client;
    const own = await bob.time.listForProject(pid('Website Redesign'), range());
    expect(own.every((e) => e.user_id === String(sim.users.bob.id))).toBe(true);
    const error = await caught(bob.time.listForUser(pid('Website Redesign'), String(sim.users.alice.id), range()));
    expect(error.code).toBe('forbidden');
  });

  it('gets one entry, with full_resolution_url only when asked', async () => {
    const entry = [...sim.state.timeEntries.values()].find((e) => e.user_id === sim.users.alice.id && e.type === 'online')!;
    const plain = await client().time.get(String(entry.project_id), String(entry.id));
    expect(plain).toMatchObject({ id: String(entry.id), duration_in_minutes: 10, type: 'online' });
    expect(plain.full_resolution_url).toBeUndefined();
    expect((await client().time.get(String(entry.project_id), String(entry.id), true)).full_resolution_url).toMatch(/full\.jpg$/);
  });

  it('updates and deletes several entries with ;-separated ids', async () => {
    const project = sim.projects['Mobile App']!;
    const ids = [...sim.state.timeEntries.values()]
      .filter((e) => e.project_id === project.id)
      .slice(0, 3)
      .map((e) => String(e.id));
    await client().time.update(String(project.id), ids, { comment: 'Sprint review' });
    expect(ids.map((id) => sim.state.timeEntries.get(Number(id))?.user_comment)).toEqual(Array(3).fill('Sprint review'));
    await client().time.delete(String(project.id), ids);
    expect(ids.some((id) => sim.state.timeEntries.has(Number(id)))).toBe(false);
  });

  it('adds offline time for oneself and, as manager, for a member', async () => {
    const project = pid('Mobile App');
    const from = boundaryDaysAgo(2);
    await client().time.addOffline(project, { from, minutes: 20, taskId: null, comment: 'for bob' }, String(sim.users.bob.id));
    const stored = [...sim.state.timeEntries.values()].find((e) => e.user_comment === 'for bob');
    expect(stored).toMatchObject({
      user_id: sim.users.bob.id,
      task_id: 0,
      duration_in_minutes: 20,
      from_timestamp: from,
      type: 'offline',
    });
    const bobClient = connect(sim, sim.tokens.bob).client;
    const error = await caught(
      bobClient.time.addOffline(project, { from, minutes: 10, taskId: null, comment: '' }, String(sim.users.alice.id)),
    );
    expect(error.code).toBe('forbidden');
  });

  it('accepts Rails-typed values (type="integer") in an offline-time body, as old clients send them', async () => {
    const from = boundaryDaysAgo(3);
    const body = `<time_entry><task_id type="integer">0</task_id><user_comment>typed</user_comment><from_timestamp type="integer">${from}</from_timestamp><duration_in_minutes type="integer">10</duration_in_minutes></time_entry>`;
    const reply = await raw(sim, sim.tokens.alice, 'POST', `/api/projects/${pid('Internal Tools')}/time_entries.xml`, body);
    expect([reply.status, at(reply.doc, 'reply.status')]).toEqual([201, '1']);
  });
});

describe('reports (endpoints 34–35)', () => {
  it('time_entries report rows carry time_entry_type; time_summary sums per user and task', async () => {
    const project = pid('Website Redesign');
    const range = { from: boundaryDaysAgo(29), to: boundaryDaysAgo(0) };
    const alice = String(sim.users.alice.id);
    const rows = await client().time.report(project, 'time_entries', range, { userIds: [alice] });
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0]!).sort()).toEqual(
      ['duration_in_minutes', 'project_id', 'task_id', 'task_name', 'time_entry_type', 'user_comment', 'user_id'].sort(),
    );
    const summary = await client().time.report(project, 'time_summary', range, { userIds: [alice] });
    const total = (list: typeof rows) => list.reduce((sum, r) => sum + Number(r.duration_in_minutes), 0);
    expect(total(summary)).toBe(total(rows));
    expect(summary.length).toBeLessThan(rows.length);
  });

  it('summary_reports gives per-day rows for the projects I manage', async () => {
    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
    const rows = await client().time.summary(from, to, { userIds: [String(sim.users.alice.id)] });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ user_name: 'Alice Moreau' });
    expect(rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.date!) && r.date! >= from && r.date! <= to)).toBe(true);
    const managed = new Set(['Website Redesign', 'Mobile App', 'Internal Tools']);
    expect(rows.every((r) => managed.has(r.project_name!))).toBe(true);
  });
});
