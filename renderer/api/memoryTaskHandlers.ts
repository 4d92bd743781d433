import type { Handlers } from '../../shared/contract.js';
import { AppError } from '../../shared/errors.js';
import { localTaskKey, type Task } from '../../shared/model.js';
import { emitOutbox, queuedResult, type MemoryContext } from './memoryContext.js';
import { countTasks, queryTasks } from './memoryTasks.js';

type TaskChannels = 'tasks:list' | 'tasks:counts' | 'tasks:get' | 'tasks:add' | 'tasks:edit' | 'tasks:delete';

function findTask(ctx: MemoryContext, key: string): Task {
  const task = ctx.state.tasks.find((t) => t.key === key);
  if (!task) throw new AppError('not-found', `No task ${key} in the cache`);
  return task;
}

function enqueue(ctx: MemoryContext, task: Task, op: string): void {
  task.pending = true;
  ctx.state.outbox.push({
    id: ctx.nextId(),
    accountId: task.accountId,
    op,
    key: task.key,
    title: task.title,
    state: 'queued',
    attempts: 0,
    error: null,
    createdAt: ctx.now().toISOString(),
  });
  ctx.emit('tasks:changed', { accountId: task.accountId });
  emitOutbox(ctx);
  ctx.queued(task.key);
}

export function memoryTaskHandlers(ctx: MemoryContext): Pick<Handlers, TaskChannels> {
  const { state } = ctx;
  return {
    'tasks:list': async (query) => queryTasks(state.tasks, query, ctx.now()),
    'tasks:counts': async () => {
      const failed = state.outbox.filter((e) => e.state === 'failed').length;
      return {
        ...countTasks(state.tasks, ctx.now()),
        news: state.news.length,
        conflicts: state.conflicts.filter((c) => !c.resolvedAt).length,
        outbox: { queued: state.outbox.length - failed, failed },
      };
    },
    'tasks:get': async ({ key }) => ({ ...findTask(ctx, key) }),
    'tasks:add': async (input) => {
      const account = state.accounts.find((a) => a.id === input.accountId);
      if (!account) throw new AppError('not-found', `No account ${input.accountId}`, { field: 'accountId' });
      const key = localTaskKey(account.provider, account.id, String(ctx.nextId()));
      const task: Task = {
        key,
        provider: account.provider,
        accountId: account.id,
        projectRemoteId: input.projectRemoteId,
        remoteId: null,
        parentRemoteId: input.parentRemoteId ?? null,
        title: input.title,
        details: input.details ?? '',
        status: 'open',
        rawStatus: null,
        priority: null,
        dueDate: input.dueDate ?? null,
        assignees: [],
        tags: [],
        isMine: true,
        revision: null,
        updatedAt: ctx.now().toISOString(),
        extras: {},
        pending: true,
        conflict: false,
      };
      state.tasks.push(task);
      enqueue(ctx, task, 'create');
      return queuedResult(key);
    },
    'tasks:edit': async ({ key, patch }) => {
      const task = findTask(ctx, key);
      Object.assign(task, patch, { updatedAt: ctx.now().toISOString() });
      enqueue(ctx, task, 'update');
      return queuedResult(key);
    },
    'tasks:delete': async ({ key }) => {
      const task = findTask(ctx, key);
      state.tasks = state.tasks.filter((t) => t.key !== key);
      ctx.emit('tasks:changed', { accountId: task.accountId });
      return { key, state: 'sent', remoteId: task.remoteId, error: null };
    },
  };
}
