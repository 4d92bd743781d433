import { AppError, validationError } from '../../../../shared/errors.js';
import type { NewTask, Task, TaskPatch } from '../../../../shared/model.js';
import type { WorksnapsClient } from './client.js';
import { nestedAssignments, toTask } from './mapping.js';

const PROVIDER = 'worksnaps';

function unsupportedField(field: string, why: string): AppError {
  return new AppError('unsupported', `Worksnaps tasks ${why}`, { provider: PROVIDER, field });
}

/** Refuses what Worksnaps cannot store rather than dropping it silently. */
export function checkNewTask(input: NewTask): void {
  if (!input.title.trim()) throw validationError('title', 'a task needs a title', PROVIDER);
  if (input.dueDate) throw unsupportedField('dueDate', 'have no due date');
  if (input.parentRemoteId) throw unsupportedField('parentRemoteId', 'have no subtasks');
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The name/description change a patch asks for; anything else that would change is refused (assignees go by setAssignments). */
export function taskChange(base: Task, patch: TaskPatch): { name: string; description: string } | null {
  if (patch.status !== undefined && patch.status !== 'open') {
    throw unsupportedField('status', 'have no finished flag: they stay open (delete the task instead)');
  }
  if (patch.dueDate) throw unsupportedField('dueDate', 'have no due date');
  if (patch.priority !== undefined && patch.priority !== null) throw unsupportedField('priority', 'have no priority');
  if (patch.tags !== undefined && !same(patch.tags, base.tags)) throw unsupportedField('tags', 'have no tags');
  const name = patch.title ?? base.title;
  const description = patch.details ?? base.details;
  if (!name.trim()) throw validationError('title', 'a task needs a title', PROVIDER);
  if (name === base.title && description === base.details) return null;
  return { name: name.trim(), description };
}

/**
 * Makes the task's assignments (user ids) exactly `wanted`, against what the
 * server holds now rather than what the cache thought, so a retried push
 * neither assigns twice nor fails on someone already taken off.
 */
export async function setAssignments(
  client: WorksnapsClient,
  projectId: string,
  taskId: string,
  wanted: readonly string[],
): Promise<void> {
  const current = (await client.listTaskAssignments(projectId)).filter((a) => a.task_id === taskId).map((a) => a.user_id);
  for (const userId of wanted) if (!current.includes(userId)) await client.assignTask(projectId, taskId, userId);
  for (const userId of current) if (!wanted.includes(userId)) await client.unassignTask(projectId, taskId, userId);
}

export function requireRemoteId(task: Task): string {
  if (!task.remoteId) throw validationError('remoteId', 'the task has not reached Worksnaps yet', PROVIDER);
  return task.remoteId;
}

/** The server's current task with its assignees, or null when it is gone. */
export async function fetchTask(
  client: WorksnapsClient,
  accountId: string,
  userId: string | null,
  projectId: string,
  taskId: string,
): Promise<Task | null> {
  try {
    const task = await client.getTask(projectId, taskId);
    const assignments =
      nestedAssignments(task) ?? (await client.listTaskAssignments(projectId)).filter((a) => a.task_id === task.id);
    return toTask(
      accountId,
      projectId,
      task,
      assignments.map((a) => a.user_id),
      userId,
    );
  } catch (error) {
    if (error instanceof AppError && error.code === 'not-found') return null;
    throw error;
  }
}

/**
 * Worksnaps tasks have no creation time, so `since` cannot be checked: the
 * newest task (highest id) of that project with that exact name is the one.
 */
export async function findTask(
  client: WorksnapsClient,
  accountId: string,
  userId: string | null,
  input: NewTask,
): Promise<Task | null> {
  const title = input.title.trim();
  const matches = (await client.listTasks(input.projectRemoteId)).filter((t) => t.name.trim() === title);
  const newest = matches.sort((a, b) => Number(b.id) - Number(a.id))[0];
  return newest ? toTask(accountId, input.projectRemoteId, newest, [], userId) : null;
}
