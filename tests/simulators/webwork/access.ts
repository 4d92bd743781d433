import { HttpFail, requireInt, type SimRequest } from './reply.js';
import type { Role, SimMembership, SimProject, SimTask, SimUser } from './types.js';

/** Roles the seed lets write tasks; members and viewers may only read (and track their own time). */
export const TASK_WRITERS: readonly Role[] = ['owner', 'executive_manager', 'project_manager', 'team_manager'];
/** Roles that may manage members and projects. */
export const ADMINS: readonly Role[] = ['owner', 'executive_manager'];

export interface WorkspaceAccess {
  workspaceId: number;
  membership: SimMembership;
}

/** Resolves `workspace_id` for the caller: 404 for an unknown workspace, 403 when the token's user is not in it. */
export function workspaceAccess(req: SimRequest): WorkspaceAccess {
  const workspaceId = requireInt(req, 'workspace_id');
  if (!req.state.workspaces.some((w) => w.id === workspaceId)) throw new HttpFail(404, 'Workspace not found.');
  const membership = req.state.memberships.find(
    (m) => m.workspace_id === workspaceId && m.user_id === req.userId && m.status === 'active',
  );
  if (!membership) throw new HttpFail(403, 'You do not have access to this workspace.');
  return { workspaceId, membership };
}

export function requireRole(access: WorkspaceAccess, roles: readonly Role[]): void {
  if (!roles.includes(access.membership.role)) {
    throw new HttpFail(403, 'This action is unauthorized for your role in this workspace.');
  }
}

export function findProject(req: SimRequest, workspaceId: number, projectId: number): SimProject {
  const project = req.state.projects.find((p) => p.id === projectId && p.workspace_id === workspaceId);
  if (!project) throw new HttpFail(404, 'Project not found.');
  return project;
}

export function findTask(req: SimRequest, workspaceId: number, projectId: number, taskId: number): SimTask {
  const task = req.state.tasks.find(
    (t) => t.id === taskId && t.workspace_id === workspaceId && t.project_id === projectId && t.deleted_at === null,
  );
  if (!task) throw new HttpFail(404, 'Task not found.');
  return task;
}

export function findUser(req: SimRequest, userId: number): SimUser | undefined {
  return req.state.users.find((u) => u.id === userId);
}

/** A user may be put on a task only when they hold a contract on its project. */
export function isProjectMember(req: SimRequest, projectId: number, userId: number): boolean {
  return req.state.contracts.some((c) => c.project_id === projectId && c.user_id === userId && c.status === 'active');
}

export function pathId(req: SimRequest, index: number): number {
  return Number(req.params[index]);
}
