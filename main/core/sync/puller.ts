import type { Account } from '../../../shared/model.js';
import type { Cache } from '../cache/index.js';
import { createLogger } from '../log.js';
import type { PullRange, PullSink, ProviderSession } from '../providers/types.js';

const log = createLogger('sync');

export interface PullCounts {
  projects: number;
  tasks: number;
  news: number;
  time: number;
}

export interface PullDeps {
  cache: Cache;
  session: ProviderSession;
  onProgress?: (phase: string, done: number, total: number) => void;
  onConflict?: () => void;
}

/**
 * Pulls one account into the cache. Each page is written in its own
 * transaction (serverTransaction: what a server sent, fetched again after a power cut); a project's tasks that the server no longer lists leave the
 * cache after its last page, unless a local change to them is pending.
 */
export async function pullAccount(deps: PullDeps, account: Account, range: PullRange): Promise<PullCounts> {
  const { cache } = deps;
  const counts: PullCounts = { projects: 0, tasks: 0, news: 0, time: 0 };
  const seen = new Map<string, string[]>();
  const from = range.from.toISOString().slice(0, 10);
  const to = range.to.toISOString().slice(0, 10);
  const pending = { time: [] as Parameters<PullSink['time']>[0] };
  // A task the user deleted stays out of the cache while its delete waits; the server listing it is worth a word.
  const deleting = new Map(
    cache.outbox
      .list(account.id)
      .filter((e) => e.op === 'task.delete')
      .map((e) => [e.key, e.state]),
  );
  const sink: PullSink = {
    projects: (projects) => {
      cache.serverTransaction(() => cache.records.replaceProjects(account.id, projects));
      counts.projects += projects.length;
    },
    tasks: (projectRemoteId, tasks, page) => {
      const keys = seen.get(projectRemoteId) ?? [];
      if (page.index === 0) keys.length = 0;
      keys.push(...tasks.map((t) => t.key));
      for (const t of tasks.filter((task) => deleting.has(task.key))) {
        log.warn(
          'The server still lists a task whose delete has not gone through; it stays hidden until the delete is sent or discarded',
          {
            key: t.key,
            delete: deleting.get(t.key),
          },
        );
      }
      seen.set(projectRemoteId, keys);
      cache.serverTransaction(() => {
        cache.tasks.saveServerPage(tasks);
        if (page.last) cache.tasks.dropUnseen(account.id, projectRemoteId, keys);
      });
      counts.tasks += tasks.length;
    },
    items: (projectRemoteId, items) =>
      cache.serverTransaction(() => cache.records.replaceItems(account.id, projectRemoteId, items, { keepQueued: true })),
    news: (items) => {
      cache.serverTransaction(() => cache.records.replaceNews(account.id, items));
      counts.news += items.length;
    },
    time: (entries) => {
      pending.time.push(...entries);
      counts.time += entries.length;
    },
    timers: (timers) => cache.serverTransaction(() => cache.records.replaceTimers(account.id, timers)),
    members: (members) => cache.serverTransaction(() => cache.members.replace(account.id, members)),
    conflicts: (found) => {
      cache.transaction(() => {
        for (const conflict of found) {
          cache.conflicts.add({ accountId: account.id, ...conflict });
          cache.outbox.markHeld(conflict.key);
        }
      });
      if (found.length > 0) deps.onConflict?.();
    },
    progress: (phase, done, total) => deps.onProgress?.(phase, done, total),
  };
  await deps.session.pull(sink, range);
  // Time arrives in pieces (per day or per project); the range is replaced once it is all here.
  cache.serverTransaction(() => cache.records.replaceTime(account.id, from, to, pending.time));
  return counts;
}
