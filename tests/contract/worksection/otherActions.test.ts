import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HashMode, Target } from '../../../main/core/providers/worksection/hash.js';
import type { Params } from '../../../main/core/providers/worksection/client.js';
import { reconnect, startHarness, type Harness } from './helpers.js';

/**
 * The actions the app does not call itself (projects, folders, events,
 * members, contacts, tag groups…), signed by the real client in each hash form.
 */
describe.each<HashMode>(['legacy', 'query'])('worksection project, member and tag actions with the %s hash form', (mode) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ hashMode: mode });
    h.session = reconnect(h, { hashMode: mode, userEmail: h.sim.owner.email });
  });
  afterAll(async () => h.sim.close());

  const call = async (action: string, params: Params = {}, target: Target = {}): Promise<Record<string, unknown>> =>
    await h.session.api.client.write(action, params, target);
  const data = async (action: string, params: Params = {}, target: Target = {}): Promise<unknown> =>
    (await call(action, params, target)).data;

  it('creates, reads, updates, closes and reactivates a project', async () => {
    const made = (await data('post_project', {
      title: 'Launch party',
      email_manager: 'marko@acme.test',
      members: 'iryna@acme.test',
      company: 'Events',
      datestart: '01.06.2030',
      tags: 'On track',
      'options.allow_close': '1',
      extra: 'options',
    })) as Record<string, unknown>;
    expect(made).toMatchObject({
      name: 'Launch party',
      status: 'active',
      company: 'Events',
      date_start: '2030-06-01',
      user_to: { email: 'marko@acme.test' },
      tags: expect.any(Object),
    });
    const id = String(made.id);
    expect(typeof made.id).toBe('string');
    expect(await data('get_project', { extra: 'users' }, { project: id })).toMatchObject({
      users: expect.arrayContaining([expect.objectContaining({ email: 'iryna@acme.test' })]),
    });
    expect(await data('update_project', { title: 'Launch party 2030', dateend: '30.06.2030' }, { project: id })).toMatchObject({
      name: 'Launch party 2030',
      date_end: '2030-06-30',
    });
    expect(await call('close_project', {}, { project: id })).toEqual({ status: 'ok' });
    expect(((await data('get_projects', { filter: 'archive' })) as { id: string }[]).map((p) => p.id)).toContain(id);
    expect(await call('activate_project', {}, { project: id })).toEqual({ status: 'ok' });
    await call('add_project_members', { members: 'taras@acme.test' }, { project: id });
    await call('delete_project_members', { members: 'iryna@acme.test' }, { project: id });
    const users = ((await data('get_project', { extra: 'users' }, { project: id })) as { users: { email: string }[] }).users.map(
      (u) => u.email,
    );
    expect(users).toContain('taras@acme.test');
    expect(users).not.toContain('iryna@acme.test');
    const events = (await data('get_events', { period: '1h' })) as { action: string; object: { id: string } }[];
    expect(events.filter((e) => e.object.id === id).map((e) => e.action)).toEqual(['post', 'update', 'close', 'reopen']);
  });

  it('lists and adds project folders', async () => {
    await data('add_project_groups', { title: 'Partners' });
    expect(((await data('get_project_groups')) as { title: string }[]).map((g) => g.title)).toEqual(
      expect.arrayContaining(['Acme', 'Internal', 'Partners']),
    );
  });

  it('lists all tasks across open projects, active only when asked', async () => {
    const all = (await data('get_all_tasks', { extra: 'subtasks' })) as { status: string; child?: unknown[] }[];
    const active = (await data('get_all_tasks', { filter: 'active' })) as { status: string }[];
    expect(all.some((t) => t.child?.length)).toBe(true);
    expect(active.every((t) => t.status === 'active')).toBe(true);
    expect(active.length).toBeLessThan(all.length);
  });

  it('lists and adds members, member groups, contacts and contact folders; subscribes a member to a task', async () => {
    expect(((await data('get_users')) as { role: string }[]).map((u) => u.role)).toContain('Owner');
    expect(await data('add_user', { email: 'new@acme.test', first_name: 'Nina', role: 'reader' })).toMatchObject({
      email: 'new@acme.test',
      role: 'Reader',
    });
    expect(await data('add_user_group', { title: 'Contractors' })).toMatchObject({ title: 'Contractors' });
    expect(((await data('get_user_groups')) as { title: string }[]).map((g) => g.title)).toContain('Contractors');
    expect(await data('add_contact', { email: 'ola@vendor.test', name: 'Ola Vendor' })).toMatchObject({ name: 'Ola Vendor' });
    expect(((await data('get_contacts')) as { email: string }[]).map((c) => c.email)).toContain('ola@vendor.test');
    expect(await data('add_contact_group', { title: 'Vendors' })).toMatchObject({ title: 'Vendors', client: 1 });
    expect(((await data('get_contact_groups')) as { title: string }[]).map((g) => g.title)).toContain('Vendors');
    const task = h.sim.state.tasks[0]!;
    const target = { project: task.projectId, task: task.id };
    await call('subscribe', { email_user: 'iryna@acme.test' }, target);
    expect(
      ((await data('get_task', { extra: 'subscribers' }, target)) as { subscribers: { email: string }[] }).subscribers.map(
        (s) => s.email,
      ),
    ).toEqual(['iryna@acme.test']);
    await call('unsubscribe', { email_user: 'iryna@acme.test' }, target);
    expect(task.subscriberIds).toEqual([]);
  });

  it('manages task and project tag groups and tags', async () => {
    expect(await data('add_task_tag_groups', { type: 'label', access: 'public', title: 'Area' })).toEqual([
      expect.objectContaining({ title: 'Area', type: 'label' }),
    ]);
    expect(await data('add_task_tags', { group: 'Area', title: 'backend,frontend' })).toHaveLength(2);
    expect(((await data('get_task_tags', { group: 'Area' })) as { title: string }[]).map((t) => t.title)).toEqual([
      'backend',
      'frontend',
    ]);
    expect(((await data('get_task_tag_groups', { type: 'status' })) as { title: string }[]).map((g) => g.title)).toEqual([
      'Workflow',
    ]);
    expect(await data('add_project_tag_groups', { access: 'public', title: 'Budget' })).toEqual([
      expect.objectContaining({ title: 'Budget' }),
    ]);
    await data('add_project_tags', { group: 'Budget', title: 'Over budget' });
    expect(((await data('get_project_tags')) as { title: string }[]).map((t) => t.title)).toContain('Over budget');
    expect(((await data('get_project_tag_groups')) as { title: string }[]).map((g) => g.title)).toEqual(['Health', 'Budget']);
    const project = h.sim.state.projects[1]!;
    await call('update_project_tags', { plus: 'Over budget', minus: 'At risk' }, { project: project.id });
    expect(((await data('get_project', {}, { project: project.id })) as { tags: Record<string, string> }).tags).toEqual({
      [project.tagIds[0]!]: 'Over budget',
    });
  });

  it('totals costs per project with get_costs_total extra', async () => {
    const reply = await call('get_costs_total', { extra: 'projects' });
    expect(reply.total).toMatchObject({ money: '75.17' });
    expect((reply.projects as { name: string }[]).map((p) => p.name)).toEqual(['Website relaunch']);
  });
});
