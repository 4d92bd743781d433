import { randomUUID } from 'node:crypto';
import type { AddResult, MutationResult } from '../../../shared/contract.js';
import { AppError, validationError } from '../../../shared/errors.js';
import {
  localTaskKey,
  PROVIDER_NAMES,
  type Capabilities,
  type NewTask,
  type Task,
  type TaskPatch,
} from '../../../shared/model.js';
import type { Cache } from '../cache/index.js';
import type { OutboxChange } from '../cache/outboxRepo.js';
import type { ProviderAdapter } from '../providers/types.js';
import { resolveAssignees } from './assignees.js';
import { DEFAULT_DEADLINE_MS, deadlineReason } from '../sync/outcome.js';
import type { SyncService } from '../sync/syncService.js';

export interface AddTaskInput extends NewTask {
  accountId: string;
  /** People by name or e-mail (members:list); mapped to the service's refs before anything is queued. */
  assignees?: string[];
  /** false: answer once queued; the push goes on behind (AddTaskSchema). */
  wait?: boolean;
}

export interface MutationDeps {
  cache: Cache;
  sync: SyncService;
  /** The adapter of a provider, from the registry this core was given (capability checks). */
  adapterOf: (provider: string) => ProviderAdapter;
  now: () => Date;
  onChange: (accountId: string) => void;
  /** Only queue changes; the background loop or an explicit push sends them (tests build outboxes this way). */
  deferPush?: boolean;
  /**
   * How long a change waits for the server before the caller hears "queued"
   * with the reason (the push goes on behind). Default DEFAULT_DEADLINE_MS.
   */
  settleWaitMs?: number;
}

/** User changes: each lands in the cache and the outbox in one transaction, then is pushed at once if it can be. */
export interface Mutations {
  addTask(input: AddTaskInput): Promise<AddResult>;
  editTask(key: string, patch: TaskPatch): Promise<MutationResult>;
  deleteTask(key: string): Promise<MutationResult>;
  addComment(key: string, text: string): Promise<MutationResult>;
  /** Pushes an entry now and tells what became of it; with `wait` false, tells only that it is queued. */
  settle(accountId: string, entryId: number, key: string, wait?: boolean): Promise<MutationResult>;
}

