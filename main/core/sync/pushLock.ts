import { randomUUID } from 'node:crypto';
import type { LockHolder, LocksRepo } from '../cache/locksRepo.js';
import { createLogger } from '../log.js';

const log = createLogger('push-lock');

/** A lock lives this long unless renewed; a holder that hangs is overtaken after it. */
const LOCK_TTL_MS = 60_000;
const RENEW_EVERY_MS = 15_000;

/**
 * Runs `fn` holding the account's push lock, or returns null at once when
 * another process (the app, the web host, another CLI command) is pushing
 * that account: two pushers on one outbox would send an entry twice.
 */
export type WithPushLock = <T>(accountId: string, fn: () => Promise<T>) => Promise<T | null>;

/** Wall-clock time on purpose: every process sharing the cache must agree on expiry, whatever clock a core was given. */
export function createPushLock(locks: LocksRepo): WithPushLock {
  const owner = { id: randomUUID(), pid: process.pid };
  return async (accountId, fn) => {
    if (!locks.take(accountId, owner, Date.now() + LOCK_TTL_MS, Date.now(), holderIsGone)) return null;
    const renew = setInterval(() => {
      if (!locks.renew(accountId, owner, Date.now() + LOCK_TTL_MS)) log.warn('the push lock was taken over', { accountId });
    }, RENEW_EVERY_MS);
    renew.unref();
    try {
      return await fn();
    } finally {
      clearInterval(renew);
      locks.release(accountId, owner);
    }
  };
}

/** A holder whose process no longer runs (killed, crashed) left its lock behind; the cache is local, so its pid is ours to check. */
function holderIsGone(holder: LockHolder): boolean {
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
