import { describe, expect, it } from 'vitest';
import type { Task } from '../../../shared/model.js';
import { groupOf, startsGroup, type GroupNames } from '../../../renderer/logic/grouping.js';
import { DEFAULT_FILTERS, defaultGroupBy, listKey, toQuery } from '../../../renderer/logic/taskFilters.js';
import { makeTask } from '../../helpers/taskFixture.js';

const names: GroupNames = {
  today: '2026-12-05',
  accountLabel: (id) => (id === 'a1' ? 'Studio' : 'Agency'),
  projectName: (_a, id) => (id === 'p1' ? 'Website' : 'Mobile'),
};

const task = (patch: Partial<Task>): Task => makeTask(patch);

describe('grouping', () => {
  it('names each group by project and account, account, status or due day', () => {
    expect(groupOf(task({}), 'project', names)?.label).toBe('Website · Studio');
    expect(groupOf(task({ accountId: 'a2' }), 'account', names)?.label).toBe('Agency');
    expect(groupOf(task({ status: 'doing' }), 'status', names)?.label).toBe('In progress');
    expect(groupOf(task({ dueDate: '2026-12-01' }), 'due', names)?.label).toBe('Overdue');
    expect(groupOf(task({ dueDate: '2026-12-05' }), 'due', names)?.label).toBe('Today');
    expect(groupOf(task({ dueDate: '2026-12-06' }), 'due', names)?.label).toBe('Tomorrow');
    expect(groupOf(task({ dueDate: null }), 'due', names)?.label).toBe('No due date');
    expect(groupOf(task({}), 'none', names)).toBeNull();
  });

  it('puts a heading over the first row and wherever the group changes', () => {
    const a = task({ dueDate: '2026-12-06' });
    const b = task({ dueDate: '2026-12-06' });
    const c = task({ dueDate: '2026-12-07' });
    expect(startsGroup(undefined, a, 'due', names, 0)).toBe(true);
    expect(startsGroup(a, b, 'due', names, 1)).toBe(false);
    expect(startsGroup(b, c, 'due', names, 2)).toBe(true);
    expect(startsGroup(b, c, 'none', names, 2)).toBe(false);
    // All overdue days are one group.
    expect(startsGroup(task({ dueDate: '2026-11-01' }), task({ dueDate: '2026-12-01' }), 'due', names, 1)).toBe(false);
  });

  it('sorts the server list by the group key, so each group is one run', () => {
    const page = { offset: 0, limit: 10 };
    const now = new Date('2026-12-05T10:00:00Z');
    expect(toQuery({ ...DEFAULT_FILTERS, groupBy: 'project', sort: 'title' }, now, page).sort).toBe('project');
    expect(toQuery({ ...DEFAULT_FILTERS, groupBy: 'account' }, now, page).sort).toBe('provider');
    expect(toQuery({ ...DEFAULT_FILTERS, groupBy: 'due' }, now, page).sort).toBe('due');
    expect(toQuery({ ...DEFAULT_FILTERS, groupBy: 'none', sort: 'title' }, now, page).sort).toBe('title');
  });

  it('remembers grouping per list; Upcoming is grouped by day unless changed', () => {
    expect(listKey({ ...DEFAULT_FILTERS, view: 'upcoming' })).toBe('upcoming');
    expect(listKey({ ...DEFAULT_FILTERS, accountId: 'a1' })).toBe('project');
    expect(defaultGroupBy('upcoming')).toBe('due');
    expect(defaultGroupBy('today')).toBe('none');
  });
});
