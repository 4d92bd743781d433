import { isProjectMember } from '../access.js';
import { FieldErrors, isValidDate, type SimRequest } from '../reply.js';
import type { SimTask } from '../types.js';

export const TASK_STATUSES = [0, 10, 20, 30];
export const TASK_PRIORITIES = [10, 20, 30, 40];

/** The writable fields of a task as the client sent them, checked. Absent keys stay absent. */
export interface TaskInput {
  title?: string;
  description?: string | null;
  status?: number;
  priority?: number;
  start_date?: string | null;
  end_date?: string | null;
  parent_id?: number | null;
  assignees?: number[];
}

/** The documented rules: title 1–1024, description ≤ 65535, enums, end_date ≥ start_date, known parent and assignees. */
export function validateTask(req: SimRequest, projectId: number, existing: SimTask | null): TaskInput {
  const b = req.body;
  const errors = new FieldErrors();
  const input: TaskInput = {};
  checkTitle(b, existing === null, errors, input);
  if ('description' in b) {
    if (b.description !== null && typeof b.description !== 'string')
      errors.add('description', 'The description field must be a string.');
    else if (typeof b.description === 'string' && b.description.length > 65535) {
      errors.add('description', 'The description field must not be greater than 65535 characters.');
    } else input.description = b.description;
  }
  checkEnum(b, 'status', TASK_STATUSES, errors, input);
  checkEnum(b, 'priority', TASK_PRIORITIES, errors, input);
  checkDates(b, existing, errors, input);
  if ('parent_id' in b && b.parent_id !== null) {
    const parent = req.state.tasks.find((t) => t.id === b.parent_id && t.project_id === projectId && !t.deleted_at);
    if (!parent || parent.id === existing?.id) errors.add('parent_id', 'The selected parent id is invalid.');
    else input.parent_id = parent.id;
  } else if ('parent_id' in b) input.parent_id = null;
  if (existing === null && 'assignees' in b) checkAssignees(req, projectId, errors, input);
  errors.throwIfAny();
  return input;
}

function checkTitle(b: Record<string, unknown>, required: boolean, errors: FieldErrors, input: TaskInput): void {
  if (!('title' in b) || b.title === null || b.title === '') {
    if (required || 'title' in b) errors.add('title', 'The title field is required.');
    return;
  }
  if (typeof b.title !== 'string') errors.add('title', 'The title field must be a string.');
  else if (b.title.length > 1024) errors.add('title', 'The title field must not be greater than 1024 characters.');
  else input.title = b.title;
}

function checkEnum(
  b: Record<string, unknown>,
  name: 'status' | 'priority',
  allowed: number[],
  errors: FieldErrors,
  input: TaskInput,
): void {
  if (!(name in b)) return;
  const value = b[name];
  if (typeof value !== 'number' || !allowed.includes(value)) errors.add(name, `The selected ${name} is invalid.`);
  else input[name] = value;
}

function checkDates(b: Record<string, unknown>, existing: SimTask | null, errors: FieldErrors, input: TaskInput): void {
  for (const name of ['start_date', 'end_date'] as const) {
    if (!(name in b)) continue;
    const value = b[name];
    if (value === null) input[name] = null;
    else if (!isValidDate(value)) errors.add(name, `The ${name.replace('_', ' ')} field must be a valid date (Y-m-d).`);
    else input[name] = value;
  }
  const start = 'start_date' in input ? input.start_date : (existing?.start_date ?? null);
  const end = 'end_date' in input ? input.end_date : (existing?.end_date ?? null);
  if (start && end && end < start) {
    errors.add('end_date', 'The end date field must be a date after or equal to start date.');
  }
}

function checkAssignees(req: SimRequest, projectId: number, errors: FieldErrors, input: TaskInput): void {
  const list = req.body.assignees;
  if (!Array.isArray(list)) {
    errors.add('assignees', 'The assignees field must be an array.');
    return;
  }
  list.forEach((id, i) => {
    if (typeof id !== 'number' || !isProjectMember(req, projectId, id))
      errors.add(`assignees.${i}`, `The selected assignees.${i} is invalid.`);
  });
  input.assignees = list.filter((id): id is number => typeof id === 'number');
}
