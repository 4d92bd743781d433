import { AppError } from '../../../shared/errors.js';
import type { NewTask, Task, TaskPatch } from '../../../shared/model.js';
import type { Cache } from '../cache/index.js';
import type { OutboxEntry } from '../cache/outboxRepo.js';
import { getAdapter } from '../providers/registry.js';
import type { ConflictResolution, ProviderSession } from '../providers/types.js';
import { threeWayMerge } from './merge.js';

/** What became of one outbox entry on the server. */
export type SendOutcome = { kind: 'done'; task: Task | null } | { kind: 'conflict'; conflictId: string };

/** Clock skew allowed when looking for a create that may already have landed. */
const FIND_SKEW_MS = 5 * 60_000;

export interface SendDeps {
  cache: Cache;
  session: ProviderSession;
  now: () => Date;
}

/**
 * Sends one entry. A create that may already have reached the server (an
 * earlier attempt was sent) is looked for before it is made again.
 */
export async function sendEntry(deps: SendDeps, entry: OutboxEntry, attempt: number): Promise<SendOutcome> {
  const { cache, session } = deps;
  const task = cache.tasks.get(entry.key);
  switch (entry.op) {
    case 'task.create':
      return sendCreate(deps, entry, attempt);
    case 'task.update':
      return sendUpdate(deps, entry, requireTask(task, entry));
    case 'task.delete': {
      const doomed = (entry.payload.task as Task | undefined) ?? requireTask(task, entry);
      if (!session.deleteTask) throw new AppError('unsupported', `Deleting tasks is not possible on ${doomed.provider}`);
      await session.deleteTask(doomed).catch((error: unknown) => {
        if (!(error instanceof AppError && error.code === 'not-found')) throw error;
      });
      return { kind: 'done', task: null };
    }
    case 'comment.add': {
      if (!session.addComment) throw new AppError('unsupported', 'Comments are not supported by this provider');
      await session.addComment(requireTask(task, entry), typeof entry.payload.text === 'string' ? entry.payload.text : '');
      return { kind: 'done', task: null };
    }
    case 'conflict.resolve':
      return sendResolution(deps, entry, task);
  }
}

function requireTask(task: Task | null, entry: OutboxEntry): Task {
  if (!task || !task.remoteId) {
    throw new AppError('not-found', `The task of this change (${entry.key}) is no longer in the cache or has no server id yet`);
  }
  return task;
}

async function sendCreate(deps: SendDeps, entry: OutboxEntry, attempt: number): Promise<SendOutcome> {
  const input = entry.payload.task as NewTask;
  if (entry.firstSentAt || attempt > 1) {
    const since = new Date(Date.parse(entry.firstSentAt ?? deps.now().toISOString()) - FIND_SKEW_MS);
    const existing = await deps.session.findCreatedTask(input, since);
    if (existing) return { kind: 'done', task: existing };
  }
  deps.cache.outbox.markSending(entry.id, deps.now().toISOString());
  return { kind: 'done', task: await deps.session.createTask(input) };
}

async function sendUpdate(deps: SendDeps, entry: OutboxEntry, current: Task): Promise<SendOutcome> {
  const { cache, session } = deps;
  const patch = entry.payload.patch as TaskPatch;
  const base = (entry.payload.base as Task | undefined) ?? cache.tasks.base(entry.key) ?? current;
  if (getAdapter(current.provider).capabilities.conflictCopies) {
    if (entry.firstSentAt) {
      // An earlier attempt may have landed; sending the same revision again would make a conflict copy.
      const theirs = await session.getTask(current.projectRemoteId, current.remoteId as string);
      if (theirs && alreadyApplied(theirs, patch)) return { kind: 'done', task: theirs };
    }
    deps.cache.outbox.markSending(entry.id, deps.now().toISOString());
    // Workity compares revisions itself and makes conflict copies; ask it directly.
    const outcome = await session.updateTask(base, patch);
    if (outcome.kind === 'saved') return { kind: 'done', task: outcome.task };
    const conflictId = cache.conflicts.add({ accountId: entry.accountId, key: entry.key, ...outcome.conflict });
    return { kind: 'conflict', conflictId };
  }
  deps.cache.outbox.markSending(entry.id, deps.now().toISOString());
  const theirs = await session.getTask(current.projectRemoteId, current.remoteId as string);
  if (!theirs) {
    const conflictId = cache.conflicts.add({
      accountId: entry.accountId,
      kind: 'delete-write',
      key: entry.key,
      title: current.title,
      fields: Object.fromEntries(
        Object.entries(patch).map(([f, v]) => [f, { base: base[f as keyof Task], mine: v, theirs: null }]),
      ),
      serverItems: { original: current.remoteId as string },
    });
    return { kind: 'conflict', conflictId };
  }
  const merged = threeWayMerge(base, patch, theirs);
  if (Object.keys(merged.conflicts).length > 0) {
    const conflictId = cache.conflicts.add({
      accountId: entry.accountId,
      kind: 'offline-edit',
      key: entry.key,
      title: theirs.title,
      fields: merged.conflicts,
      serverItems: { original: theirs.remoteId as string },
    });
    return { kind: 'conflict', conflictId };
  }
  if (Object.keys(merged.patch).length === 0) return { kind: 'done', task: theirs };
  const outcome = await session.updateTask(theirs, merged.patch);
  if (outcome.kind === 'conflict') {
    const conflictId = cache.conflicts.add({ accountId: entry.accountId, key: entry.key, ...outcome.conflict });
    return { kind: 'conflict', conflictId };
  }
  return { kind: 'done', task: outcome.task };
}

async function sendResolution(deps: SendDeps, entry: OutboxEntry, task: Task | null): Promise<SendOutcome> {
  const conflict = deps.cache.conflicts.get(String(entry.payload.conflictId));
  if (!conflict) return { kind: 'done', task: null };
  const resolution = entry.payload.resolution as ConflictResolution;
  if (conflict.kind !== 'offline-edit' && deps.session.resolveConflict) {
    await deps.session.resolveConflict(conflict, resolution);
    const fresh = task?.remoteId ? await deps.session.getTask(task.projectRemoteId, task.remoteId) : null;
    return { kind: 'done', task: fresh };
  }
  if (resolution.kind === 'drop' || !task) return { kind: 'done', task: null };
  const theirs = task.remoteId ? await deps.session.getTask(task.projectRemoteId, task.remoteId) : null;
  if (!theirs) {
    // Deleted on the server and the user keeps it: make it again from what the cache holds.
    const made = await deps.session.createTask({
      projectRemoteId: task.projectRemoteId,
      title: task.title,
      details: task.details,
      dueDate: task.dueDate,
    });
    return { kind: 'done', task: made };
  }
  const values = resolution.kind === 'fields' ? resolution.values : {};
  const outcome = await deps.session.updateTask(theirs, values);
  return outcome.kind === 'saved' ? { kind: 'done', task: outcome.task } : { kind: 'done', task: null };
}

function alreadyApplied(theirs: Task, patch: TaskPatch): boolean {
  return Object.entries(patch).every(
    ([field, value]) => JSON.stringify(theirs[field as keyof Task] ?? null) === JSON.stringify(value ?? null),
  );
}
