import { badRequest, element, idParam, notFound, requireProject, text, type HandlerContext } from '../context.js';
import { newId, type SimTask, type SimTaskAssignment } from '../state.js';
import { statusReply, type SimReply } from '../xml.js';

export function taskXml(task: SimTask): Record<string, unknown> {
  return { id: task.id, name: task.name, description: task.description };
}

export function taskAssignmentXml(ta: SimTaskAssignment): Record<string, unknown> {
  return { id: ta.id, project_id: ta.project_id, task_id: ta.task_id, user_id: ta.user_id };
}

function requireTask(ctx: HandlerContext, projectId: number): SimTask {
  const task = ctx.state.tasks.get(idParam(ctx, 'tid'));
  if (!task || task.project_id !== projectId) throw notFound(`Task ${ctx.params.tid}`);
  return task;
}

export function listTasks(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx);
  const tasks = [...ctx.state.tasks.values()].filter((t) => t.project_id === project.id);
  return { status: 200, body: { tasks: { task: tasks.map(taskXml) } } };
}

/** `include_task_assignment=1` (a client-side parameter in WS-UMB) nests the task's assignments. */
export function getTask(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx);
  const task = requireTask(ctx, project.id);
  const body: Record<string, unknown> = taskXml(task);
  if (ctx.query.get('include_task_assignment') === '1') {
    const assignments = [...ctx.state.taskAssignments.values()].filter((ta) => ta.task_id === task.id);
    body.task_assignments = { task_assignment: assignments.map(taskAssignmentXml) };
  }
  return { status: 200, body: { task: body } };
}

export function createTask(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx, true);
  const el = element(ctx, 'task');
  const name = text(el, 'name')?.trim();
  if (!name) throw badRequest('A task needs a name');
  const task: SimTask = { id: newId(ctx.state), project_id: project.id, name, description: text(el, 'description') ?? '' };
  ctx.state.tasks.set(task.id, task);
  return { status: 201, body: { task: taskXml(task) } };
}

export function updateTask(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx, true);
  const task = requireTask(ctx, project.id);
  const el = element(ctx, 'task');
  const name = text(el, 'name');
  if (name !== undefined) {
    if (!name.trim()) throw badRequest('A task needs a name');
    task.name = name.trim();
  }
  const description = text(el, 'description');
  if (description !== undefined) task.description = description;
  return { status: 200, body: { task: taskXml(task) } };
}

export function deleteTask(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx, true);
  const task = requireTask(ctx, project.id);
  ctx.state.tasks.delete(task.id);
  for (const [id, ta] of ctx.state.taskAssignments) if (ta.task_id === task.id) ctx.state.taskAssignments.delete(id);
  return statusReply();
}
