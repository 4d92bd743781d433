import type { TaskCounts, TaskQuery } from '../../shared/contract.js';
import type { Task } from '../../shared/model.js';
import { addDays, isoDate } from '../logic/dates.js';

/** The same task query the cache runs in SQL, over an array: used by the in-memory API. */
const RECENT_DAYS = 7;

function matchesView(task: Task, view: TaskQuery['view'], today: string, recentSince: string): boolean {
  switch (view ?? 'all') {
    case 'mine':
      return task.isMine && task.status !== 'done';
    case 'due-today':
      return task.dueDate === today && task.status !== 'done';
    case 'overdue':
      return task.dueDate !== null && task.dueDate < today && task.status !== 'done';
    case 'recent':
      return (task.updatedAt ?? '') >= recentSince;
    case 'pending':
      return task.pending;
    default:
      return true;
  }
}

function matchesSearch(task: Task, search: string | undefined): boolean {
  if (!search) return true;
  const words = search
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean);
  const text = `${task.title} ${task.details}`.toLowerCase();
  return words.every((word) => text.includes(word));
}

export function taskMatches(task: Task, query: TaskQuery, now: Date): boolean {
  const today = isoDate(now);
  const recentSince = addDays(now, -RECENT_DAYS).toISOString();
  const status = query.status ?? 'all';
  if (query.accountId && task.accountId !== query.accountId) return false;
  if (query.provider && task.provider !== query.provider) return false;
  if (query.projectRemoteId && task.projectRemoteId !== query.projectRemoteId) return false;
  if (status === 'not-done' && task.status === 'done') return false;
  if (status !== 'all' && status !== 'not-done' && task.status !== status) return false;
  if (query.assignee && !task.assignees.includes(query.assignee)) return false;
  if (query.dueBefore && (task.dueDate === null || task.dueDate > query.dueBefore)) return false;
  return matchesView(task, query.view, today, recentSince) && matchesSearch(task, query.search);
}

const STATUS_ORDER = { doing: 0, open: 1, done: 2 } as const;

function compareBy(sort: NonNullable<TaskQuery['sort']>): (a: Task, b: Task) => number {
  const byTitle = (a: Task, b: Task) => a.title.localeCompare(b.title, undefined, { sensitivity: 'base' });
  switch (sort) {
    case 'updated':
      return (a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '') || a.key.localeCompare(b.key);
    case 'due':
      return (a, b) =>
        Number(a.dueDate === null) - Number(b.dueDate === null) ||
        (a.dueDate ?? '').localeCompare(b.dueDate ?? '') ||
        byTitle(a, b);
    case 'title':
      return (a, b) => byTitle(a, b) || a.key.localeCompare(b.key);
    case 'status':
      return (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byTitle(a, b);
    case 'provider':
      return (a, b) => a.provider.localeCompare(b.provider) || a.accountId.localeCompare(b.accountId) || byTitle(a, b);
  }
}

export function queryTasks(tasks: Task[], query: TaskQuery, now: Date): { tasks: Task[]; total: number } {
  const sort = query.sort ?? (query.view === 'due-today' || query.view === 'overdue' ? 'due' : 'updated');
  const matched = tasks.filter((task) => taskMatches(task, query, now)).sort(compareBy(sort));
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 200;
  return { tasks: matched.slice(offset, offset + limit), total: matched.length };
}

type ViewCounts = TaskCounts['views'];

export function countTasks(tasks: Task[], now: Date): Pick<TaskCounts, 'views' | 'projects' | 'accounts'> {
  const views: ViewCounts = { all: 0, mine: 0, 'due-today': 0, overdue: 0, recent: 0, pending: 0 };
  const projects: Record<string, number> = {};
  const accounts: Record<string, number> = {};
  const keys = Object.keys(views) as (keyof ViewCounts)[];
  for (const task of tasks) {
    for (const view of keys) if (taskMatches(task, { view }, now)) views[view] += 1;
    const projectKey = `${task.provider}:${task.accountId}:project:${task.projectRemoteId}`;
    projects[projectKey] = (projects[projectKey] ?? 0) + 1;
    accounts[task.accountId] = (accounts[task.accountId] ?? 0) + 1;
  }
  return { views, projects, accounts };
}
