import { badRequest, element, idParam, integerField, notFound, requireProject, text, type HandlerContext } from '../context.js';
import { membership, newId, type SimRole, type SimTaskAssignment, type SimUserAssignment } from '../state.js';
import { statusReply, type SimReply } from '../xml.js';
import { taskAssignmentXml } from './tasks.js';

export function listTaskAssignments(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx);
  const rows = [...ctx.state.taskAssignments.values()].filter((ta) => ta.project_id === project.id);
  return { status: 200, body: { task_assignments: { task_assignment: rows.map(taskAssignmentXml) } } };
}

function requireTaskAssignment(ctx: HandlerContext, projectId: number): SimTaskAssignment {
  const ta = ctx.state.taskAssignments.get(idParam(ctx, 'id'));
  if (!ta || ta.project_id !== projectId) throw notFound(`Task assignment ${ctx.params.id}`);
  return ta;
}

export function getTaskAssignment(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx);
  return { status: 200, body: { task_assignment: taskAssignmentXml(requireTaskAssignment(ctx, project.id)) } };
}

export function createTaskAssignment(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx, true);
  const el = element(ctx, 'task_assignment');
  const taskId = integerField(el, 'task_id');
  const userId = integerField(el, 'user_id');
  if (taskId === undefined || userId === undefined) throw badRequest('task_id and user_id are required');
  if (ctx.state.tasks.get(taskId)?.project_id !== project.id) throw notFound(`Task ${taskId}`);
  if (!membership(ctx.state, project.id, userId)) throw badRequest(`User ${userId} is not in project ${project.id}`);
  const existing = [...ctx.state.taskAssignments.values()].find((ta) => ta.task_id === taskId && ta.user_id === userId);
  const ta = existing ?? { id: newId(ctx.state), project_id: project.id, task_id: taskId, user_id: userId };
  ctx.state.taskAssignments.set(ta.id, ta);
  return { status: 201, body: { task_assignment: taskAssignmentXml(ta) } };
}

/** DELETE task_assignments.xml?task_id=&user_id= (endpoint 19) or task_assignments/{id}.xml (endpoint 20). */
export function deleteTaskAssignment(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx, true);
  if (ctx.params.id !== undefined) {
    ctx.state.taskAssignments.delete(requireTaskAssignment(ctx, project.id).id);
    return statusReply();
  }
  const taskId = Number(ctx.query.get('task_id'));
  const userId = Number(ctx.query.get('user_id'));
  if (!ctx.query.get('task_id') || !ctx.query.get('user_id')) throw badRequest('task_id and user_id are required');
  const found = [...ctx.state.taskAssignments.values()].find(
    (ta) => ta.project_id === project.id && ta.task_id === taskId && ta.user_id === userId,
  );
  if (!found) throw notFound(`Task assignment of task ${taskId} to user ${userId}`);
  ctx.state.taskAssignments.delete(found.id);
  return statusReply();
}

function userAssignmentXml(ctx: HandlerContext, ua: SimUserAssignment): Record<string, unknown> {
  const user = ctx.state.users.get(ua.user_id);
  return {
    ...ua,
    user_first_name: user?.first_name ?? '',
    user_last_name: user?.last_name ?? '',
    user_email: user?.email ?? '',
  };
}

function requireUserAssignment(ctx: HandlerContext, projectId: number): SimUserAssignment {
  const ua = ctx.state.userAssignments.get(idParam(ctx, 'id'));
  if (!ua || ua.project_id !== projectId) throw notFound(`User assignment ${ctx.params.id}`);
  return ua;
}

export function listUserAssignments(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx);
  const rows = [...ctx.state.userAssignments.values()].filter((ua) => ua.project_id === project.id);
  return { status: 200, body: { user_assignments: { user_assignment: rows.map((ua) => userAssignmentXml(ctx, ua)) } } };
}

export function getUserAssignment(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx);
  return { status: 200, body: { user_assignment: userAssignmentXml(ctx, requireUserAssignment(ctx, project.id)) } };
}

function applyUserAssignment(ua: SimUserAssignment, el: Record<string, unknown>): void {
  const role = text(el, 'role');
  if (role !== undefined && role !== 'manager' && role !== 'user') throw badRequest(`Unknown role "${role}"`);
  if (role) ua.role = role;
  ua.flag_allow_logging_time = integerField(el, 'flag_allow_logging_time') ?? ua.flag_allow_logging_time;
  ua.hourly_rate = Number(text(el, 'hourly_rate') || ua.hourly_rate);
  ua.window_for_adding_offline_time = integerField(el, 'window_for_adding_offline_time') ?? ua.window_for_adding_offline_time;
  ua.window_for_deleting_time = integerField(el, 'window_for_deleting_time') ?? ua.window_for_deleting_time;
}

export function createUserAssignment(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx, true);
  const el = element(ctx, 'user_assignment');
  const userId = integerField(el, 'user_id');
  if (userId === undefined || !ctx.state.users.has(userId)) throw badRequest('user_id must name an existing user');
  const ua = membership(ctx.state, project.id, userId) ?? {
    id: newId(ctx.state),
    project_id: project.id,
    user_id: userId,
    role: 'user' as SimRole,
    flag_allow_logging_time: 1,
    hourly_rate: 0,
    window_for_adding_offline_time: -1,
    window_for_deleting_time: -1,
  };
  applyUserAssignment(ua, el);
  ctx.state.userAssignments.set(ua.id, ua);
  return { status: 201, body: { user_assignment: userAssignmentXml(ctx, ua) } };
}

export function updateUserAssignment(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx, true);
  const ua = requireUserAssignment(ctx, project.id);
  applyUserAssignment(ua, element(ctx, 'user_assignment'));
  return { status: 200, body: { user_assignment: userAssignmentXml(ctx, ua) } };
}

export function deleteUserAssignment(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx, true);
  ctx.state.userAssignments.delete(requireUserAssignment(ctx, project.id).id);
  return statusReply();
}
