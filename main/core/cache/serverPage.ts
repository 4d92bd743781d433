import type { Task } from '../../../shared/model.js';
import type { Db } from './db.js';
import { SERVER_COLUMNS, TASK_INSERT_COLUMNS, taskParams, UPSERT_TASK } from './taskRows.js';

/**
 * Writes one page of tasks from the server. Tasks with a pending local change
 * keep it and get the server's version beside it; the rest are compared with
 * the cached rows first, and only new or changed ones are written.
 */
export function createServerPageWriter(db: Db): (tasks: Task[], changedAt: string) => void {
  const pendingAmong = db.prepare('SELECT DISTINCT key FROM outbox WHERE key IN (SELECT value FROM json_each(?))').pluck();
  const setServerJson = db.prepare('UPDATE tasks SET server_json = ? WHERE key = ?');
  // What a page would change, read in one statement (raw arrays: key, then SERVER_COLUMNS, then whether a copy is held).
  const cachedRows = db
    .prepare(
      `SELECT key, ${SERVER_COLUMNS.join(', ')}, server_json IS NOT NULL OR base_json IS NOT NULL
       FROM tasks WHERE key IN (SELECT value FROM json_each(?))`,
    )
    .raw();
  // A page goes in as one statement: FTS5 flushes its in-memory index at every
  // statement that writes through the tasks_fts triggers, so one upsert per row
  // made a full sync spend most of its cache time flushing tiny FTS segments.
  // The upsert's own WHERE still skips an unchanged row; the compare below only
  // spares SQLite parsing every unchanged task out of the JSON.
  const upsertPage = db.prepare(
    `INSERT INTO tasks (${TASK_INSERT_COLUMNS.join(', ')})
     SELECT ${TASK_INSERT_COLUMNS.map((column) => `value ->> '${column}'`).join(', ')} FROM json_each(?) WHERE true
     ${UPSERT_TASK.slice(UPSERT_TASK.indexOf('ON CONFLICT'))}`,
  );

  return (tasks, changedAt) => {
    const keys = JSON.stringify(tasks.map((task) => task.key));
    const pending = new Set(pendingAmong.all(keys) as string[]);
    for (const task of tasks) if (pending.has(task.key)) setServerJson.run(JSON.stringify(task), task.key);
    const cached = new Map((cachedRows.all(keys) as unknown[][]).map((row) => [row[0] as string, row]));
    const changed = tasks
      .filter((task) => !pending.has(task.key))
      .map((task) => taskParams(task, changedAt))
      .filter((params) => {
        const row = cached.get(params.key as string);
        return !row || row[SERVER_COLUMNS.length + 1] === 1 || SERVER_COLUMNS.some((column, i) => row[i + 1] !== params[column]);
      });
    if (changed.length > 0) upsertPage.run(JSON.stringify(changed));
  };
}
