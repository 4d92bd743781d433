import { AppError } from '../../../../shared/errors.js';
import type { FieldConflict, Task, TaskPatch } from '../../../../shared/model.js';
import type { ConflictDraft } from '../types.js';
import type { Params } from './client.js';
import { inputDate } from './mapping.js';

type PatchField = keyof TaskPatch;

function normalise(field: PatchField, value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify([...(value as string[])].sort());
  return JSON.stringify(value ?? null);
}

function same(field: PatchField, a: unknown, b: unknown): boolean {
  return normalise(field, a) === normalise(field, b);
}

/** Fields both sides changed differently since `base`: an offline edit that met a server edit. */
export function findConflict(base: Task, current: Task, patch: TaskPatch): ConflictDraft | null {
  const fields: Record<string, FieldConflict> = {};
  for (const [name, mine] of Object.entries(patch) as [PatchField, unknown][]) {
    const theirs = current[name];
    if (!same(name, base[name], theirs) && !same(name, theirs, mine)) fields[name] = { base: base[name], mine, theirs };
  }
  if (Object.keys(fields).length === 0) return null;
  return { kind: 'offline-edit', title: current.title, fields, serverItems: { task: current.remoteId ?? '' } };
}

/** What is left to send: only fields whose server value differs from the wanted one, so a repeat sends nothing. */
export function pendingChanges(current: Task, patch: TaskPatch): TaskPatch {
  const out: TaskPatch = {};
  for (const [name, value] of Object.entries(patch) as [PatchField, unknown][]) {
    if (!same(name, current[name], value)) Object.assign(out, { [name]: value });
  }
  return out;
}

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
