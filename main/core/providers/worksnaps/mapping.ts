import { createHash } from 'node:crypto';
import { recordKey, type Project, type Task, type TimeEntry } from '../../../../shared/model.js';
import { unixToIso } from './dates.js';
import { TaskAssignmentSchema, type TaskAssignment, type WsProject, type WsTask, type WsTimeEntry } from './schema.js';
import { asArray, type XmlDoc } from './xml.js';

const PROVIDER = 'worksnaps' as const;

/** A project is archived when it carries a status other than `active` (compared case-insensitively, as WS-BH does). */
export function toProject(accountId: string, project: WsProject): Project {
  const status = project.status.trim().toLowerCase();
  return {
    key: recordKey(PROVIDER, accountId, 'project', project.id),
    provider: PROVIDER,
    accountId,
    remoteId: project.id,
    name: project.name,
    archived: status !== '' && status !== 'active',
    raw: { ...project },
  };
}

/**
 * Worksnaps tasks carry no revision or update time, so the revision is a
 * digest of the fields that can change: an edit's base can still be compared.
 */
export function taskRevision(name: string, description: string): string {
  return createHash('sha1').update(`${name}\n${description}`).digest('hex').slice(0, 16);
}

/** Groups task assignments by task id into the user ids assigned. */
export function assigneesByTask(assignments: TaskAssignment[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of assignments) out.set(a.task_id, [...(out.get(a.task_id) ?? []), a.user_id]);
  return out;
}

/** The assignments nested by `include_task_assignment=1`, or null when the server sent none. */
export function nestedAssignments(task: WsTask): TaskAssignment[] | null {
  if (task.task_assignments === undefined) return null;
  const inner = task.task_assignments;
  const rows = inner && typeof inner === 'object' ? asArray((inner as XmlDoc).task_assignment) : [];
  return rows.flatMap((row) => {
    const parsed = TaskAssignmentSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Worksnaps has no finished flag on tasks: every task is `open`, and rawStatus stays null rather than invented. */
export function toTask(accountId: string, projectId: string, task: WsTask, assignees: string[], userId: string | null): Task {
  const { task_assignments: _nested, ...raw } = task;
  return {
    key: recordKey(PROVIDER, accountId, 'task', task.id),
    provider: PROVIDER,
    accountId,
    projectRemoteId: projectId,
    remoteId: task.id,
    parentRemoteId: null,
    title: task.name,
    details: task.description,
    status: 'open',
    rawStatus: null,
    priority: null,
    dueDate: null,
    assignees,
    tags: [],
    isMine: userId !== null && assignees.includes(userId),
    revision: taskRevision(task.name, task.description),
    updatedAt: null,
    extras: raw,
    pending: false,
    conflict: false,
  };
}

/** task_id 0 is "Default Activity": time not booked to any task. */
export function toTimeEntry(accountId: string, entry: WsTimeEntry): TimeEntry {
  const taskId = entry.task_id && entry.task_id !== '0' ? entry.task_id : null;
  return {
    key: recordKey(PROVIDER, accountId, 'time', entry.id),
    accountId,
    kind: 'time',
    projectRemoteId: entry.project_id,
    taskRemoteId: taskId,
    start: unixToIso(entry.from_timestamp),
    end: unixToIso(entry.from_timestamp + entry.duration_in_minutes * 60),
    minutes: entry.duration_in_minutes,
    note: entry.user_comment,
  };
}
