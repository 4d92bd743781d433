import type { UndoChange, UndoOutcome } from '../../shared/contract.js';
import type { NewsItem, Task, TaskPatch } from '../../shared/model.js';
import { describeDue } from './dates.js';

/** An edit as undo needs it: each changed field's value before (read from the task as it was) and after. */
export function editChange(task: Task, patch: TaskPatch, key = task.key): UndoChange {
  const before: Record<string, unknown> = {};
  for (const field of Object.keys(patch)) before[field] = task[field as keyof Task];
  return { kind: 'task.edit', key, before, after: patch };
}

/** A deletion, with what re-creating the task would need once the deletion has reached the service. */
export function deleteChange(task: Task): UndoChange {
  return {
    kind: 'task.delete',
    key: task.key,
    accountId: task.accountId,
    task: {
      projectRemoteId: task.projectRemoteId,
      title: task.title,
      details: task.details,
      dueDate: task.dueDate,
      parentRemoteId: task.parentRemoteId,
      assignees: task.assignees,
      priority: task.priority,
    },
  };
}

export function newsReadChange(accountId: string, items: NewsItem[]): UndoChange {
  return { kind: 'news.read', accountId, items: items.filter((item) => item.accountId === accountId) };
}

const STATUS_VERBS = { done: 'Completed', open: 'Reopened', doing: 'Started' } as const;

/** What the toast says was done: "Completed “Call printer”", "Moved “Call printer” to Fri 5 Dec". */
export function editLabel(task: Task, patch: TaskPatch, now: Date): string {
  const fields = Object.keys(patch);
  const name = `“${task.title}”`;
  if (fields.length === 1 && patch.status) return `${STATUS_VERBS[patch.status]} ${name}`;
  if (fields.length === 1 && patch.dueDate !== undefined) {
    return patch.dueDate ? `Moved ${name} to ${describeDue(patch.dueDate, now)}` : `Cleared the due date of ${name}`;
  }
  return `Saved changes to ${name}`;
}

/** One line for a batch: "Completed 5 tasks". */
export function batchLabel(verb: string, count: number): string {
  return `${verb} ${count} ${count === 1 ? 'task' : 'tasks'}`;
}

/** What the toast says after an undo: "Undone." or, where it matters, what became of each change. */
export function describeUndo(outcomes: UndoOutcome[]): { text: string; isError: boolean } {
  const notes = [...new Set(outcomes.flatMap((o) => (o.message ? [o.message] : [])))];
  const isError = outcomes.some((o) => o.how === 'failed' || o.how === 'impossible');
  const queued = outcomes.some((o) => o.how === 'reverted' && o.result?.state === 'queued');
  const lead = isError
    ? 'Not everything could be undone.'
    : queued
      ? 'Undone here; the service hears of it when it is reachable.'
      : 'Undone.';
  return { text: [lead, ...notes].join(' '), isError };
}
