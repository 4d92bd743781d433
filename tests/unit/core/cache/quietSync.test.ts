import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CACHE_FILE } from '../../../../main/core/cache/index.js';
import { PROVIDER_IDS } from '../../../../shared/model.js';
import { createFakeSession } from '../../../helpers/fakeSession.js';
import { createInProcessApi, value } from '../../../helpers/inProcessApi.js';
import { memoryCacheWithAccount } from '../../../helpers/memoryCache.js';
import { startSimulators } from '../../../simulators/all.js';

const TABLES = ['tasks', 'projects', 'items', 'news', 'time_entries', 'timers'] as const;

/**
 * Counts every row written to the cache's tables, from a second connection:
 * ordinary (not TEMP) triggers live in the file, so they fire for the core's
 * own connection too.
 */
function watchWrites(file: string): { counts(): Record<string, number>; ftsPages(): string; close(): void } {
  const db = new Database(file);
  db.exec('CREATE TABLE bench_writes (tbl TEXT NOT NULL)');
  for (const table of TABLES) {
    for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(
        `CREATE TRIGGER bench_${table}_${op.toLowerCase()} AFTER ${op} ON ${table} BEGIN INSERT INTO bench_writes VALUES ('${table}'); END`,
      );
    }
  }
  return {
    counts() {
      const rows = db.prepare('SELECT tbl, count(*) AS n FROM bench_writes GROUP BY tbl').all() as { tbl: string; n: number }[];
      db.exec('DELETE FROM bench_writes');
      return Object.fromEntries(rows.map((row) => [row.tbl, row.n]));
    },
    ftsPages: () =>
      JSON.stringify(db.prepare('SELECT count(*) AS n, total(id), total(length(block)) FROM tasks_fts_data').raw().get()),
    close: () => db.close(),
  };
}

describe('a sync that finds nothing new', () => {
  it('writes no task row and leaves the full-text index as it was', async () => {
    const sims = await startSimulators();
    const api = createInProcessApi();
    onTestFinished(async () => {
      await api.dispose();
      await sims.close();
    });
    for (const provider of PROVIDER_IDS) await value(api, 'accounts:add', sims.accounts[provider]);
    const writes = watchWrites(join(api.dataDir, CACHE_FILE));
    onTestFinished(() => writes.close());
    const sync = async (): Promise<void> => {
      const report = await value(api, 'sync:run', {});
      expect(report.accounts.filter((a) => a.error)).toEqual([]);
    };

    await sync();
    const first = writes.counts();
    expect(first.tasks).toBeGreaterThan(100);
    const ftsBefore = writes.ftsPages();

    await sync();
    const second = writes.counts();
    expect(second.tasks ?? 0).toBe(0);
    expect(writes.ftsPages()).toBe(ftsBefore);
    expect(second).toEqual({});
  }, 60_000);
});

describe('writing a pulled page', () => {
  it('skips the rows the server left as they were and writes the one it changed', () => {
    const { cache } = memoryCacheWithAccount();
    const fake = createFakeSession();
    const [a, b] = ['Plan the sprint', 'Book the room'].map((title) =>
      fake.make({ projectRemoteId: 'p1', title, details: '', dueDate: null }),
    );
    const changes = (): number => cache.db.prepare('SELECT total_changes()').pluck().get() as number;
    cache.tasks.saveServerPage([a!, b!]);
    const before = changes();
    cache.tasks.saveServerPage([{ ...a! }, { ...b! }]);
    expect(changes()).toBe(before);
    cache.tasks.saveServerPage([{ ...a!, title: 'Plan the retro' }, { ...b! }]);
    expect(changes()).toBeGreaterThan(before);
    expect(cache.tasks.list({ search: 'retro' }).tasks.map((t) => t.key)).toEqual([a!.key]);
    expect(cache.tasks.list({ search: 'sprint' }).tasks).toEqual([]);
  });
});
