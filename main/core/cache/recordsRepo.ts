import type { NewsItem, Project, TimeEntry, Timer, WorkityItem } from '../../../shared/model.js';
import type { Db } from './db.js';
import { parseJson } from './json.js';
import { replaceRows } from './replaceRows.js';
import { timeEntryFromRow } from './timeRows.js';

/** Projects, Workity items, news, time entries and timers: each replaced by a pull, writing only what changed. */
export interface RecordsRepo {
  projects(accountId?: string): Project[];
  replaceProjects(accountId: string, projects: Project[]): void;
  items(accountId: string, projectRemoteId?: string): WorkityItem[];
  /** `keepQueued` (a pull): items the outbox still holds a change for stay, e.g. a note made here not yet sent. */
  replaceItems(accountId: string, projectRemoteId: string, items: WorkityItem[], options?: { keepQueued?: boolean }): void;
  news(accountId?: string): NewsItem[];
  replaceNews(accountId: string, items: NewsItem[]): void;
  clearNews(accountId: string): void;
  time(filter: { accountId?: string; from?: string; to?: string }): TimeEntry[];
  replaceTime(accountId: string, from: string, to: string, entries: TimeEntry[]): void;
  timers(accountId?: string): Timer[];
  replaceTimers(accountId: string, timers: Timer[]): void;
  removeTimer(key: string): void;
}

const byAccount = (accountId?: string): [string, unknown[]] => (accountId ? ['WHERE account_id = ?', [accountId]] : ['', []]);

export function createRecordsRepo(db: Db): RecordsRepo {
  return {
    projects(accountId) {
      const [where, args] = byAccount(accountId);
      const rows = db.prepare(`SELECT * FROM projects ${where} ORDER BY archived, name COLLATE NOCASE`).all(...args) as Record<
        string,
        unknown
      >[];
      return rows.map((r) => ({
        key: String(r.key),
        provider: r.provider as Project['provider'],
        accountId: String(r.account_id),
        remoteId: String(r.remote_id),
        name: String(r.name),
        archived: r.archived === 1,
        raw: parseJson(r.raw as string, {}),
      }));
    },
    replaceProjects(accountId, projects) {
      replaceRows(
        db,
        'projects',
        { where: 'account_id = ?', args: [accountId] },
        ['key', 'account_id', 'provider', 'remote_id', 'name', 'archived', 'raw'],
        projects.map((p) => [p.key, accountId, p.provider, p.remoteId, p.name, p.archived ? 1 : 0, JSON.stringify(p.raw)]),
      );
    },
    items(accountId, projectRemoteId) {
      const rows = db
        .prepare(
          `SELECT * FROM items WHERE account_id = ? ${projectRemoteId ? 'AND project_remote_id = ?' : ''} ORDER BY title COLLATE NOCASE`,
        )
        .all(...(projectRemoteId ? [accountId, projectRemoteId] : [accountId])) as Record<string, unknown>[];
      return rows.map((r) => ({
        key: String(r.key),
        accountId: String(r.account_id),
        kind: r.kind as WorkityItem['kind'],
        projectRemoteId: String(r.project_remote_id),
        remoteId: String(r.remote_id),
        title: String(r.title),
        details: String(r.details),
        revision: (r.revision as string | null) ?? null,
        updatedAt: (r.updated_at as string | null) ?? null,
        extras: parseJson(r.extras as string, {}),
      }));
    },
    replaceItems(accountId, projectRemoteId, items, options = {}) {
      replaceRows(
        db,
        'items',
        {
          where: `account_id = ? AND project_remote_id = ?${options.keepQueued ? ' AND key NOT IN (SELECT key FROM outbox)' : ''}`,
          args: [accountId, projectRemoteId],
        },
        ['key', 'account_id', 'kind', 'project_remote_id', 'remote_id', 'title', 'details', 'revision', 'updated_at', 'extras'],
        items.map((i) => [
          i.key,
          accountId,
          i.kind,
          projectRemoteId,
          i.remoteId,
          i.title,
          i.details,
          i.revision,
          i.updatedAt,
          JSON.stringify(i.extras),
        ]),
      );
    },
    news(accountId) {
      const [where, args] = byAccount(accountId);
      const rows = db.prepare(`SELECT * FROM news ${where} ORDER BY modified_at DESC`).all(...args) as Record<string, unknown>[];
      return rows.map((r) => ({
        key: String(r.key),
        accountId: String(r.account_id),
        kind: r.kind as NewsItem['kind'],
        remoteId: String(r.remote_id),
        title: String(r.title),
        modifiedBy: (r.modified_by as string | null) ?? null,
        modifiedAt: (r.modified_at as string | null) ?? null,
      }));
    },
    replaceNews(accountId, items) {
      replaceRows(
        db,
        'news',
        { where: 'account_id = ?', args: [accountId] },
        ['key', 'account_id', 'kind', 'remote_id', 'title', 'modified_by', 'modified_at'],
        items.map((n) => [n.key, accountId, n.kind, n.remoteId, n.title, n.modifiedBy, n.modifiedAt]),
      );
    },
    clearNews(accountId) {
      db.prepare('DELETE FROM news WHERE account_id = ?').run(accountId);
    },
    time({ accountId, from, to }) {
      const rows = db
        .prepare(
          `SELECT * FROM time_entries WHERE (@accountId IS NULL OR account_id = @accountId)
           AND (@from IS NULL OR start >= @from) AND (@to IS NULL OR start < @toEnd) ORDER BY start`,
        )
        .all({ accountId: accountId ?? null, from: from ?? null, to: to ?? null, toEnd: to ? `${to}T99` : null }) as Record<
        string,
        unknown
      >[];
      return rows.map(timeEntryFromRow);
    },
    replaceTime(accountId, from, to, entries) {
      replaceRows(
        db,
        'time_entries',
        // Bookings still waiting for the server (local keys) are not the server's to drop.
        {
          where: "account_id = ? AND start >= ? AND start < ? AND key NOT LIKE '%:local-%'",
          args: [accountId, from, `${to}T99`],
        },
        ['key', 'account_id', 'kind', 'project_remote_id', 'task_remote_id', 'start', 'end', 'minutes', 'note'],
        entries.map((e) => [e.key, accountId, e.kind, e.projectRemoteId, e.taskRemoteId, e.start, e.end, e.minutes, e.note]),
      );
    },
    timers(accountId) {
      const [where, args] = byAccount(accountId);
      const rows = db.prepare(`SELECT * FROM timers ${where} ORDER BY started_at`).all(...args) as Record<string, unknown>[];
      return rows.map((r) => ({
        key: String(r.key),
        accountId: String(r.account_id),
        remoteId: String(r.remote_id),
        taskRemoteId: (r.task_remote_id as string | null) ?? null,
        title: String(r.title),
        userName: (r.user_name as string | null) ?? null,
        startedAt: (r.started_at as string | null) ?? null,
      }));
    },
    replaceTimers(accountId, timers) {
      replaceRows(
        db,
        'timers',
        { where: 'account_id = ?', args: [accountId] },
        ['key', 'account_id', 'remote_id', 'task_remote_id', 'title', 'user_name', 'started_at'],
        timers.map((t) => [t.key, accountId, t.remoteId, t.taskRemoteId, t.title, t.userName, t.startedAt]),
      );
    },
    removeTimer(key) {
      db.prepare('DELETE FROM timers WHERE key = ?').run(key);
    },
  };
}
