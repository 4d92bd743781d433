import type { EventName, TaskCounts } from '../../shared/contract.js';
import { TASK_VIEWS } from '../../shared/contract.js';
import type { Cache } from './cache/index.js';
import type { EventBus } from './events.js';
import { createLogger } from './log.js';

const log = createLogger('counts');

/** Every count a person sees beside a list, in one answer (tasks:counts and counts:changed). */
export function computeCounts(cache: Cache): TaskCounts {
  const counted = cache.tasks.countEach(
    TASK_VIEWS.map((view) => ({ view, status: view === 'recent' || view === 'pending' ? 'all' : 'not-done' })),
  );
  const views = Object.fromEntries(TASK_VIEWS.map((view, i) => [view, counted[i]])) as TaskCounts['views'];
  const projects: Record<string, number> = {};
  const accounts: Record<string, number> = {};
  for (const row of cache.tasks.openCountsByProject()) {
    projects[`${row.accountId}:${row.projectRemoteId}`] = row.count;
    accounts[row.accountId] = (accounts[row.accountId] ?? 0) + row.count;
  }
  return {
    views,
    projects,
    accounts,
    news: cache.records.news().length,
    conflicts: cache.conflicts.openCount(),
    outbox: cache.outbox.counts(),
  };
}

/** The events that follow a write which can change a count. */
const CHANGES: EventName[] = ['tasks:changed', 'accounts:changed', 'news:changed', 'conflicts:changed', 'outbox:changed'];

/**
 * Pushes the counts to every host after each write that can change one, so the sidebar, the
 * tray panel and the tray tooltip show one set of numbers without asking again. The events of
 * one write (tasks, outbox, conflicts) arrive in one synchronous burst and are counted once, in
 * a microtask: still before the command that wrote answers, so a window hears the new counts
 * no later than the reply, and with no timer in between.
 */
export function watchCounts(cache: Cache, events: EventBus): () => void {
  let scheduled = false;
  const emit = (): void => {
    scheduled = false;
    try {
      events.emit('counts:changed', computeCounts(cache));
    } catch (error) {
      // The cache may have closed between the write and this microtask (shutdown); nobody is left to tell.
      log.warn('could not count after a change', { message: error instanceof Error ? error.message : String(error) });
    }
  };
  return events.onAny((name) => {
    if (!CHANGES.includes(name) || scheduled) return;
    scheduled = true;
    queueMicrotask(emit);
  });
}
