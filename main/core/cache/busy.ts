import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors.js';

/**
 * How long a write waits for another Worktray process's write to finish
 * (SQLite's own busy handler does the waiting). Writes are short, so this is
 * only reached when a process hangs holding the lock.
 */
export const BUSY_TIMEOUT_MS = 10_000;

export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/**
 * Another process held the cache past the busy timeout: a local wait, not
 * the service's fault, and retryable, so the pusher keeps the entry queued
 * rather than marking it failed.
 */
export function busyError(file: string): AppError {
  return new AppError(
    'server',
    `The cache ${file} stayed busy in another Worktray process for ${BUSY_TIMEOUT_MS / 1000} s; nothing was changed, try again`,
    { retryable: true, field: 'data-dir' },
  );
}

type Method = 'run' | 'get' | 'all' | 'iterate';

/** Makes every statement of `db` throw busyError instead of SQLite's bare "database is locked". */
export function guardBusy(db: Database.Database): void {
  const prepare = db.prepare.bind(db);
  db.prepare = ((source: string) => {
    const statement = prepare(source) as unknown as Record<Method, (...args: unknown[]) => unknown>;
    for (const method of ['run', 'get', 'all', 'iterate'] as const) {
      const original = statement[method].bind(statement);
      statement[method] = (...args) => {
        try {
          return original(...args);
        } catch (error) {
          throw isBusy(error) ? busyError(db.name) : error;
        }
      };
    }
    return statement;
  }) as typeof db.prepare;
}
