import type { GroupBy } from '../../shared/contract.js';
import type { Task } from '../../shared/model.js';
import { describeDue } from './dates.js';

/*
 * Grouping works on the server's paged list: toQuery sorts the list by the
 * group's key, so each group is one run of rows and a heading goes above the
 * first row of each run. No page has to hold the whole list.
 */

export const GROUP_LABELS: Record<GroupBy, string> = {
  none: 'No grouping',
  project: 'Project',
  account: 'Account',
  due: 'Due date',
  status: 'Status',
};

export interface GroupNames {
  today: string;
  accountLabel(accountId: string): string;
  projectName(accountId: string, projectRemoteId: string): string;
}

const STATUS_NAMES: Record<Task['status'], string> = { doing: 'In progress', open: 'Open', done: 'Done' };

/** The group a task falls in: a key that is equal along a run, and the heading shown for it. */
export function groupOf(task: Task, by: GroupBy, names: GroupNames): { key: string; label: string } | null {
  switch (by) {
    case 'none':
      return null;
    case 'project':
      return {
        key: `${task.accountId}:${task.projectRemoteId}`,
        label: `${names.projectName(task.accountId, task.projectRemoteId)} · ${names.accountLabel(task.accountId)}`,
      };
    case 'account':
      return { key: task.accountId, label: names.accountLabel(task.accountId) };
    case 'status':
      return { key: task.status, label: STATUS_NAMES[task.status] };
    case 'due':
      return dueGroup(task.dueDate, names.today);
  }
}

function dueGroup(dueDate: string | null, today: string): { key: string; label: string } {
  if (dueDate === null) return { key: 'none', label: 'No due date' };
  if (dueDate < today) return { key: 'overdue', label: 'Overdue' };
  return { key: dueDate, label: describeDue(dueDate, new Date(`${today}T12:00:00`)) };
}

/** Whether row `index` starts a new group: the previous row is in another one (or is the top). */
export function startsGroup(previous: Task | undefined, task: Task, by: GroupBy, names: GroupNames, index: number): boolean {
  if (by === 'none') return false;
  if (index === 0) return true;
  if (!previous) return false;
  return groupOf(previous, by, names)?.key !== groupOf(task, by, names)?.key;
}
