import { recordKey, type Member, type Project, type Task, type TimeEntry, type Timer } from '../../../../shared/model.js';
import type { Comment } from '../types.js';
import { localStamp } from './dates.js';
import { md5 } from './hash.js';
import type { WireComment, WireCost, WireProject, WireTask, WireTimer, WireUser, UserRef } from './schema.js';

/** Who "me" is: the account owner (the only one who sees the API key) or the e-mail the user gave. */
export interface Me {
  id: string | null;
  email: string | null;
}

export interface MapContext {
  accountId: string;
  me: Me;
}

/** NOONE / ANY are placeholders, not people. */
const PSEUDO_EMAILS = new Set(['NOONE', 'ANY']);

export function isPerson(user: UserRef | undefined): user is UserRef & { email: string } {
  return !!user?.email && !PSEUDO_EMAILS.has(user.email.toUpperCase());
}

export function toProject(accountId: string, wire: WireProject, archived: boolean): Project {
  return {
    key: recordKey('worksection', accountId, 'project', wire.id),
    provider: 'worksection',
    accountId,
    remoteId: wire.id,
    name: wire.name,
    archived: archived || wire.status === 'archive',
    raw: wire,
  };
}

function isMine(me: Me, user: UserRef | undefined): boolean {
  if (!isPerson(user)) return false;
  if (me.email && user.email.toLowerCase() === me.email.toLowerCase()) return true;
  return !me.email && me.id !== null && user.id === me.id;
}

/**
 * Worksection has no updated-at on tasks, so the revision is a fingerprint of
 * the fields a user edits: it changes exactly when one of them changed.
 */
export function fingerprint(wire: WireTask): string {
  const tags = Object.values(wire.tags).sort().join(',');
  return md5(
    [wire.name, wire.status, String(wire.priority ?? ''), wire.date_end ?? '', wire.user_to?.email ?? '', tags].join('\u0000'),
  ).slice(0, 16);
}

export function toTask(ctx: MapContext, wire: WireTask, projectId: string, parentId: string | null): Task {
  const priority = wire.priority === undefined ? null : Number(wire.priority);
  return {
    key: recordKey('worksection', ctx.accountId, 'task', wire.id),
    provider: 'worksection',
    accountId: ctx.accountId,
    projectRemoteId: wire.project?.id ?? projectId,
    remoteId: wire.id,
    parentRemoteId: wire.parent?.id ?? parentId,
    title: wire.name,
    details: wire.text ?? '',
    status: wire.status === 'done' ? 'done' : 'open',
    rawStatus: wire.status,
    priority: priority === null || Number.isNaN(priority) ? null : priority,
    dueDate: wire.date_end ?? null,
    assignees: isPerson(wire.user_to) ? [wire.user_to.email] : [],
    tags: Object.values(wire.tags),
    isMine: isMine(ctx.me, wire.user_to),
    revision: fingerprint(wire),
    updatedAt: null,
    extras: {
      page: wire.page ?? null,
      dateAdded: wire.date_added ?? null,
      dateStart: wire.date_start ?? null,
      dateClosed: wire.date_closed ?? null,
      userFrom: wire.user_from ?? null,
      userTo: wire.user_to ?? null,
      maxTime: wire.max_time ?? null,
      maxMoney: wire.max_money ?? null,
      tagIds: Object.keys(wire.tags),
    },
    pending: false,
    conflict: false,
  };
}

/** Tasks with their subtasks and sub-subtasks (the API nests two levels under `child`), flattened. */
export function flattenTasks(ctx: MapContext, wires: WireTask[], projectId: string, parentId: string | null = null): Task[] {
  const out: Task[] = [];
  for (const wire of wires) {
    const task = toTask(ctx, wire, projectId, parentId);
    out.push(task);
    if (wire.child?.length) out.push(...flattenTasks(ctx, wire.child, task.projectRemoteId, wire.id));
  }
  return out;
}

/** "6:50" (hours:minutes) or decimal hours "0.15" into minutes. */
export function parseCostMinutes(time: string): number {
  const clock = /^(\d+):(\d{1,2})(?::\d{1,2})?$/.exec(time.trim());
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const hours = Number(time.replace(',', '.'));
  return Number.isFinite(hours) ? Math.round(hours * 60) : 0;
}

export function toCostEntry(accountId: string, wire: WireCost): TimeEntry {
  return {
    key: recordKey('worksection', accountId, 'cost', wire.id),
    accountId,
    kind: 'cost',
    projectRemoteId: wire.task?.project?.id ?? null,
    taskRemoteId: wire.task?.id ?? null,
    start: wire.date ?? null,
    end: null,
    minutes: parseCostMinutes(wire.time),
    note: wire.comment,
  };
}

export function toTimer(accountId: string, wire: WireTimer): Timer {
  return {
    key: recordKey('worksection', accountId, 'timer', wire.id),
    accountId,
    remoteId: wire.id,
    taskRemoteId: wire.task?.id ?? null,
    title: wire.task?.name ?? '',
    userName: wire.user_from?.name ?? null,
    startedAt: localStamp(wire.date_started),
  };
}

export function toComment(wire: WireComment): Comment {
  return { remoteId: wire.id, author: wire.user_from?.name ?? null, text: wire.text, createdAt: localStamp(wire.date_added) };
}

// Date conversions live in dates.ts; re-exported for the callers that map through here.
export { inputDate, inputDateOf } from './dates.js';

/** Minutes as the "H:MM" time add_costs accepts. */
export function costTime(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A member of the account; tasks name their assignee by e-mail (email_user_to), so that is the ref. */
export function toMember(accountId: string, user: WireUser): Member | null {
  if (!isPerson(user)) return null;
  const name = user.name ?? [user.first_name, user.last_name].filter(Boolean).join(' ');
  return { accountId, remoteId: user.id, name: name || user.email, email: user.email, ref: user.email };
}
