import type { UndoChange, UndoOutcome } from '../../../shared/contract.js';
import { toAppError } from '../../../shared/errors.js';
import { PROVIDER_NAMES, type TaskPatch } from '../../../shared/model.js';
import type { OutboxEntry } from '../cache/outboxRepo.js';
import type { UndoDeps } from './undo.js';

type EditChange = Extract<UndoChange, { kind: 'task.edit' }>;
type DeleteChange = Extract<UndoChange, { kind: 'task.delete' }>;

/** Nothing of it can have reached the service: never sent, or refused by it. */
const isUnsent = (entry: OutboxEntry): boolean => entry.firstSentAt === null || entry.state === 'failed';

/** The queued patch is the change being undone (assignees are compared by field only: the core stores refs, not names). */
function isSameChange(patch: TaskPatch, after: TaskPatch): boolean {
  const fields = Object.keys(after);
  if (fields.length !== Object.keys(patch).length) return false;
  return fields.every((field) => {
    if (!(field in patch)) return false;
    if (field === 'assignees') return true;
    return JSON.stringify(patch[field as keyof TaskPatch]) === JSON.stringify(after[field as keyof TaskPatch]);
  });
}

/** Drops the edit if it is the task's newest change and still here only; true when it did. */
function cancelQueuedEdit(deps: UndoDeps, key: string, change: EditChange): boolean {
  const { cache } = deps;
  const entries = cache.outbox.list().filter((e) => e.key === key);
  const last = entries.at(-1);
  if (!last || last.op !== 'task.update' || last.state === 'held' || !isUnsent(last)) return false;
  if (!isSameChange(last.payload.patch, change.after)) return false;
  // Alone, discarding puts back the server's copy; under earlier queued changes, the values from before this one.
  if (entries.length === 1) deps.outbox.discard(last.id);
  else
    cache.transaction(() => {
      cache.outbox.remove(last.id);
      cache.tasks.applyPatch(key, change.before);
    });
  return true;
}

/** Complete, reopen, a new date or any edit: cancelled while queued, else the old values are sent. */
export async function undoEdit(deps: UndoDeps, change: EditChange): Promise<UndoOutcome> {
  const { cache } = deps;
  const key = cache.tasks.resolveKey(change.key);
  const task = cache.tasks.get(key);
  if (!task) {
    const message = 'This task is no longer in Worktray (deleted since), so the change cannot be taken back';
    return { kind: change.kind, key, how: 'impossible', result: null, message };
  }
  if (await deps.sync.exclusive(task.accountId, () => cancelQueuedEdit(deps, key, change))) {
    deps.onChange(task.accountId);
    return { kind: change.kind, key, how: 'cancelled', result: null, message: null };
  }
  const result = await deps.mutations.editTask(key, change.before);
  const failed = result.state === 'failed';
  return {
    kind: change.kind,
    key: result.key,
    how: failed ? 'failed' : 'reverted',
    result,
    message: failed ? (result.error?.message ?? null) : null,
  };
}

/** A deletion still queued is dropped (the task comes back as it was); once sent, the task is made again. */
export async function undoDelete(deps: UndoDeps, change: DeleteChange): Promise<UndoOutcome> {
  const { cache } = deps;
  const key = cache.tasks.resolveKey(change.key);
  const cancelled = await deps.sync.exclusive(change.accountId, () => {
    const entry = cache.outbox.list().find((e) => e.key === key && e.op === 'task.delete');
    if (!entry || !isUnsent(entry)) return false;
    deps.outbox.discard(entry.id);
    return true;
  });
  if (cancelled) {
    deps.onChange(change.accountId);
    return { kind: change.kind, key, how: 'cancelled', result: null, message: null };
  }
  const account = cache.accounts.get(change.accountId);
  const service = account ? PROVIDER_NAMES[account.provider] : 'the service';
  const { task } = change;
  // Only people the account still knows can be assigned again; the rest are left off rather than refusing the whole task.
  const members = new Set(cache.members.list(change.accountId).map((m) => m.ref));
  try {
    const result = await deps.mutations.addTask({
      accountId: change.accountId,
      projectRemoteId: task.projectRemoteId,
      title: task.title,
      details: task.details,
      dueDate: task.dueDate,
      parentRemoteId: task.parentRemoteId,
      priority: task.priority,
      assignees: task.assignees.filter((ref) => members.has(ref)),
    });
    if (result.state === 'failed')
      return { kind: change.kind, key: result.key, how: 'failed', result, message: result.error?.message ?? null };
    const message = `“${task.title}” was already deleted in ${service}; it is back as a new task, without its comments and history`;
    return { kind: change.kind, key: result.key, how: 'reverted', result, message };
  } catch (error) {
    const reason = toAppError(error).message;
    const message = `“${task.title}” was already deleted in ${service} and cannot be brought back (${reason})`;
    return { kind: change.kind, key, how: 'impossible', result: null, message };
  }
}
