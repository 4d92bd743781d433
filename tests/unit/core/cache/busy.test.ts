import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCache, type Cache } from '../../../../main/core/cache/index.js';
import { AppError } from '../../../../shared/errors.js';

const open: Cache[] = [];
let dir = '';
afterEach(() => {
  for (const cache of open.splice(0)) cache.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a cache held by another process past the busy wait', () => {
  it('fails with a retryable error naming the file, not SQLite\'s "database is locked"', () => {
    dir = mkdtempSync(join(tmpdir(), 'worktray-busy-'));
    const holder = openCache(dir);
    const waiter = openCache(dir);
    open.push(holder, waiter);
    waiter.db.pragma('busy_timeout = 50');
    holder.db.exec('BEGIN IMMEDIATE');
    const attempts = [
      () => waiter.syncState.set('nobody', { online: false }),
      () => waiter.transaction(() => waiter.syncState.set('nobody', { online: false })),
    ];
    for (const attempt of attempts) {
      let thrown: unknown = null;
      try {
        attempt();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(AppError);
      expect((thrown as AppError).retryable).toBe(true);
      expect((thrown as AppError).message).toContain(join(dir, 'cache.db'));
      expect((thrown as AppError).message).toMatch(/busy in another Worktray process/);
    }
    holder.db.exec('ROLLBACK');
  });
});
