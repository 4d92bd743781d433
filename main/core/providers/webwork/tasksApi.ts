import { z } from 'zod';
import type { Page, WebworkClient } from './client.js';
import { AssigneeSchema, TaskSchema, type WwAssignee, type WwTask } from './schema.js';

/** Where a task lives: every task call names both the workspace and the project. */
export interface TaskScope {
  workspaceId: number;
  projectId: number;
}

export interface TaskFilter {
  status?: number;
  priority?: number;
}

const scopeOf = (s: TaskScope): { workspace_id: number; project_id: number } => ({
  workspace_id: s.workspaceId,
  project_id: s.projectId,
});

export function taskPages(client: WebworkClient, scope: TaskScope, filter: TaskFilter = {}): AsyncGenerator<Page<WwTask>> {
  return client.pages('tasks', { ...scopeOf(scope), ...filter }, TaskSchema, 'task');
}

export function getTask(client: WebworkClient, scope: TaskScope, taskId: number): Promise<WwTask> {
  return client.read(`tasks/${taskId}`, scopeOf(scope), TaskSchema, 'task');
}

export function createTask(client: WebworkClient, scope: TaskScope, fields: Record<string, unknown>): Promise<WwTask> {
  return client.writeData('POST', 'tasks', { ...scopeOf(scope), ...fields }, TaskSchema, 'task');
}

export function updateTask(
  client: WebworkClient,
  scope: TaskScope,
  taskId: number,
  fields: Record<string, unknown>,
): Promise<WwTask> {
  return client.writeData('PUT', `tasks/${taskId}`, { ...scopeOf(scope), ...fields }, TaskSchema, 'task');
}

/** Soft delete on the server: the task leaves every list and read. */
export async function deleteTask(client: WebworkClient, scope: TaskScope, taskId: number): Promise<void> {
  await client.write('DELETE', `tasks/${taskId}`, scopeOf(scope));
}

export function listAssignees(client: WebworkClient, scope: TaskScope, taskId: number): Promise<WwAssignee[]> {
  return client.read(`tasks/${taskId}/assignees`, scopeOf(scope), z.array(AssigneeSchema), 'assignee list');
}

export function assign(client: WebworkClient, scope: TaskScope, taskId: number, userId: number): Promise<WwAssignee> {
  return client.writeData('POST', `tasks/${taskId}/assign/${userId}`, scopeOf(scope), AssigneeSchema, 'assignee');
}

export async function unassign(client: WebworkClient, scope: TaskScope, taskId: number, userId: number): Promise<void> {
  await client.write('DELETE', `tasks/${taskId}/unassign/${userId}`, scopeOf(scope));
}
