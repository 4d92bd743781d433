import { badRequest, element, requireProject, text, type HandlerContext } from '../context.js';
import { membership, newId, type SimProject } from '../state.js';
import { ERR, SimError, statusReply, type SimReply } from '../xml.js';

export function projectXml(project: SimProject): Record<string, unknown> {
  return { id: project.id, name: project.name, description: project.description, status: project.status };
}

export function listProjects(ctx: HandlerContext): SimReply {
  const mine = [...ctx.state.projects.values()].filter((p) => membership(ctx.state, p.id, ctx.user.id));
  return { status: 200, body: { projects: { project: mine.map(projectXml) } } };
}

export function getProject(ctx: HandlerContext): SimReply {
  return { status: 200, body: { project: projectXml(requireProject(ctx)) } };
}

/** The seed's example: a project of the same name created by the same user is a 422 with error 10022. */
function assertUniqueName(ctx: HandlerContext, name: string, selfId: number): void {
  for (const project of ctx.state.projects.values()) {
    const same = project.name.trim().toLowerCase() === name.trim().toLowerCase();
    if (same && project.id !== selfId && project.owner_id === ctx.user.id) {
      throw new SimError(422, ERR.duplicateProject, `A project of name ${name} already exists`);
    }
  }
}

export function createProject(ctx: HandlerContext): SimReply {
  if (ctx.isPartner) throw new SimError(403, ERR.forbidden, 'The partner token cannot own projects');
  const el = element(ctx, 'project');
  const name = text(el, 'name')?.trim();
  if (!name) throw badRequest('A project needs a name');
  assertUniqueName(ctx, name, -1);
  const project: SimProject = {
    id: newId(ctx.state),
    name,
    description: text(el, 'description') ?? '',
    status: 'active',
    owner_id: ctx.user.id,
  };
  ctx.state.projects.set(project.id, project);
  const uaId = newId(ctx.state);
  ctx.state.userAssignments.set(uaId, {
    id: uaId,
    project_id: project.id,
    user_id: ctx.user.id,
    role: 'manager',
    flag_allow_logging_time: 1,
    hourly_rate: 0,
    window_for_adding_offline_time: -1,
    window_for_deleting_time: -1,
  });
  return { status: 201, body: { reply: { project: projectXml(project) } } };
}

export function updateProject(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx, true);
  const el = element(ctx, 'project');
  const name = text(el, 'name')?.trim();
  if (name) {
    assertUniqueName(ctx, name, project.id);
    project.name = name;
  }
  const description = text(el, 'description');
  if (description !== undefined) project.description = description;
  const status = text(el, 'status');
  if (status) project.status = status;
  return { status: 200, body: { reply: { project: projectXml(project) } } };
}

export function deleteProject(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx, true);
  const { state } = ctx;
  state.projects.delete(project.id);
  for (const map of [state.tasks, state.taskAssignments, state.userAssignments, state.timeEntries]) {
    for (const [id, row] of map) if (row.project_id === project.id) map.delete(id);
  }
  return statusReply();
}