export function createMutations(deps: MutationDeps): Mutations {
  const { cache } = deps;

  const settle = async (accountId: string, entryId: number, key: string, wait = true): Promise<MutationResult> => {
    deps.onChange(accountId);
    if (deps.deferPush) return resultOf(cache, entryId, key);
    if (!wait) {
      // The answer goes first and the push starts on the next turn, so the reads this write provokes
      // (the window's list page) are not queued behind the push's own writes. Its outcome reaches
      // windows as tasks:changed and outbox events; a failure stays in the outbox.
      setImmediate(() => void (async () => deps.sync.pushUntil(accountId, entryId))().catch(() => undefined));
      return resultOf(cache, entryId, key);
    }
    const waitMs = deps.settleWaitMs ?? DEFAULT_DEADLINE_MS;
    const push = deps.sync.pushUntil(accountId, entryId).then(
      () => 'settled' as const,
      () => 'settled' as const,
    );
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), waitMs);
      timer.unref();
    });
    const how = await Promise.race([push, deadline]);
    clearTimeout(timer);
    const result = resultOf(cache, entryId, key);
    if (how === 'late' && result.state === 'queued' && !result.error) {
      return { ...result, error: deadlineReason(waitMs, cache.accounts.get(accountId)?.provider ?? null) };
    }
    return result;
  };

  const enqueue = (accountId: string, key: string, change: OutboxChange, apply: () => void): number =>
    cache.transaction(() => {
      apply();
      return cache.outbox.add({ accountId, key, ...change });
    });

  return {
    async addTask(input) {
      const account = cache.accounts.get(input.accountId);
      if (!account) throw new AppError('not-found', `No account with id ${input.accountId}`, { field: 'account' });
      const caps = deps.adapterOf(account.provider).capabilities;
      checkPatch(account.provider, caps, {
        dueDate: input.dueDate,
        details: input.details,
        priority: input.priority ?? undefined,
        ...(input.assignees?.length ? { assignees: input.assignees } : {}),
      });
      if (input.parentRemoteId && !caps.subtasks) {
        const reason = caps.notes.subtasks ?? `${PROVIDER_NAMES[account.provider]} tasks have no subtasks`;
        throw new AppError('unsupported', reason, { provider: account.provider, field: 'parentRemoteId' });
      }
      if (!input.title.trim()) throw validationError('title', 'a task needs a title');
      const assignees = input.assignees?.length
        ? resolveAssignees(input.assignees, { provider: account.provider, caps, members: cache.members.list(account.id) })
        : [];
      const key = localTaskKey(account.provider, account.id, randomUUID());
      const newTask: NewTask = {
        projectRemoteId: input.projectRemoteId,
        title: input.title.trim(),
        details: input.details ?? '',
        dueDate: input.dueDate ?? null,
        parentRemoteId: input.parentRemoteId ?? null,
        ...(assignees.length > 0 ? { assignees } : {}),
        ...(input.priority != null ? { priority: input.priority } : {}),
      };
      const local: Task = {
        key,
        provider: account.provider,
        accountId: account.id,
        projectRemoteId: newTask.projectRemoteId,
        remoteId: null,
        parentRemoteId: newTask.parentRemoteId ?? null,
        title: newTask.title,
        details: newTask.details,
        status: 'open',
        rawStatus: null,
        priority: newTask.priority ?? null,
        dueDate: newTask.dueDate,
        assignees,
        tags: [],
        isMine: true,
        revision: null,
        updatedAt: deps.now().toISOString(),
        extras: {},
        pending: true,
        conflict: false,
      };
      const id = enqueue(account.id, key, { op: 'task.create', payload: { task: newTask } }, () =>
        cache.tasks.insertLocal(local),
      );
      const result = await settle(account.id, id, key, input.wait !== false);
      return { ...result, task: cache.tasks.get(result.key) };
    },
    async editTask(requestedKey, requested) {
      const task = requireTask(cache, requestedKey);
      const key = task.key;
      const caps = deps.adapterOf(task.provider).capabilities;
      checkPatch(task.provider, caps, requested);
      if (requested.title !== undefined && !requested.title.trim()) throw validationError('title', 'a task needs a title');
      const patch: TaskPatch = { ...requested };
      if (requested.assignees !== undefined) {
        const scope = { provider: task.provider, caps, members: cache.members.list(task.accountId), current: task.assignees };
        patch.assignees = resolveAssignees(requested.assignees, scope);
      }
      const id = enqueue(task.accountId, key, { op: 'task.update', payload: { patch } }, () =>
        cache.tasks.applyPatch(key, patch),
      );
      return settle(task.accountId, id, key);
    },
    async deleteTask(requestedKey) {
      const task = requireTask(cache, requestedKey);
      const key = task.key;
      const caps = deps.adapterOf(task.provider).capabilities;
      if (!caps.deleteTasks)
        throw new AppError(
          'unsupported',
          caps.notes.deleteTasks ?? `${PROVIDER_NAMES[task.provider]} does not let clients delete tasks`,
          { provider: task.provider },
        );
      const id = enqueue(task.accountId, key, { op: 'task.delete', payload: { task } }, () => cache.tasks.remove(key));
      return settle(task.accountId, id, key);
    },
    async addComment(requestedKey, text) {
      const task = requireTask(cache, requestedKey);
      const key = task.key;
      if (!deps.adapterOf(task.provider).capabilities.comments) {
        throw new AppError('unsupported', `${PROVIDER_NAMES[task.provider]} tasks have no comments`, { provider: task.provider });
      }
      const id = enqueue(task.accountId, key, { op: 'comment.add', payload: { text } }, () => undefined);
      return settle(task.accountId, id, key);
    },
    settle,
  };
}

export function requireTask(cache: Cache, key: string): Task {
  const task = cache.tasks.get(cache.tasks.resolveKey(key));
  if (!task) throw new AppError('not-found', `No task with key ${key} in the cache`, { field: 'key' });
  return task;
}

/** Refuses, with the reason, a change the provider cannot store. */
function checkPatch(provider: Task['provider'], caps: Capabilities, patch: Partial<TaskPatch>): void {
  const name = PROVIDER_NAMES[provider];
  if (patch.status !== undefined && !caps.statusChanges) {
    throw validationError('status', caps.notes.statusChanges ?? `${name} tasks have no status to change`, provider);
  }
  if (patch.status === 'doing' && !caps.doingStatus) {
    throw validationError('status', caps.notes.doingStatus ?? `${name} has no "doing" status`, provider);
  }
  if (patch.dueDate && !caps.dueDates) {
    throw validationError('dueDate', caps.notes.dueDates ?? `${name} tasks have no due date`, provider);
  }
  if (patch.assignees !== undefined && !caps.assignees) {
    throw validationError('assignees', caps.notes.assignees ?? `${name} does not let clients assign tasks`, provider);
  }
  if (patch.priority !== undefined && patch.priority !== null && !caps.priority) {
    throw new AppError('unsupported', caps.notes.priority ?? `${name} tasks have no priority`, { provider, field: 'priority' });
  }
  if (patch.tags !== undefined && !caps.tags)
    throw validationError('tags', caps.notes.tags ?? `${name} tasks have no tags`, provider);
}

export function resultOf(cache: Cache, entryId: number, key: string): MutationResult {
  const entry = cache.outbox.get(entryId);
  if (!entry) {
    const current = cache.tasks.resolveKey(key);
    return { key: current, state: 'sent', remoteId: cache.tasks.get(current)?.remoteId ?? null, error: null };
  }
  const task = cache.tasks.get(entry.key);
  return {
    key: entry.key,
    state: entry.state === 'failed' ? 'failed' : 'queued',
    remoteId: task?.remoteId ?? null,
    error: entry.error,
  };
}
