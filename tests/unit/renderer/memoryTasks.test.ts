import { describe, expect, it } from 'vitest';
import { countTasks, queryTasks } from '../../../renderer/api/memoryTasks.js';
import { seedState } from '../../../renderer/api/memorySeed.js';

const now = new Date(2026, 10, 18, 12);
const { tasks } = seedState(1000, now);

describe('the in-memory task query', () => {
  it('pages with offset and limit and reports the full total', () => {
    const first = queryTasks(tasks, { offset: 0, limit: 50 }, now);
    const second = queryTasks(tasks, { offset: 50, limit: 50 }, now);
    expect(first.total).toBe(1000);
    expect(first.tasks).toHaveLength(50);
    expect(second.tasks[0]!.key).not.toBe(first.tasks[0]!.key);
  });

  it('sorts by due date with undated tasks last', () => {
    const { tasks: sorted } = queryTasks(tasks, { sort: 'due', limit: 1000 }, now);
    const dues = sorted.map((t) => t.dueDate);
    const firstNull = dues.indexOf(null);
    expect(dues.slice(firstNull).every((d) => d === null)).toBe(true);
    const dated = dues.slice(0, firstNull) as string[];
    expect([...dated].sort()).toEqual(dated);
  });

  it('filters by provider, status, assignee and search words together', () => {
    const result = queryTasks(
      tasks,
      { provider: 'webwork', status: 'open', assignee: 'Jo Kim', search: 'sprint', limit: 1000 },
      now,
    );
    expect(result.total).toBeGreaterThan(0);
    for (const task of result.tasks) {
      expect(task.provider).toBe('webwork');
      expect(task.status).toBe('open');
      expect(task.assignees).toContain('Jo Kim');
      expect(task.title.toLowerCase()).toContain('sprint');
    }
  });

  it('counts quick lists the way the lists themselves filter', () => {
    const counts = countTasks(tasks, now);
    expect(counts.views.overdue).toBe(queryTasks(tasks, { view: 'overdue' }, now).total);
    expect(counts.views.mine).toBe(queryTasks(tasks, { view: 'mine' }, now).total);
    expect(Object.values(counts.accounts).reduce((a, b) => a + b, 0)).toBe(1000);
  });
});
