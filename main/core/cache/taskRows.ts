import type { Task, TaskStatus, ProviderId } from '../../../shared/model.js';
import { parseJson } from './json.js';

/** The tasks table's row as better-sqlite3 returns it, plus the computed flags. */
export interface TaskRow {
  key: string;
  account_id: string;
  provider: string;
  project_remote_id: string;
  remote_id: string | null;
  parent_remote_id: string | null;
  title: string;
  details: string;
  status: string;
  raw_status: string | null;
  priority: number | null;
  due_date: string | null;
  assignees: string;
  tags: string;
  is_mine: number;
  revision: string | null;
  updated_at: string | null;
  extras: string;
  server_json: string | null;
  base_json: string | null;
  changed_at: string;
  sort_at: string | null;
  pending?: number;
  conflict?: number;
}

/** SELECT list that adds the pending and conflict flags to a task row. */
export const TASK_COLUMNS = `t.*,
  EXISTS (SELECT 1 FROM outbox o WHERE o.key = t.key) AS pending,
  EXISTS (SELECT 1 FROM conflicts c WHERE c.key = t.key AND c.resolved_at IS NULL) AS conflict`;

/** The columns a Task is made of, in the order LISTED_TASK selects them (then pending, conflict). */
const LISTED_COLUMNS = [
  'key',
  'account_id',
  'provider',
  'project_remote_id',
  'remote_id',
  'parent_remote_id',
  'title',
  'details',
  'status',
  'raw_status',
  'priority',
  'due_date',
  'assignees',
  'tags',
  'is_mine',
  'revision',
  'updated_at',
  'extras',
  'pending',
  'conflict',
] as const;

/**
 * The SELECT list of a listing's page, read as raw arrays (listedToTask): a page of 200
 * rows as named objects cost better-sqlite3 more than finding the rows.
 */
export const LISTED_TASK = `${LISTED_COLUMNS.slice(0, -2)
  .map((column) => `t.${column}`)
  .join(', ')},
  EXISTS (SELECT 1 FROM outbox o WHERE o.key = t.key) AS pending,
  EXISTS (SELECT 1 FROM conflicts c WHERE c.key = t.key AND c.resolved_at IS NULL) AS conflict`;

export function listedToTask(values: unknown[]): Task {
  const row: Record<string, unknown> = {};
  LISTED_COLUMNS.forEach((column, i) => (row[column] = values[i]));
  return rowToTask(row as unknown as TaskRow);
}

export function rowToTask(row: TaskRow): Task {
  return {
    key: row.key,
    provider: row.provider as ProviderId,
    accountId: row.account_id,
    projectRemoteId: row.project_remote_id,
    remoteId: row.remote_id,
    parentRemoteId: row.parent_remote_id,
    title: row.title,
    details: row.details,
    status: row.status as TaskStatus,
    rawStatus: row.raw_status,
    priority: row.priority,
    dueDate: row.due_date,
    assignees: parseJson<string[]>(row.assignees, []),
    tags: parseJson<string[]>(row.tags, []),
    isMine: row.is_mine === 1,
    revision: row.revision,
    updatedAt: row.updated_at,
    extras: parseJson<Record<string, unknown>>(row.extras, {}),
    pending: row.pending === 1,
    conflict: row.conflict === 1,
  };
}

/**
 * Named parameters for an INSERT/UPDATE of a task. `sortAt` is the listing's
 * "updated" order key: the service's change time when it keeps one; a task
 * made here passes the time it was made, which a later server copy without a
 * change time (Worksnaps, Worksection) keeps (the upsert's COALESCE).
 */
export function taskParams(task: Task, changedAt: string, sortAt: string | null = task.updatedAt): Record<string, unknown> {
  return {
    key: task.key,
    account_id: task.accountId,
    provider: task.provider,
    project_remote_id: task.projectRemoteId,
    remote_id: task.remoteId,
    parent_remote_id: task.parentRemoteId,
    title: task.title,
    details: task.details,
    status: task.status,
    raw_status: task.rawStatus,
    priority: task.priority,
    due_date: task.dueDate,
    assignees: JSON.stringify(task.assignees),
    tags: JSON.stringify(task.tags),
    is_mine: task.isMine ? 1 : 0,
    revision: task.revision,
    updated_at: task.updatedAt,
    extras: JSON.stringify(task.extras),
    changed_at: changedAt,
    sort_at: sortAt,
  };
}

/** The columns a task write sets, in UPSERT_TASK's order (the keys of taskParams). */
export const TASK_INSERT_COLUMNS = [
  'key',
  'account_id',
  'provider',
  'project_remote_id',
  'remote_id',
  'parent_remote_id',
  'title',
  'details',
  'status',
  'raw_status',
  'priority',
  'due_date',
  'assignees',
  'tags',
  'is_mine',
  'revision',
  'updated_at',
  'extras',
  'changed_at',
  'sort_at',
] as const;

/**
 * The columns a server's version can change. A write whose row already holds
 * every one of them is skipped (the DO UPDATE's WHERE), so a sync that finds
 * nothing new writes no task row, fires no FTS trigger and dirties no page.
 */
export const SERVER_COLUMNS = TASK_INSERT_COLUMNS.filter(
  (column) => !['key', 'account_id', 'provider', 'changed_at', 'sort_at'].includes(column),
);

export const UPSERT_TASK = `INSERT INTO tasks (key, account_id, provider, project_remote_id, remote_id, parent_remote_id, title,
  details, status, raw_status, priority, due_date, assignees, tags, is_mine, revision, updated_at, extras, changed_at, sort_at)
  VALUES (@key, @account_id, @provider, @project_remote_id, @remote_id, @parent_remote_id, @title, @details, @status,
  @raw_status, @priority, @due_date, @assignees, @tags, @is_mine, @revision, @updated_at, @extras, @changed_at, @sort_at)
  ON CONFLICT(key) DO UPDATE SET project_remote_id = excluded.project_remote_id, remote_id = excluded.remote_id,
  parent_remote_id = excluded.parent_remote_id, title = excluded.title, details = excluded.details,
  status = excluded.status, raw_status = excluded.raw_status, priority = excluded.priority,
  due_date = excluded.due_date, assignees = excluded.assignees, tags = excluded.tags, is_mine = excluded.is_mine,
  revision = excluded.revision, updated_at = excluded.updated_at, extras = excluded.extras,
  changed_at = CASE WHEN tasks.title IS excluded.title AND tasks.details IS excluded.details
    AND tasks.status IS excluded.status AND tasks.due_date IS excluded.due_date
    AND tasks.revision IS excluded.revision THEN tasks.changed_at ELSE excluded.changed_at END,
  sort_at = COALESCE(excluded.sort_at, tasks.sort_at), server_json = NULL, base_json = NULL
  WHERE ${SERVER_COLUMNS.map((column) => `tasks.${column} IS NOT excluded.${column}`).join(' OR ')}
    OR tasks.server_json IS NOT NULL OR tasks.base_json IS NOT NULL`;
