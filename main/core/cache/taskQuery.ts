import type { TaskQuery } from '../../../shared/contract.js';
import { addDays, today, userZone } from '../../../shared/dates/index.js';
import { assertNever } from '../../../shared/errors.js';
import { searchWords } from '../../../shared/searchWords.js';
import { PRIORITY_LEVELS, priorityScales } from '../../../shared/priority.js';

export interface SqlFragment {
  where: string;
  params: Record<string, unknown>;
  order: string;
  /** Whether `params.fts` holds a full-text query: the listing then joins tasks_fts as `f` and drives from it. */
  search: boolean;
}

/**
 * Turns what a person typed into an FTS5 query: every word must match, the
 * last one as a prefix, and an upper-case OR between words offers either side.
 * Words are quoted, so nothing typed can reach FTS5's own syntax.
 */
export function ftsQuery(search: string): string | null {
  const parts = search
    .normalize('NFKC')
    .split(/\s+OR\s+/)
    .map((part) => searchWords(part).slice(0, 12))
    .filter((words) => words.length > 0)
    .slice(0, 8);
  if (parts.length === 0) return null;
  const quoted = parts.map((words) => words.map((word, i) => `"${word}"${i === words.length - 1 ? '*' : ''}`).join(' '));
  return quoted.length === 1 ? (quoted[0] as string) : quoted.map((q) => `(${q})`).join(' OR ');
}

const RECENT_DAYS = 7;
/** Upcoming: the days after today, up to two weeks ahead. */
export const UPCOMING_DAYS = 14;

function viewClause(view: NonNullable<TaskQuery['view']>): string {
  switch (view) {
    case 'all':
      return '1';
    case 'mine':
      return "t.is_mine = 1 AND t.status <> 'done'";
    case 'today':
      return "t.due_date <= @today AND t.status <> 'done'";
    case 'upcoming':
      return "t.due_date > @today AND t.due_date <= @upcomingUntil AND t.status <> 'done'";
    case 'due-today':
      return "t.due_date = @today AND t.status <> 'done'";
    case 'overdue':
      return "t.due_date < @today AND t.status <> 'done'";
    case 'recent':
      return 'COALESCE(t.updated_at, t.changed_at) >= @recentSince';
    case 'pending':
      return 'EXISTS (SELECT 1 FROM outbox o WHERE o.key = t.key)';
    default:
      return assertNever(view);
  }
}

/**
 * A task's priority level as a rank (0 urgent … 3 low; NULL without one), read
 * from each service's own numbers the way priorityLevel() reads them: the
 * nearest level, a value half-way between two taking the more urgent.
 */
const PRIORITY_RANK = ((): string => {
  const perService = priorityScales().map(([provider, scale]) => {
    const levels = PRIORITY_LEVELS.map((level, rank) => ({ rank, value: scale[level] })).sort((a, b) => a.value - b.value);
    const steps = levels.slice(0, -1).map((low, i) => {
      const high = levels[i + 1]!;
      const mid = (low.value + high.value) / 2;
      return `WHEN t.priority ${low.rank < high.rank ? '<=' : '<'} ${mid} THEN ${low.rank}`;
    });
    return `WHEN '${provider}' THEN CASE WHEN t.priority IS NULL THEN NULL ${steps.join(' ')} ELSE ${levels.at(-1)!.rank} END`;
  });
  return `(CASE t.provider ${perService.join(' ')} END)`;
})();

function orderClause(sort: TaskQuery['sort'], view: TaskQuery['view']): string {
  const byDue = view === 'due-today' || view === 'overdue' || view === 'today' || view === 'upcoming';
  const effective = sort ?? (byDue ? 'due' : 'updated');
  switch (effective) {
    case 'updated':
      // sort_at is the service's change time, or for a task made here the time it was made (migration 5).
      // Tasks with neither (Worksnaps, Worksection pulled from the server) follow, rather than all landing
      // on top with the time of the sync that first saw them. Written exactly as index tasks_order_sort.
      return 't.sort_at IS NULL, COALESCE(t.sort_at, t.changed_at) DESC, t.key';
    case 'due':
      return 't.due_date IS NULL, t.due_date, t.title COLLATE NOCASE';
    case 'title':
      return 't.title COLLATE NOCASE, t.key';
    case 'status':
      return "CASE t.status WHEN 'doing' THEN 0 WHEN 'open' THEN 1 ELSE 2 END, t.title COLLATE NOCASE";
    case 'provider':
      return 't.provider, t.account_id, t.title COLLATE NOCASE';
    case 'project':
      return 't.provider, t.account_id, t.project_remote_id, t.title COLLATE NOCASE';
    case 'priority':
      return `${PRIORITY_RANK} IS NULL, ${PRIORITY_RANK}, t.title COLLATE NOCASE, t.key`;
    default:
      return assertNever(effective);
  }
}

/**
 * Builds the WHERE and ORDER BY of a task listing from the contract's query; taskListing.ts adds the search join.
 * "Today" (overdue and due today), "Upcoming", "Due today" and "overdue" are about the user's day in their zone, not UTC's.
 */
export function buildTaskQuery(query: TaskQuery, now: Date, zone: string = userZone()): SqlFragment {
  const clauses: string[] = [];
  const day = today(now, zone);
  const params: Record<string, unknown> = {
    today: day,
    upcomingUntil: addDays(day, UPCOMING_DAYS),
    recentSince: new Date(now.getTime() - RECENT_DAYS * 86_400_000).toISOString(),
  };
  if (query.accountId) {
    clauses.push('t.account_id = @accountId');
    params.accountId = query.accountId;
  }
  if (query.provider) {
    clauses.push('t.provider = @provider');
    params.provider = query.provider;
  }
  if (query.projectRemoteId) {
    clauses.push('t.project_remote_id = @projectRemoteId');
    params.projectRemoteId = query.projectRemoteId;
  }
  const status = query.status ?? 'all';
  if (status === 'not-done') clauses.push("t.status <> 'done'");
  else if (status !== 'all') {
    clauses.push('t.status = @status');
    params.status = status;
  }
  if (query.view) clauses.push(viewClause(query.view));
  if (query.assignee) {
    clauses.push('EXISTS (SELECT 1 FROM json_each(t.assignees) WHERE json_each.value = @assignee)');
    params.assignee = query.assignee;
  }
  if (query.dueBefore) {
    clauses.push('t.due_date IS NOT NULL AND t.due_date <= @dueBefore');
    params.dueBefore = query.dueBefore;
  }
  const fts = query.search ? ftsQuery(query.search) : null;
  if (fts) params.fts = fts;
  // Text with no searchable word ("🎉") matches nothing rather than being dropped, which listed everything.
  else if (query.search && query.search.trim() !== '') clauses.push('0');
  return {
    where: clauses.length > 0 ? clauses.join(' AND ') : '1',
    params,
    order: orderClause(query.sort, query.view),
    search: fts !== null,
  };
}
