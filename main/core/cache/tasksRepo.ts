import type { TaskQuery } from '../../../shared/contract.js';
import type { Task, TaskPatch } from '../../../shared/model.js';
import type { Statement } from 'better-sqlite3';
import type { Db } from './db.js';
import { parseJson } from './json.js';
import { COUNT_STEP, countLimit, listingSql } from './taskListing.js';
import { createServerPageWriter } from './serverPage.js';
import { buildTaskQuery } from './taskQuery.js';
import { listedToTask, LISTED_TASK, rowToTask, TASK_COLUMNS, taskParams, UPSERT_TASK, type TaskRow } from './taskRows.js';

export interface TasksRepo {
  /**
   * One page of a listing. `total` counts matches only up to a multiple of
   * COUNT_STEP past the page; `capped` says more match than that.
   */
  list(query: TaskQuery): { tasks: Task[]; total: number; capped: boolean };
  /** Every match of a query, counted exactly (the sidebar's numbers). */
  count(query: TaskQuery): number;
  /** Several counts (no searches) in one pass over the tasks: the sidebar's after every change. */
  countEach(queries: TaskQuery[]): number[];
  get(key: string): Task | null;
  /** The server's version recorded by a pull while a local change was pending. */
  serverVersion(key: string): Task | null;
  /** What the pending local change started from. */
  base(key: string): Task | null;
  /** Writes one page from the server; tasks with a pending local change keep it and get the server's version beside it. */
  saveServerPage(tasks: Task[]): void;
  /** Drops a project's cached server tasks that the last full pull did not see (and that have no pending change). */
  dropUnseen(accountId: string, projectRemoteId: string, seen: string[]): number;
  insertLocal(task: Task): void;
  /** Applies a user's patch, remembering the pre-edit version as the base for conflict detection. */
  applyPatch(key: string, patch: TaskPatch): Task;
  replace(task: Task): void;
  remove(key: string): void;
  clearBase(key: string): void;
  /** Swaps a local key for the server's, carrying the row over. */
  swapKey(oldKey: string, task: Task): void;
  /** The current key of a task that may have been known by a local key. */
  resolveKey(key: string): string;
  /** How many tasks are not done, per account and project (the sidebar's counts). */
  openCountsByProject(): { accountId: string; projectRemoteId: string; count: number }[];
}

const PATCH_COLUMNS: Record<keyof TaskPatch, string> = {
  title: 'title',
  details: 'details',
  status: 'status',
  dueDate: 'due_date',
  assignees: 'assignees',
  tags: 'tags',
  priority: 'priority',
};

