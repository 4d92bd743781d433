import type { Task } from '../../../shared/model.js';
import type { Statement } from 'better-sqlite3';
import type { Db } from './db.js';
import { SERVER_COLUMNS, TASK_INSERT_COLUMNS, taskParams, UPSERT_TASK } from './taskRows.js';

/** SQLite binds at most 32,766 parameters: 20 columns by 500 rows stays well below, and covers a server's page. */
const ROWS_PER_STATEMENT = 500;

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
  // The rows are bound as plain parameters of a many-row VALUES (one statement
  // per row count, prepared once): reading them back out of one JSON text cost
  // a parse of the row's JSON per column. The upsert's own WHERE still skips an
  // unchanged row; the compare below only spares binding the unchanged ones.
  const upserts = new Map<number, Statement>();
  const upsertRows = (count: number): Statement => {
    let statement = upserts.get(count);
    if (!statement) {
      const row = `(${TASK_INSERT_COLUMNS.map(() => '?').join(', ')})`;
      statement = db.prepare(
        `INSERT INTO tasks (${TASK_INSERT_COLUMNS.join(', ')}) VALUES ${Array.from({ length: count }, () => row).join(', ')}
         ${UPSERT_TASK.slice(UPSERT_TASK.indexOf('ON CONFLICT'))}`,
      );
      upserts.set(count, statement);
    }
    return statement;
  };
  const upsertPage = (rows: Record<string, unknown>[]): void => {
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
      upsertRows(chunk.length).run(chunk.flatMap((params) => TASK_INSERT_COLUMNS.map((column) => params[column])));
    }
  };

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
    if (changed.length > 0) upsertPage(changed);
  };
}
