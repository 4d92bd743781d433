import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createPushLock } from '../../../main/core/sync/pushLock.js';
import { memoryCacheWithAccount } from '../../helpers/memoryCache.js';

/** The pid of a process that has exited, so no process has it (barring reuse within the test). */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid;
}

describe('the push lock', () => {
  it('a second holder skips while the first pushes, and gets the lock once it is released', async () => {
    const { cache, account } = memoryCacheWithAccount();
    const first = createPushLock(cache.locks);
    const second = createPushLock(cache.locks);
    let inner: string | null = 'not run';
    const outer = await first(account.id, async () => {
      inner = await second(account.id, async () => 'second pushed');
      return 'first pushed';
    });
    expect(outer).toBe('first pushed');
    expect(inner).toBeNull();
    expect(await second(account.id, async () => 'second pushed')).toBe('second pushed');
  });

  it('the lock of a process that is gone is taken over at once; a live one is honoured until it expires', () => {
    const { cache, account } = memoryCacheWithAccount();
    const me = { id: 'me', pid: process.pid };
    const now = Date.now();
    cache.locks.take(account.id, { id: 'killed', pid: deadPid() }, now + 60_000, now, () => false);
    expect(cache.locks.take(account.id, me, now + 60_000, now, () => false)).toBe(false);
    expect(cache.locks.take(account.id, me, now + 60_000, now, (holder) => holder.id === 'killed')).toBe(true);

    cache.locks.release(account.id, me);
    cache.locks.take(account.id, { id: 'hung', pid: process.pid }, now + 1_000, now, () => false);
    expect(cache.locks.take(account.id, me, now + 60_000, now + 500, () => false)).toBe(false);
    expect(cache.locks.take(account.id, me, now + 60_000, now + 1_001, () => false)).toBe(true);
    expect(cache.locks.renew(account.id, { id: 'hung', pid: process.pid }, now + 90_000)).toBe(false);
  });

  it("a holder whose pid is no longer running is judged gone by createPushLock's own check", async () => {
    const { cache, account } = memoryCacheWithAccount();
    const now = Date.now();
    cache.locks.take(account.id, { id: 'killed', pid: deadPid() }, now + 60_000, now, () => false);
    expect(await createPushLock(cache.locks)(account.id, async () => 'pushed')).toBe('pushed');
  });
});
