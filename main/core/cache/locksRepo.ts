import type { Db } from './db.js';

/** Who holds a push lock: the process and a random id, so two cores in one process are told apart too. */
export interface LockOwner {
  id: string;
  pid: number;
}

export interface LockHolder extends LockOwner {
  expiresAt: number;
}

/**
 * Push locks, one row per account. Each method is one statement or one
 * immediate transaction, so two processes racing for a lock cannot both win.
 */
export interface LocksRepo {
  /** Takes the lock if it is free, expired, ours, or `isStale` says its holder is gone; false if someone else holds it. */
  take(accountId: string, owner: LockOwner, expiresAt: number, nowMs: number, isStale: (holder: LockHolder) => boolean): boolean;
  /** Pushes the expiry on; false if the lock was taken over meanwhile. */
  renew(accountId: string, owner: LockOwner, expiresAt: number): boolean;
  release(accountId: string, owner: LockOwner): void;
}

export function createLocksRepo(db: Db): LocksRepo {
  const select = db.prepare('SELECT owner, pid, expires_at FROM push_locks WHERE account_id = ?');
  const upsert = db.prepare(
    `INSERT INTO push_locks (account_id, owner, pid, expires_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(account_id) DO UPDATE SET owner = excluded.owner, pid = excluded.pid, expires_at = excluded.expires_at`,
  );
  const take = db.transaction(
    (accountId: string, owner: LockOwner, expiresAt: number, nowMs: number, isStale: (h: LockHolder) => boolean): boolean => {
      const row = select.get(accountId) as { owner: string; pid: number; expires_at: number } | undefined;
      const holder = row ? { id: row.owner, pid: row.pid, expiresAt: row.expires_at } : null;
      if (holder && holder.id !== owner.id && holder.expiresAt > nowMs && !isStale(holder)) return false;
      upsert.run(accountId, owner.id, owner.pid, expiresAt);
      return true;
    },
  );
  return {
    take: (...args) => take.immediate(...args),
    renew: (accountId, owner, expiresAt) =>
      db.prepare('UPDATE push_locks SET expires_at = ? WHERE account_id = ? AND owner = ?').run(expiresAt, accountId, owner.id)
        .changes === 1,
    release(accountId, owner) {
      db.prepare('DELETE FROM push_locks WHERE account_id = ? AND owner = ?').run(accountId, owner.id);
    },
  };
}
