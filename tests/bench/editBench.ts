import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { openCache } from '../../main/core/cache/index.js';
import type { Task } from '../../shared/model.js';
import { median, timeSync } from './stats.js';

export interface EditFigures {
  sqliteMs: number[];
  confMs: number[];
  tasks: number;
  confFileBytes: number;
  /** SQLite's synchronous setting during the runs, as read back (2 = FULL: the WAL is fsynced at every commit). */
  sqliteSynchronous: number;
}

/**
 * Figure 2: one edit made durable the way mutations do it (the cache row and
 * the outbox entry in one transaction) against the same edit in a JSON-file
 * store (conf, what electron-store runs on), which rewrites every task.
 * Like for like: both sides fsync before the write returns. conf's atomic
 * write fsyncs the new file before renaming it; SQLite runs with
 * synchronous=FULL (the app's own setting, set here again so the figure does
 * not silently change with it), which fsyncs the WAL at every commit.
 */
export function benchEdit(dataDir: string, sqliteRuns: number, confRuns: number): EditFigures {
  const cache = openCache(dataDir);
  cache.db.pragma('synchronous = FULL');
  const sqliteSynchronous = cache.db.pragma('synchronous', { simple: true }) as number;
  if (sqliteSynchronous !== 2) throw new Error(`SQLite would not run with synchronous=FULL (got ${sqliteSynchronous})`);
  const tasks = cache.tasks.list({ status: 'all', limit: cache.tasks.count({ status: 'all' }), sort: 'title' }).tasks;
  const sqliteMs: number[] = [];
  for (let run = 0; run < sqliteRuns; run += 1) {
    const task = tasks[(run * 7919) % tasks.length] as Task;
    const patch = { title: `${task.title} (edited ${run})` };
    sqliteMs.push(
      timeSync(() =>
        cache.transaction(() => {
          cache.tasks.applyPatch(task.key, patch);
          return cache.outbox.add({ accountId: task.accountId, op: 'task.update', key: task.key, payload: { patch } });
        }),
      ),
    );
  }
  cache.close();

  const dir = mkdtempSync(join(tmpdir(), 'worktray-bench-conf-'));
  const store = new Conf<{ tasks: Task[] }>({ projectName: 'worktray-bench', cwd: dir, configName: 'tasks' });
  store.set('tasks', tasks);
  const confMs: number[] = [];
  for (let run = 0; run < confRuns; run += 1) {
    const index = (run * 7919) % tasks.length;
    confMs.push(timeSync(() => store.set(`tasks.${index}.title`, `edited ${run}`)));
  }
  const confFileBytes = Buffer.byteLength(JSON.stringify(store.store, undefined, '\t'));
  rmSync(dir, { recursive: true, force: true });
  return { sqliteMs, confMs, tasks: tasks.length, confFileBytes, sqliteSynchronous };
}

export const editRatio = (f: EditFigures): number => median(f.confMs) / median(f.sqliteMs);
