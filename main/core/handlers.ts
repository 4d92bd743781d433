import type { Handlers } from '../../shared/contract.js';
import { AppError } from '../../shared/errors.js';
import { PROVIDER_NAMES, type Capabilities, type ProviderId } from '../../shared/model.js';
import type { AccountService } from './accounts/accountService.js';
import type { SessionPool } from './accounts/sessions.js';
import type { Cache } from './cache/index.js';
import { computeCounts } from './counts.js';
import type { EventBus } from './events.js';
import { allAdapters, type ProviderRegistry } from './providers/registry.js';
import type { SettingsStore } from './settings.js';
import type { ConflictActions } from './commands/conflictActions.js';
import { createFileCommands } from './commands/files.js';
import { createNoteCommands, listItems } from './commands/notes.js';
import { requireTask, type Mutations } from './commands/mutations.js';
import type { OutboxActions } from './commands/outboxActions.js';
import type { TimeEntries } from './commands/timeEntries.js';
import type { Undo } from './commands/undo.js';
import type { SyncService } from './sync/syncService.js';

export interface HandlerDeps {
  cache: Cache;
  accounts: AccountService;
  sessions: SessionPool;
  sync: SyncService;
  mutations: Mutations;
  conflicts: ConflictActions;
  outbox: OutboxActions;
  undo: Undo;
  timeEntries: TimeEntries;
  settings: SettingsStore;
  events: EventBus;
  providers: ProviderRegistry;
  info: { version: string; host: 'electron' | 'web'; dataDir: string };
  openPath?: (path: string) => Promise<string>;
}

/** Binds every contract channel to the core's services. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { cache, events } = deps;
  const sessionFor = (accountId: string) => deps.sessions.get(deps.accounts.require(accountId));
  const itemDeps = {
    cache,
    mutations: deps.mutations,
    adapterOf: (provider: string) => deps.sessions.adapterOf(provider),
    now: () => new Date(),
  };
  const notes = createNoteCommands(itemDeps);
  const files = createFileCommands({
    ...itemDeps,
    sessionOf: sessionFor,
    dataDir: deps.info.dataDir,
    openPath: deps.openPath,
  });
  return {
    'app:info': async () => deps.info,
    'accounts:list': async () => deps.accounts.list(),
    'accounts:add': async (input) => {
      const account = await deps.accounts.add(input);
      events.emit('accounts:changed', {});
      return account;
    },
    'accounts:test': async ({ id }) => deps.accounts.test(id),
    'accounts:remove': async ({ id }) => {
      await deps.accounts.remove(id);
      events.emit('accounts:changed', {});
      events.emit('tasks:changed', { accountId: id });
      return { removed: true };
    },
    'capabilities:get': async () =>
      Object.fromEntries(allAdapters(deps.providers).map((a) => [a.id, a.capabilities])) as Record<ProviderId, Capabilities>,
    'projects:list': async ({ accountId }) => cache.records.projects(accountId),
    'tasks:list': async (query) => cache.tasks.list(query),
    'tasks:counts': async () => computeCounts(cache),
    'tasks:get': async ({ key }) => requireTask(cache, key),
    'tasks:add': async (input) =>
      deps.mutations.addTask({ ...input, details: input.details ?? '', dueDate: input.dueDate ?? null }),
    'tasks:edit': async ({ key, patch }) => deps.mutations.editTask(key, patch),
    'tasks:delete': async ({ key }) => deps.mutations.deleteTask(key),
    'members:list': async ({ accountId }) => cache.members.list(accountId),
    'items:list': async ({ accountId, projectRemoteId }) => cache.records.items(accountId, projectRemoteId),
    'comments:list': async ({ key }) => {
      const task = requireTask(cache, key);
      const session = sessionFor(task.accountId);
      if (!session.listComments)
        throw new AppError('unsupported', `${PROVIDER_NAMES[task.provider]} tasks have no comments`, {
          provider: task.provider,
        });
      return session.listComments(task);
    },
    'comments:add': async ({ key, text }) => deps.mutations.addComment(key, text),
    'notes:list': async ({ accountId, projectRemoteId }) => listItems(cache, 'note', accountId, projectRemoteId),
    'notes:add': async (input) => notes.add(input),
    'notes:edit': async ({ key, ...patch }) => notes.edit(key, patch),
    'files:list': async (filter) => files.list(filter),
    'files:add': async (input) => files.add(input),
    'files:get': async ({ key }) => files.get(key),
    'files:open': async ({ key }) => files.open(key),
    'news:list': async ({ accountId }) => cache.records.news(accountId),
    'news:reset': async ({ accountId }) => {
      const session = sessionFor(accountId);
      if (!session.resetNews) throw new AppError('unsupported', 'Only Workity accounts have a news feed', { field: 'account' });
      await session.resetNews();
      cache.records.clearNews(accountId);
      events.emit('news:changed', { accountId, unread: 0 });
      return { reset: true };
    },
    'conflicts:list': async () => cache.conflicts.open(),
    'conflicts:resolve': async (input) => deps.conflicts.resolve(input),
    'conflicts:undo': async ({ id }) => {
      const result = await deps.conflicts.undo(id);
      // The conflict is open again: every count and list that showed it settled must hear so.
      deps.sync.emitCounts();
      events.emit('tasks:changed', { accountId: null });
      return result;
    },
    'time:list': async (filter) => cache.records.time(filter),
    'timers:list': async ({ accountId }) => cache.records.timers(accountId),
    'timers:stop': async ({ key }) => {
      const timer = cache.records.timers().find((t) => t.key === key);
      if (!timer) throw new AppError('not-found', `No running timer ${key}`, { field: 'key' });
      const session = sessionFor(timer.accountId);
      if (!session.stopTimer) throw new AppError('unsupported', 'This provider has no timers to stop');
      await session.stopTimer(timer);
      cache.records.removeTimer(key);
      return { stopped: true };
    },
    'time:log': async (input) => deps.timeEntries.log(input),
    'time:edit': async (input) => deps.timeEntries.edit(input),
    'time:delete': async ({ key }) => deps.timeEntries.remove(key),
    'timers:start': async (input) => deps.timeEntries.startTimer(input),
    'undo:run': async ({ changes }) => deps.undo.run(changes),
    'outbox:list': async () => deps.outbox.list(),
    'outbox:retry': async ({ id }) => deps.outbox.retry(id),
    'outbox:discard': async ({ id }) => {
      deps.outbox.discard(id);
      deps.sync.emitCounts();
      events.emit('tasks:changed', { accountId: null });
      return { discarded: true };
    },
    'outbox:push': async ({ accountId }) => {
      const reports = await deps.sync.push(accountId);
      return {
        accounts: [...reports].map(([id, r]) => ({
          id,
          pushed: r.pushed,
          failed: r.failed,
          conflicts: r.conflicts,
          error: r.stoppedBy ? { code: r.stoppedBy.code, message: r.stoppedBy.message } : null,
        })),
      };
    },
    'sync:run': async ({ accountId }) => ({ accounts: await deps.sync.run(accountId) }),
    'sync:status': async () => deps.sync.status(),
    'settings:get': async () => deps.settings.get(),
    'settings:set': async (patch) => deps.settings.set(patch),
    'vault:addPassphrase': async ({ passphrase }) => deps.accounts.addPassphrase(passphrase),
  };
}
