import {
  element,
  forbidden,
  idList,
  idParam,
  integerField,
  isManager,
  notFound,
  requireProject,
  text,
  type HandlerContext,
} from '../context.js';
import { membership, newId, TEN_MINUTES, type SimProject, type SimTimeEntry } from '../state.js';
import { ERR, SimError, statusReply, type SimReply } from '../xml.js';
import { entryType, timeRange } from './timeRules.js';

export function timeEntryXml(ctx: HandlerContext, e: SimTimeEntry, fullResolution = false): Record<string, unknown> {
  const task = ctx.state.tasks.get(e.task_id);
  const shot = e.type === 'online' ? `https://screenshots.example/worksnaps/${e.id}` : '';
  const out: Record<string, unknown> = {
    ...e,
    task_name: task?.name ?? 'Default Activity',
    thumbnail_url: shot ? `${shot}/thumb.jpg` : '',
    webcam_url: '',
    activities: '',
  };
  if (fullResolution && shot) out.full_resolution_url = `${shot}/full.jpg`;
  return out;
}

function list(ctx: HandlerContext, project: SimProject, userIds: number[] | null): SimReply {
  const range = timeRange(ctx);
  const type = entryType(ctx);
  const taskIds = idList(ctx.query.get('task_ids'));
  const rows = [...ctx.state.timeEntries.values()].filter(
    (e) =>
      e.project_id === project.id &&
      e.from_timestamp >= range.from &&
      e.from_timestamp < range.to &&
      (!userIds || userIds.includes(e.user_id)) &&
      (!taskIds || taskIds.includes(e.task_id)) &&
      (!type || e.type === type),
  );
  rows.sort((a, b) => a.from_timestamp - b.from_timestamp || a.id - b.id);
  return { status: 200, body: { time_entries: { time_entry: rows.map((e) => timeEntryXml(ctx, e)) } } };
}

/** A member sees only their own time; a manager sees everyone's in the project. */
function allowedUsers(ctx: HandlerContext, project: SimProject, asked: number[] | null): number[] | null {
  if (isManager(ctx, project.id)) return asked;
  if (asked && asked.some((id) => id !== ctx.user.id)) throw forbidden("see other users' time");
  return [ctx.user.id];
}

export function listProjectTimeEntries(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx);
  return list(ctx, project, allowedUsers(ctx, project, idList(ctx.query.get('user_ids'))));
}

export function listUserTimeEntries(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx);
  return list(ctx, project, allowedUsers(ctx, project, [idParam(ctx, 'uid')]));
}

function requireEntries(ctx: HandlerContext, project: SimProject, write: boolean): SimTimeEntry[] {
  return (idList(ctx.params.teids) ?? []).map((id) => {
    const entry = ctx.state.timeEntries.get(id);
    if (!entry || entry.project_id !== project.id) throw notFound(`Time entry ${id}`);
    if (entry.user_id !== ctx.user.id && !isManager(ctx, project.id)) {
      throw forbidden(`${write ? 'change' : 'see'} time entry ${id}`);
    }
    return entry;
  });
}

export function getTimeEntry(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx);
  const [entry] = requireEntries(ctx, project, false);
  if (!entry) throw notFound('Time entry');
  const full = ctx.query.get('full_resolution_url') === '1';
  return { status: 200, body: { time_entry: timeEntryXml(ctx, entry, full) } };
}

function checkTask(ctx: HandlerContext, project: SimProject, taskId: number | undefined): void {
  if (taskId === undefined || taskId === 0) return;
  if (ctx.state.tasks.get(taskId)?.project_id !== project.id) {
    throw new SimError(422, ERR.taskNotInProject, `Task ${taskId} does not belong to project ${project.id}`);
  }
}

/** PUT time_entries/{id[;id…]}.xml: change task and/or comment; one id answers with the entry. */
export function updateTimeEntries(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx);
  const entries = requireEntries(ctx, project, true);
  const el = element(ctx, 'time_entry');
  const taskId = integerField(el, 'task_id');
  checkTask(ctx, project, taskId);
  const comment = text(el, 'user_comment');
  for (const entry of entries) {
    if (taskId !== undefined) entry.task_id = taskId;
    if (comment !== undefined) entry.user_comment = comment;
  }
  const [only] = entries;
  if (entries.length === 1 && only) return { status: 200, body: { reply: { time_entry: timeEntryXml(ctx, only) } } };
  return statusReply();
}

export function deleteTimeEntries(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx);
  for (const entry of requireEntries(ctx, project, true)) ctx.state.timeEntries.delete(entry.id);
  return statusReply();
}

function addOffline(ctx: HandlerContext, project: SimProject, userId: number): SimReply {
  const el = element(ctx, 'time_entry');
  const from = integerField(el, 'from_timestamp');
  const minutes = integerField(el, 'duration_in_minutes');
  if (from === undefined || from % TEN_MINUTES !== 0) {
    throw new SimError(422, ERR.notOnBoundary, `from_timestamp ${from ?? '(missing)'} is not on a 10-minute boundary`);
  }
  if (minutes === undefined || minutes <= 0 || minutes % 10 !== 0) {
    throw new SimError(422, ERR.badDuration, 'duration_in_minutes must be a positive multiple of 10');
  }
  const taskId = integerField(el, 'task_id') ?? 0;
  checkTask(ctx, project, taskId);
  if (membership(ctx.state, project.id, userId)?.flag_allow_logging_time !== 1) throw forbidden('log time in this project');
  const entry: SimTimeEntry = {
    id: newId(ctx.state),
    project_id: project.id,
    user_id: userId,
    task_id: taskId,
    from_timestamp: from,
    logged_timestamp: Math.floor(ctx.now().getTime() / 1000),
    duration_in_minutes: minutes,
    type: 'offline',
    user_comment: text(el, 'user_comment') ?? '',
    user_ip: '',
    activity_level: 0,
  };
  ctx.state.timeEntries.set(entry.id, entry);
  return statusReply(201);
}

export function addOwnOfflineTime(ctx: HandlerContext): SimReply {
  return addOffline(ctx, requireProject(ctx), ctx.user.id);
}

export function addOfflineTimeForUser(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx);
  const userId = idParam(ctx, 'uid');
  if (userId !== ctx.user.id && !isManager(ctx, project.id)) throw forbidden("add other users' time");
  if (!membership(ctx.state, project.id, userId)) throw notFound(`User ${userId} in project ${project.id}`);
  return addOffline(ctx, project, userId);
}
