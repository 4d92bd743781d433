import type { Handlers } from '../../shared/contract.js';
import { AppError } from '../../shared/errors.js';
import { emitOutbox, type MemoryContext } from './memoryContext.js';

type MiscChannels =
  | 'items:list'
  | 'comments:list'
  | 'comments:add'
  | 'news:list'
  | 'news:reset'
  | 'conflicts:list'
  | 'conflicts:resolve'
  | 'conflicts:undo'
  | 'time:list'
  | 'timers:list'
  | 'timers:stop'
  | 'outbox:list'
  | 'outbox:retry'
  | 'outbox:discard'
  | 'outbox:push';

export function memoryMiscHandlers(ctx: MemoryContext): Pick<Handlers, MiscChannels> {
  const { state } = ctx;
  const conflict = (id: string) => {
    const found = state.conflicts.find((c) => c.id === id);
    if (!found) throw new AppError('not-found', `No conflict ${id}`, { field: 'id' });
    return found;
  };
  const entry = (id: number) => {
    const found = state.outbox.find((e) => e.id === id);
    if (!found) throw new AppError('not-found', `No outbox entry ${id}`, { field: 'id' });
    return found;
  };
  const settle = (id: string, resolvedAt: string | null) => {
    const found = conflict(id);
    found.resolvedAt = resolvedAt;
    const task = state.tasks.find((t) => t.key === found.key);
    if (task) task.conflict = resolvedAt === null;
    ctx.emit('conflicts:changed', { open: state.conflicts.filter((c) => !c.resolvedAt).length });
    ctx.emit('tasks:changed', { accountId: found.accountId });
    return { key: found.key, state: 'sent' as const, remoteId: null, error: null };
  };
  return {
    'items:list': async ({ accountId, projectRemoteId }) =>
      state.items.filter((i) => i.accountId === accountId && (!projectRemoteId || i.projectRemoteId === projectRemoteId)),
    'comments:list': async ({ key }) => state.comments[key] ?? [],
    'comments:add': async ({ key, text }) => {
      const list = (state.comments[key] ??= []);
      list.push({ remoteId: `m${ctx.nextId()}`, author: 'You', text, createdAt: ctx.now().toISOString() });
      return { key, state: 'sent', remoteId: null, error: null };
    },
    'news:list': async ({ accountId }) => state.news.filter((n) => !accountId || n.accountId === accountId),
    'news:reset': async ({ accountId }) => {
      state.news = state.news.filter((n) => n.accountId !== accountId);
      ctx.emit('news:changed', { accountId, unread: 0 });
      return { reset: true };
    },
    'conflicts:list': async () => state.conflicts,
    'conflicts:resolve': async ({ id }) => settle(id, ctx.now().toISOString()),
    'conflicts:undo': async ({ id }) => settle(id, null),
    'time:list': async ({ accountId, from, to }) =>
      state.time.filter(
        (e) =>
          (!accountId || e.accountId === accountId) &&
          (!from || (e.start ?? '') >= from) &&
          (!to || (e.start ?? '').slice(0, 10) <= to),
      ),
    'timers:list': async ({ accountId }) => state.timers.filter((t) => !accountId || t.accountId === accountId),
    'timers:stop': async ({ key }) => {
      state.timers = state.timers.filter((t) => t.key !== key);
      return { stopped: true };
    },
    'outbox:list': async () => state.outbox,
    'outbox:retry': async ({ id }) => {
      const found = entry(id);
      found.state = 'queued';
      found.error = null;
      emitOutbox(ctx);
      ctx.queued(found.key);
      return { key: found.key, state: 'queued', remoteId: null, error: null };
    },
    'outbox:push': async ({ accountId }) => {
      const ids = state.accounts.filter((a) => !accountId || a.id === accountId).map((a) => a.id);
      ctx.flush();
      return { accounts: ids.map((id) => ({ id, pushed: 0, failed: 0, conflicts: 0, error: null })) };
    },
    'outbox:discard': async ({ id }) => {
      const found = entry(id);
      state.outbox = state.outbox.filter((e) => e.id !== id);
      const task = state.tasks.find((t) => t.key === found.key);
      if (task) task.pending = state.outbox.some((e) => e.key === task.key);
      emitOutbox(ctx);
      ctx.emit('tasks:changed', { accountId: found.accountId });
      return { discarded: true };
    },
  };
}
