import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as ws from '../../../main/core/providers/webwork/workspaceApi.js';
import { failure, startHarness, type Harness } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => h.sim.close());

describe('WebWork workspaces and members', () => {
  it('lists the workspaces of the token with its role in each', async () => {
    const list = await ws.listWorkspaces(h.session.client);
    expect(list.map((w) => [w.id, w.workspace_name, w.role])).toEqual([
      [1, 'Acme Studio', 'owner'],
      [2, 'Acme Side Projects', 'owner'],
    ]);
  });

  it('lists members, filtered by role, and reads one', async () => {
    const all = await ws.listMembers(h.session.client, 1);
    expect(all.map((m) => m.id)).toEqual([1, 2, 3, 4, 5]);
    const members = await ws.listMembers(h.session.client, 1, { role: 'member' });
    expect(members.map((m) => m.firstname)).toEqual(['Marco', 'Lena']);
    expect(await ws.getMember(h.session.client, 1, 3)).toMatchObject({
      email: 'priya.nair@acme.example',
      current_role: 'project_manager',
    });
    expect((await failure(ws.getMember(h.session.client, 1, 7))).code).toBe('not-found');
  });

  it('invites, updates and archives a member', async () => {
    const invite = await ws.inviteMember(h.session.client, 1, {
      email: 'new.hire@acme.example',
      firstname: 'Noor',
      lastname: 'Haddad',
      role: 'member',
    });
    expect(invite.invitation_link).toContain('https://');
    const updated = await ws.updateMember(h.session.client, 1, invite.user_id, { role: 'team_manager', weekly_hours_limit: 20 });
    expect(updated).toMatchObject({ current_role: 'team_manager', status: 'invited' });
    await ws.archiveMember(h.session.client, 1, invite.user_id);
    expect(h.sim.state.memberships.find((m) => m.user_id === invite.user_id)?.status).toBe('archived');
    expect((await ws.listMembers(h.session.client, 1)).map((m) => m.id)).not.toContain(invite.user_id);
  });

  it('refuses a duplicate invitation with the email field', async () => {
    const error = await failure(
      ws.inviteMember(h.session.client, 1, { email: 'lena.fischer@acme.example', firstname: 'L', lastname: 'F', role: 'member' }),
    );
    expect(error).toMatchObject({ code: 'validation', field: 'email' });
  });

  it('lets only owners and executive managers manage members', async () => {
    await h.sim.close();
    h = await startHarness({ token: 'member' });
    const error = await failure(ws.archiveMember(h.session.client, 1, 5));
    expect(error.code).toBe('forbidden');
  });
});

describe('WebWork projects and contracts', () => {
  it('lists active projects, reads an archived one by id, filters by name', async () => {
    expect((await ws.listProjects(h.session.client, 1)).map((p) => p.id)).toEqual([100, 101, 102]);
    expect((await ws.listProjects(h.session.client, 1, 'mobile')).map((p) => p.name)).toEqual(['Mobile App']);
    expect((await ws.getProject(h.session.client, 1, 103)).deleted_at).not.toBeNull();
  });

  it('creates, updates and archives a project', async () => {
    const created = await ws.createProject(h.session.client, 1, {
      name: 'Data Warehouse',
      start_date: '2030-01-01',
      deadline: '2030-06-30',
    });
    const updated = await ws.updateProject(h.session.client, 1, created.id, { name: 'Data Lake' });
    expect(updated.name).toBe('Data Lake');
    const deadlineError = await failure(ws.updateProject(h.session.client, 1, created.id, { deadline: '2029-01-01' }));
    expect(deadlineError).toMatchObject({ code: 'validation', field: 'deadline' });
    await ws.archiveProject(h.session.client, 1, created.id);
    expect((await ws.listProjects(h.session.client, 1)).map((p) => p.id)).not.toContain(created.id);
  });

  it('reads contracts across pages although their pagination sits at the top level', async () => {
    const contracts = await ws.listContracts(h.session.client, 1);
    expect(contracts).toHaveLength(h.sim.state.contracts.filter((c) => c.workspace_id === 1).length);
    const mine = await ws.listContracts(h.session.client, 1, { project_id: 100, user_id: 1 });
    expect(mine).toHaveLength(1);
  });
});
