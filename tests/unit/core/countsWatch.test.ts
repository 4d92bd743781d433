import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TaskCounts } from '../../../shared/contract.js';
import { openCache, type Cache } from '../../../main/core/cache/index.js';
import { COUNTS_MAX_WAIT_MS, COUNTS_QUIET_MS, notingCalls, watchCounts, type CountsWatch } from '../../../main/core/counts.js';
import { createEventBus, type EventBus } from '../../../main/core/events.js';

let cache: Cache;
let events: EventBus;
let watch: CountsWatch;
let pushed: TaskCounts[];

beforeEach(() => {
  vi.useFakeTimers();
  cache = openCache(':memory:');
  events = createEventBus();
  watch = watchCounts(cache, events);
  pushed = [];
  events.on('counts:changed', (counts) => pushed.push(counts));
});
afterEach(() => {
  watch.stop();
  cache.close();
  vi.useRealTimers();
});

const write = (): void => {
  events.emit('tasks:changed', { accountId: 'a' });
  events.emit('outbox:changed', { queued: 1, failed: 0 });
};

describe('the counts a write pushes', () => {
  it('come once the core has been quiet, once for a burst of events', () => {
    write();
    write();
    vi.advanceTimersByTime(COUNTS_QUIET_MS - 1);
    expect(pushed).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(pushed).toHaveLength(1);
    expect(pushed[0]?.views.all).toBe(0);
  });

  it('wait while calls keep coming, so the reads a write provokes are answered first', () => {
    write();
    for (let i = 0; i < 5; i += 1) {
      vi.advanceTimersByTime(COUNTS_QUIET_MS / 2);
      watch.touch();
    }
    expect(pushed).toHaveLength(0);
    vi.advanceTimersByTime(COUNTS_QUIET_MS);
    expect(pushed).toHaveLength(1);
  });

  it('still come every COUNTS_MAX_WAIT_MS while writes never pause (a long sync)', () => {
    for (let elapsed = 0; elapsed < COUNTS_MAX_WAIT_MS * 3; elapsed += 10) {
      write();
      vi.advanceTimersByTime(10);
    }
    expect(pushed.length).toBeGreaterThanOrEqual(2);
    expect(pushed.length).toBeLessThanOrEqual(3);
  });

  it('a call with nothing written pushes nothing; other events count for nothing', () => {
    watch.touch();
    events.emit('sync:changed', { accountId: 'a' } as never);
    vi.advanceTimersByTime(COUNTS_MAX_WAIT_MS * 2);
    expect(pushed).toHaveLength(0);
  });

  it('stop() drops counts still due', () => {
    write();
    watch.stop();
    vi.advanceTimersByTime(COUNTS_MAX_WAIT_MS);
    expect(pushed).toHaveLength(0);
  });

  it('notingCalls tells of every call and answers as the handler does', async () => {
    const touch = vi.fn();
    const handlers = notingCalls({ echo: async (input: { n: number }) => input.n * 2 }, touch);
    expect(await handlers.echo({ n: 21 })).toBe(42);
    expect(touch).toHaveBeenCalledTimes(1);
  });
});
