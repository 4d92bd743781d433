import { AppError } from '../../../../shared/errors.js';
import type { TaskPatch } from '../../../../shared/model.js';
import type { Params } from './client.js';
import { inputDate } from './mapping.js';

/** update_task parameters for the plain fields; the API offers no way to change the description. */
export function updateParams(changes: TaskPatch): Params {
  if (changes.details !== undefined) {
    throw new AppError('unsupported', 'Worksection’s API cannot change a task’s description once the task exists', {
      provider: 'worksection',
      field: 'details',
    });
  }
  if (changes.status === 'doing') {
    throw new AppError('validation', 'Worksection tasks are either open or done; there is no "doing" state', {
      provider: 'worksection',
      field: 'status',
    });
  }
  const params: Params = {};
  if (changes.title !== undefined) params.title = changes.title;
  if (changes.priority !== undefined) params.priority = changes.priority === null ? '0' : String(changes.priority);
  if (changes.dueDate !== undefined) params.dateend = changes.dueDate === null ? '' : inputDate(changes.dueDate);
  if (changes.assignees !== undefined) params.email_user_to = changes.assignees[0] ?? 'NOONE';
  return params;
}

export function tagDelta(current: string[], wanted: string[]): { plus: string[]; minus: string[] } {
  return { plus: wanted.filter((t) => !current.includes(t)), minus: current.filter((t) => !wanted.includes(t)) };
}