export function createTasksRepo(db: Db, now: () => Date, zone?: string): TasksRepo {
  const stamp = (): string => now().toISOString();
  const upsert = db.prepare(UPSERT_TASK);
  const selectOne = db.prepare(`SELECT ${TASK_COLUMNS} FROM tasks t WHERE t.key = ?`);
  const writeServerPage = createServerPageWriter(db);
  // The page's rows with their pending/conflict flags, looked up for the page's rowids only.
  const selectRids = db
    .prepare(`SELECT t.rowid AS rid, ${LISTED_TASK} FROM tasks t WHERE t.rowid IN (SELECT value FROM json_each(?))`)
    .raw();

  // A listing's statements depend on the query's shape only; the few shapes a session uses are prepared once.
  const statements = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= 64) statements.clear();
      statement = db.prepare(sql).pluck();
      statements.set(sql, statement);
    }
    return statement;
  };

  const get = (key: string): Task | null => {
    const row = selectOne.get(key) as TaskRow | undefined;
    return row ? rowToTask(row) : null;
  };
  const jsonColumn = (key: string, column: 'server_json' | 'base_json'): Task | null => {
    const row = db.prepare(`SELECT ${column} AS value FROM tasks WHERE key = ?`).get(key) as { value: string | null } | undefined;
    return parseJson<Task | null>(row?.value, null);
  };

  return {
    list(query) {
      const fragment = buildTaskQuery(query, now(), zone);
      const sql = listingSql(fragment);
      const limit = query.limit ?? 200;
      const offset = query.offset ?? 0;
      const upTo = countLimit(offset + limit);
      const ids = (statement: string, params: Record<string, unknown>): number[] => prepared(statement).all(params) as number[];
      // One walk in the page's order, one row past the count's limit, gives both the count and the page.
      // A search is walked in the FTS index's order; with no more than COUNT_STEP matches, those are then
      // sorted as asked. The choice depends on the query alone, never the page, so pages of one listing agree.
      const walked = ids(sql.page(fragment.search ? 'fts' : 'query'), { ...fragment.params, limit: upTo + 1, offset: 0 });
      const rids =
        fragment.search && walked.length <= COUNT_STEP
          ? ids(sql.sortIds, { ids: JSON.stringify(walked), limit, offset })
          : walked.slice(offset, offset + limit);
      const byRid = new Map((selectRids.all(JSON.stringify(rids)) as unknown[][]).map((row) => [row[0] as number, row]));
      const tasks = rids.flatMap((rid) => {
        const row = byRid.get(rid);
        return row ? [listedToTask(row.slice(1))] : [];
      });
      return { tasks, total: Math.min(walked.length, upTo), capped: walked.length > upTo };
    },
    count(query) {
      const fragment = buildTaskQuery(query, now(), zone);
      return (db.prepare(listingSql(fragment).countAll).get(fragment.params) as { n: number }).n;
    },
    countEach(queries) {
      const at = now();
      const fragments = queries.map((query) => {
        if (query.search) throw new Error('countEach counts lists, not searches');
        return buildTaskQuery(query, at, zone);
      });
      // Each list's parameters are named alike and valued alike for one clock, so they merge.
      const params = Object.assign({}, ...fragments.map((f) => f.params)) as Record<string, unknown>;
      const sums = fragments.map((f, i) => `COALESCE(SUM(CASE WHEN ${f.where} THEN 1 ELSE 0 END), 0) AS c${i}`);
      const row = db.prepare(`SELECT ${sums.join(', ')} FROM tasks t`).get(params) as Record<string, number>;
      return fragments.map((_, i) => row[`c${i}`] ?? 0);
    },
    get,
    serverVersion: (key) => jsonColumn(key, 'server_json'),
    base: (key) => jsonColumn(key, 'base_json'),
    saveServerPage(tasks) {
      writeServerPage(tasks, stamp());
    },
    dropUnseen(accountId, projectRemoteId, seen) {
      return db
        .prepare(
          `DELETE FROM tasks WHERE account_id = ? AND project_remote_id = ? AND remote_id IS NOT NULL
           AND key NOT IN (SELECT value FROM json_each(?))
           AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.key = tasks.key)`,
        )
        .run(accountId, projectRemoteId, JSON.stringify(seen)).changes;
    },
    insertLocal(task) {
      const at = stamp();
      upsert.run(taskParams(task, at, task.updatedAt ?? at));
    },
    applyPatch(key, patch) {
      const before = get(key);
      if (!before) throw new Error(`no cached task ${key}`);
      const sets: string[] = ['changed_at = @changed_at', 'base_json = COALESCE(base_json, @base)'];
      const params: Record<string, unknown> = { key, changed_at: stamp(), base: JSON.stringify(before) };
      for (const [field, value] of Object.entries(patch) as [keyof TaskPatch, unknown][]) {
        const column = PATCH_COLUMNS[field];
        sets.push(`${column} = @${column}`);
        params[column] = Array.isArray(value) ? JSON.stringify(value) : value;
      }
      db.prepare(`UPDATE tasks SET ${sets.join(', ')} WHERE key = @key`).run(params);
      return get(key) as Task;
    },
    replace(task) {
      upsert.run(taskParams(task, stamp()));
    },
    remove(key) {
      db.prepare('DELETE FROM tasks WHERE key = ?').run(key);
    },
    clearBase(key) {
      db.prepare('UPDATE tasks SET base_json = NULL, server_json = NULL WHERE key = ?').run(key);
    },
    swapKey(oldKey, task) {
      // The server's copy of a task made here may carry no change time: it keeps its place in the list.
      const sortAt = db.prepare('SELECT sort_at FROM tasks WHERE key = ?').pluck().get(oldKey) as string | null | undefined;
      db.prepare('DELETE FROM tasks WHERE key = ?').run(oldKey);
      upsert.run(taskParams(task, stamp(), task.updatedAt ?? sortAt ?? null));
      db.prepare('UPDATE outbox SET key = ? WHERE key = ?').run(task.key, oldKey);
      db.prepare('UPDATE conflicts SET key = ? WHERE key = ?').run(task.key, oldKey);
      db.prepare('INSERT OR REPLACE INTO key_aliases (old_key, new_key) VALUES (?, ?)').run(oldKey, task.key);
    },
    openCountsByProject: () =>
      db
        .prepare(
          "SELECT account_id AS accountId, project_remote_id AS projectRemoteId, count(*) AS count FROM tasks WHERE status <> 'done' GROUP BY account_id, project_remote_id",
        )
        .all() as { accountId: string; projectRemoteId: string; count: number }[],
    resolveKey(key) {
      const row = db.prepare('SELECT new_key FROM key_aliases WHERE old_key = ?').get(key) as { new_key: string } | undefined;
      return row?.new_key ?? key;
    },
  };
}
