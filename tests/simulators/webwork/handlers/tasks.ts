import {
  findProject,
  findTask,
  findUser,
  isProjectMember,
  pathId,
  requireRole,
  TASK_WRITERS,
  workspaceAccess,
} from '../access.js';
import { FieldErrors, HttpFail, intField, ok, okPage, requireInt, type Reply, type SimRequest } from '../reply.js';
import { iso } from '../seed.js';
import type { SimTask } from '../types.js';
import { assigneeJson, taskJson } from './taskJson.js';
import { TASK_PRIORITIES, TASK_STATUSES, validateTask, type TaskInput } from './taskValidation.js';

/** GET /tasks: one project's live tasks (or a contract's project), filtered by status/priority/parent, paged. */
export function listTasks(req: SimRequest): Reply {
  const { workspaceId } = workspaceAccess(req);
  const errors = new FieldErrors();
  let projectId = intField(req, 'project_id', errors, false);
  const contractId = intField(req, 'contract_id', errors, false);
  const status = intField(req, 'status', errors, false);
  const priority = intField(req, 'priority', errors, false);
  const parentId = intField(req, 'parent_id', errors, false);
  if (status !== null && !TASK_STATUSES.includes(status)) errors.add('status', 'The selected status is invalid.');
  if (priority !== null && !TASK_PRIORITIES.includes(priority)) errors.add('priority', 'The selected priority is invalid.');
  if (projectId === null && contractId !== null) {
    projectId = req.state.contracts.find((c) => c.id === contractId && c.workspace_id === workspaceId)?.project_id ?? null;
    if (projectId === null) errors.add('contract_id', 'The selected contract id is invalid.');
  }
  if (projectId === null && contractId === null) errors.add('project_id', 'The project id field is required.');
  errors.throwIfAny();
  findProject(req, workspaceId, projectId as number);
  const tasks = req.state.tasks.filter(
    (t) =>
      t.project_id === projectId &&
      t.workspace_id === workspaceId &&
      !t.deleted_at &&
      (status === null || t.status === status) &&
      (priority === null || t.priority === priority) &&
      (parentId === null || t.parent_id === parentId),
  );
  const orderBy = req.query.get('order_by');
  if (orderBy === 'created_at' || orderBy === 'updated_at' || orderBy === 'title') {
    tasks.sort((a, b) => String(a[orderBy]).localeCompare(String(b[orderBy])));
  }
  return okPage(req, tasks, 'Tasks retrieved successfully', (t) => taskJson(req.state, t));
}

function locate(req: SimRequest): { task: SimTask; workspaceId: number } {
  const { workspaceId } = workspaceAccess(req);
  const projectId = requireInt(req, 'project_id');
  findProject(req, workspaceId, projectId);
  return { task: findTask(req, workspaceId, projectId, pathId(req, 0)), workspaceId };
}

export function getTask(req: SimRequest): Reply {
  return ok(req, taskJson(req.state, locate(req).task), 'Task retrieved successfully');
}

export function createTask(req: SimRequest): Reply {
  const access = workspaceAccess(req);
  requireRole(access, TASK_WRITERS);
  const project = findProject(req, access.workspaceId, requireInt(req, 'project_id'));
  if (project.deleted_at) throw new HttpFail(422, 'The project is archived.', { project_id: ['The project is archived.'] });
  const input = validateTask(req, project.id, null);
  const at = iso(req.now);
  const task: SimTask = {
    id: req.state.nextId.task++,
    workspace_id: access.workspaceId,
    project_id: project.id,
    title: input.title ?? '',
    description: input.description ?? null,
    owner_id: project.owner_id,
    creator_id: req.userId,
    status: input.status ?? 0,
    priority: input.priority ?? 30,
    start_date: input.start_date ?? null,
    end_date: input.end_date ?? null,
    completed_at: (input.status ?? 0) >= 20 ? at : null,
    parent_id: input.parent_id ?? null,
    assignees: [...new Set(input.assignees ?? [])].map((user_id) => ({ user_id, assigner_id: req.userId })),
    created_at: at,
    updated_at: at,
    deleted_at: null,
  };
  req.state.tasks.push(task);
  return ok(req, taskJson(req.state, task), 'Task created successfully', 201);
}

export function updateTask(req: SimRequest): Reply {
  const access = workspaceAccess(req);
  requireRole(access, TASK_WRITERS);
  const { task } = locate(req);
  const input: TaskInput = validateTask(req, task.project_id, task);
  const { assignees: _ignored, ...fields } = input;
  const wasDone = task.status >= 20;
  Object.assign(task, fields);
  if (input.status !== undefined && input.status >= 20 && !wasDone) task.completed_at = iso(req.now);
  if (input.status !== undefined && input.status < 20) task.completed_at = null;
  task.updated_at = iso(req.now);
  return ok(req, taskJson(req.state, task), 'Task updated successfully');
}

/** Soft delete: the task disappears from lists and reads, but stays in state with deleted_at set. */
export function deleteTask(req: SimRequest): Reply {
  const access = workspaceAccess(req);
  requireRole(access, TASK_WRITERS);
  const { task } = locate(req);
  task.deleted_at = iso(req.now);
  task.updated_at = task.deleted_at;
  return ok(req, null, 'Task deleted successfully');
}

export function listAssignees(req: SimRequest): Reply {
  const { task } = locate(req);
  const data = task.assignees.map((a) => assigneeJson(req.state, task, a.user_id, a.assigner_id));
  return ok(req, data, 'Task assignees retrieved successfully');
}

export function assignTask(req: SimRequest): Reply {
  const access = workspaceAccess(req);
  requireRole(access, TASK_WRITERS);
  const { task } = locate(req);
  const userId = pathId(req, 1);
  if (!findUser(req, userId)) throw new HttpFail(404, 'User not found.');
  if (!isProjectMember(req, task.project_id, userId)) {
    throw new HttpFail(422, 'The user is not a member of this project.', {
      user_id: ['The user is not a member of this project.'],
    });
  }
  let assignment = task.assignees.find((a) => a.user_id === userId);
  if (!assignment) {
    assignment = { user_id: userId, assigner_id: req.userId };
    task.assignees.push(assignment);
    task.updated_at = iso(req.now);
  }
  return ok(req, assigneeJson(req.state, task, userId, assignment.assigner_id), 'Task assigned successfully');
}

export function unassignTask(req: SimRequest): Reply {
  const access = workspaceAccess(req);
  requireRole(access, TASK_WRITERS);
  const { task } = locate(req);
  const userId = pathId(req, 1);
  const before = task.assignees.length;
  task.assignees = task.assignees.filter((a) => a.user_id !== userId);
  if (task.assignees.length === before) throw new HttpFail(404, 'The user is not assigned to this task.');
  task.updated_at = iso(req.now);
  return ok(req, null, 'Task unassigned successfully');
}
