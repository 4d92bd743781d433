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

/** Quiet after a write or a call before the counts are pushed, and the longest a steady stream of them (a sync, a scroll) holds the counts back. */
export const COUNTS_QUIET_MS = 40;
export const COUNTS_MAX_WAIT_MS = 400;

export interface CountsWatch {
  /** A call came in: counts already due wait until the core is quiet again. */
  touch(): void;
  stop(): void;
}

/**
 * Pushes the counts to every host after the writes that can change one, so the sidebar, the
 * tray panel and the tray tooltip show one set of numbers without asking again. Counting reads
 * every task (about 50 ms at 100,000) and the core has one thread: counted at once, it would
 * stand between a write and the calls the write provokes (a quick-added task's list page, whose
 * reply is still being written to the socket). So the counts follow once the core has been quiet
 * (no write, no call) for COUNTS_QUIET_MS; a burst (one write's tasks, outbox and conflict events,
 * a sync's pages) is counted once, and a long stream still shows its numbers every COUNTS_MAX_WAIT_MS.
 */
export function watchCounts(cache: Cache, events: EventBus): CountsWatch {
  let timer: NodeJS.Timeout | null = null;
  let firstAt = 0;
  const emit = (): void => {
    timer = null;
    try {
      events.emit('counts:changed', computeCounts(cache));
    } catch (error) {
      // The cache may have closed between the write and this timer (shutdown); nobody is left to tell.
      log.warn('could not count after a change', { message: error instanceof Error ? error.message : String(error) });
    }
  };
  const schedule = (): void => {
    const at = Date.now();
    if (timer === null) firstAt = at;
    else clearTimeout(timer);
    timer = setTimeout(emit, Math.max(0, Math.min(COUNTS_QUIET_MS, firstAt + COUNTS_MAX_WAIT_MS - at)));
  };
  const off = events.onAny((name) => {
    if (CHANGES.includes(name)) schedule();
  });
  return {
    touch() {
      if (timer !== null) schedule();
    },
    stop() {
      off();
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}

/** The same handlers, each telling the counts a call came in. */
export function notingCalls<H extends Record<string, (input: never) => unknown>>(handlers: H, touch: () => void): H {
  return Object.fromEntries(
    Object.entries(handlers).map(([channel, handler]) => [
      channel,
      (input: never) => {
        touch();
        return handler(input);
      },
    ]),
  ) as H;
}
