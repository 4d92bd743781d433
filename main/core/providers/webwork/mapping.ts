import {
  recordKey,
  type Member,
  type Project,
  type Task,
  type TaskPatch,
  type TaskStatus,
  type TimeEntry,
  type Timer,
} from '../../../../shared/model.js';
import { entryTime } from './dates.js';
import type { WwAssignee, WwMember, WwProject, WwTask, WwTimeEntry, WwTracker } from './schema.js';

/** Base status codes the API accepts on writes: 0 Incomplete, 10 Doing, 20 Done, 30 Completed. */
export const BASE_STATUSES = [0, 10, 20, 30] as const;

/**
 * Workspaces may define custom codes (1, 2, 11, 21, ...); they sit between the base ones,
 * so the decade decides: below 10 open, 10–19 doing, 20 and up done.
 */
export function statusFromRaw(raw: number): TaskStatus {
  if (raw >= 20) return 'done';
  if (raw >= 10) return 'doing';
  return 'open';
}

/** The code to send for a status: the current one when it already means that (keeps 30 "Completed"), else the base code. */
export function statusToRaw(status: TaskStatus, currentRaw: number | null): number {
  if (currentRaw !== null && statusFromRaw(currentRaw) === status && (BASE_STATUSES as readonly number[]).includes(currentRaw)) {
    return currentRaw;
  }
  return status === 'done' ? 20 : status === 'doing' ? 10 : 0;
}

export interface MapContext {
  accountId: string;
  /** The token's own user: an assignee equal to it makes the task "mine". */
  userId: number | null;
}

export function assigneeId(a: WwAssignee): number | null {
  return a.user_id ?? a.id ?? null;
}

export function toProject(p: WwProject, accountId: string): Project {
  return {
    key: recordKey('webwork', accountId, 'project', String(p.id)),
    provider: 'webwork',
    accountId,
    remoteId: String(p.id),
    name: p.name,
    archived: Boolean(p.deleted_at) || p.status === 0 || p.status === 'archived',
    raw: { ...p },
  };
}

export function toTask(t: WwTask, ctx: MapContext): Task {
  const assignees = (t.assignees ?? []).map(assigneeId).filter((id): id is number => id !== null);
  const names = (t.assignees ?? []).map((a) => [a.firstname, a.lastname].filter(Boolean).join(' ')).filter(Boolean);
  return {
    key: recordKey('webwork', ctx.accountId, 'task', String(t.id)),
    provider: 'webwork',
    accountId: ctx.accountId,
    projectRemoteId: String(t.project_id),
    remoteId: String(t.id),
    parentRemoteId: t.parent_id ? String(t.parent_id) : null,
    title: t.title,
    details: t.description ?? '',
    status: statusFromRaw(t.status),
    rawStatus: String(t.status),
    priority: t.priority ?? null,
    dueDate: t.end_date ? t.end_date.slice(0, 10) : null,
    assignees: assignees.map(String),
    tags: [],
    isMine: ctx.userId !== null && assignees.includes(ctx.userId),
    revision: t.updated_at ?? null,
    updatedAt: t.updated_at ?? null,
    extras: {
      statusName: t.status_name ?? null,
      priorityName: t.priority_name ?? null,
      startDate: t.start_date ?? null,
      completedAt: t.completed_at ?? null,
      createdAt: t.created_at ?? null,
      creatorId: t.creator_id ?? null,
      assigneeNames: names,
    },
    pending: false,
    conflict: false,
  };
}

/** The PUT body for the fields of a patch the API stores (assignees go through assign/unassign; tags do not exist). */
export function patchToBody(base: Task, patch: TaskPatch): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (patch.title !== undefined) body.title = patch.title;
  if (patch.details !== undefined) body.description = patch.details === '' ? null : patch.details;
  if (patch.status !== undefined)
    body.status = statusToRaw(patch.status, base.rawStatus === null ? null : Number(base.rawStatus));
  if (patch.priority !== undefined && patch.priority !== null) body.priority = patch.priority;
  if (patch.dueDate !== undefined) body.end_date = patch.dueDate;
  return body;
}

function minutesBetween(start: string | null, end: string | null): number {
  if (!start || !end) return 0;
  const ms = Date.parse(end) - Date.parse(start);
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms / 60_000) : 0;
}

export function toTimeEntry(e: WwTimeEntry, accountId: string): TimeEntry {
  const start = entryTime(e.date, e.start_time);
  const end = entryTime(e.date, e.end_time);
  return {
    key: recordKey('webwork', accountId, 'time', String(e.id)),
    accountId,
    kind: 'time',
    projectRemoteId: e.project_id ? String(e.project_id) : null,
    taskRemoteId: e.task_id ? String(e.task_id) : null,
    start,
    end,
    minutes: e.duration_minutes ?? e.duration ?? minutesBetween(start, end),
    note: e.notes ?? e.activity_description ?? '',
  };
}

/** One tracker per user runs at a time, so the user id is the timer's id. */
export function toTimer(t: WwTracker, accountId: string, userId: number, userName: string | null): Timer {
  return {
    key: recordKey('webwork', accountId, 'timer', String(userId)),
    accountId,
    remoteId: String(userId),
    taskRemoteId: t.task_id ? String(t.task_id) : null,
    title: t.task_title ?? t.activity_description ?? t.project_name ?? 'Time tracking',
    userName,
    startedAt: t.start_time,
  };
}

/** A workspace member; tasks name assignees by user id, which is the member id. */
export function toMember(m: WwMember, accountId: string): Member {
  const name = [m.firstname, m.lastname].filter(Boolean).join(' ') || m.email || String(m.id);
  return { accountId, remoteId: String(m.id), name, email: m.email || null, ref: String(m.id) };
}
