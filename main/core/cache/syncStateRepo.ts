import type { ErrorPayload } from '../../../shared/errors.js';
import type { Db } from './db.js';
import { parseJson } from './json.js';

export interface SyncState {
  lastSyncedAt: string | null;
  online: boolean;
  error: ErrorPayload | null;
}

export interface SyncStateRepo {
  get(accountId: string): SyncState;
  set(accountId: string, patch: Partial<SyncState>): void;
}

export function createSyncStateRepo(db: Db): SyncStateRepo {
  const get = (accountId: string): SyncState => {
    const row = db.prepare('SELECT * FROM sync_state WHERE account_id = ?').get(accountId) as
      { last_synced_at: string | null; online: number; error: string | null } | undefined;
    return {
      lastSyncedAt: row?.last_synced_at ?? null,
      online: row ? row.online === 1 : true,
      error: parseJson<ErrorPayload | null>(row?.error, null),
    };
  };
  return {
    get,
    set(accountId, patch) {
      const next = { ...get(accountId), ...patch };
      db.prepare(
        `INSERT INTO sync_state (account_id, last_synced_at, online, error) VALUES (?, ?, ?, ?)
         ON CONFLICT(account_id) DO UPDATE SET last_synced_at = excluded.last_synced_at, online = excluded.online, error = excluded.error`,
      ).run(accountId, next.lastSyncedAt, next.online ? 1 : 0, next.error ? JSON.stringify(next.error) : null);
    },
  };
}
