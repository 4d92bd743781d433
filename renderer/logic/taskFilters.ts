import type { GroupBy, TaskQuery } from '../../shared/contract.js';
import { hasSearchWords } from '../../shared/searchWords.js';
import type { ProviderId, Task } from '../../shared/model.js';
import { addDays, isoDate } from './dates.js';

export type QuickView = NonNullable<TaskQuery['view']>;
export type StatusFilter = NonNullable<TaskQuery['status']>;
export type SortKey = NonNullable<TaskQuery['sort']>;
export type DueFilter = 'any' | 'today' | 'week' | 'month';

/** What the filter bar and the sidebar choose; turned into a contract query by toQuery. */
export interface TaskFilters {
  view: QuickView;
  provider: ProviderId | null;
  accountId: string | null;
  projectRemoteId: string | null;
  status: StatusFilter;
  assignee: string;
  due: DueFilter;
  search: string;
  sort: SortKey | null;
  /** Headings over runs of the list; the list is then sorted by the group's key. */
  groupBy: GroupBy;
}

export const DEFAULT_FILTERS: TaskFilters = {
  view: 'all',
  provider: null,
  accountId: null,
  projectRemoteId: null,
  status: 'not-done',
  assignee: '',
  due: 'any',
  search: '',
  sort: null,
  groupBy: 'none',
};

const GROUP_SORT: Record<Exclude<GroupBy, 'none'>, SortKey> = {
  project: 'project',
  account: 'provider',
  due: 'due',
  status: 'status',
};

/** The name group-by is remembered under: the quick list, or "project" for any project's list. */
export function listKey(filters: TaskFilters): string {
  return filters.accountId ? 'project' : filters.view;
}

/** Upcoming is grouped by day unless the person chose otherwise. */
export function defaultGroupBy(key: string): GroupBy {
  return key === 'upcoming' ? 'due' : 'none';
}

/** Text typed in search that holds no word the index can match ("🎉"): the list says so instead of searching. */
export function isUnsearchable(filters: TaskFilters): boolean {
  return filters.search.trim() !== '' && !hasSearchWords(filters.search);
}

const DUE_DAYS: Record<Exclude<DueFilter, 'any'>, number> = { today: 0, week: 7, month: 30 };

/** Builds the tasks:list query; empty text fields and "any" choices are left out. */
export function toQuery(filters: TaskFilters, today: Date, page: { offset: number; limit: number }): TaskQuery {
  const query: TaskQuery = { view: filters.view, status: filters.status, offset: page.offset, limit: page.limit };
  if (filters.provider) query.provider = filters.provider;
  if (filters.accountId) query.accountId = filters.accountId;
  if (filters.accountId && filters.projectRemoteId) query.projectRemoteId = filters.projectRemoteId;
  const search = filters.search.trim();
  if (search) query.search = search.slice(0, 200);
  const assignee = filters.assignee.trim();
  if (assignee) query.assignee = assignee;
  if (filters.due !== 'any') query.dueBefore = isoDate(addDays(today, DUE_DAYS[filters.due]));
  if (filters.groupBy !== 'none') query.sort = GROUP_SORT[filters.groupBy];
  else if (filters.sort) query.sort = filters.sort;
  return query;
}

/** Choosing a quick list or a project starts from a clean slate apart from the search text. */
export function selectView(filters: TaskFilters, view: QuickView): TaskFilters {
  return {
    ...DEFAULT_FILTERS,
    search: filters.search,
    sort: filters.sort,
    groupBy: filters.groupBy,
    view,
    status: view === 'recent' || view === 'pending' ? 'all' : 'not-done',
  };
}

export function selectProject(filters: TaskFilters, accountId: string, projectRemoteId: string | null): TaskFilters {
  return { ...DEFAULT_FILTERS, search: filters.search, sort: filters.sort, groupBy: filters.groupBy, accountId, projectRemoteId };
}

export const VIEW_LABELS: Record<QuickView, string> = {
  all: 'All tasks',
  today: 'Today',
  upcoming: 'Upcoming',
  mine: 'My tasks',
  'due-today': 'Due today, not overdue',
  overdue: 'Overdue',
  recent: 'Recently changed',
  pending: 'Pending sync',
};

/**
 * Whether a task just made here heads this list, so the list can show it at once instead of after
 * its first page comes again. Only a list in its own order of last change (a new task is the newest
 * there) whose choices the task plainly meets says yes; every other list waits for its page.
 */
export function leadsList(filters: TaskFilters, task: Task): boolean {
  if (filters.search.trim() !== '' || filters.assignee.trim() !== '' || filters.due !== 'any') return false;
  if (filters.groupBy !== 'none' || (filters.sort !== null && filters.sort !== 'updated')) return false;
  if (filters.provider !== null && filters.provider !== task.provider) return false;
  if (filters.accountId !== null && filters.accountId !== task.accountId) return false;
  if (filters.accountId !== null && filters.projectRemoteId !== null && filters.projectRemoteId !== task.projectRemoteId)
    return false;
  const status =
    filters.status === 'all' || (filters.status === 'not-done' ? task.status !== 'done' : filters.status === task.status);
  const view =
    filters.view === 'all' ||
    filters.view === 'recent' ||
    (filters.view === 'pending' && task.pending) ||
    (filters.view === 'mine' && task.isMine);
  return status && view;
}
