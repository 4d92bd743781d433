import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../renderer/logic/taskFilters.js';
import { PAGE_SIZE, taskAt } from '../../../renderer/store/tasksStore.js';
import { setup, until } from './helpers.js';

describe('the task list store', () => {
  it('loads the first page and fetches further pages only when they come into view', async () => {
    const { api, stores } = setup(1000);
    const tasks = stores.tasks;
    tasks.getState().setFilters({ ...DEFAULT_FILTERS, status: 'all' });
    await until(() => !tasks.getState().loading);
    expect(tasks.getState().total).toBe(1000);
    expect(Object.keys(tasks.getState().pages)).toEqual(['0']);
    tasks.getState().ensureRange(650, 700);
    await until(() => taskAt(tasks.getState(), 690) !== undefined);
    const lists = api.calls.filter((c) => c.channel === 'tasks:list').map((c) => (c.input as { offset: number }).offset);
    expect(lists).toEqual([0, 3 * PAGE_SIZE]);
  });

  it('starts over when filters change and ignores replies for the old filters', async () => {
    const { stores } = setup(1000);
    const tasks = stores.tasks;
    tasks.getState().setFilters({ ...DEFAULT_FILTERS, status: 'all' });
    tasks.getState().setFilters({ ...DEFAULT_FILTERS, provider: 'workity', status: 'all' });
    await until(() => !tasks.getState().loading);
    expect(tasks.getState().total).toBe(250);
    expect(tasks.getState().pages[0]!.every((t) => t.provider === 'workity')).toBe(true);
  });

  it('applies search after typing pauses, in one request', async () => {
    const { api, stores } = setup(600);
    const tasks = stores.tasks;
    tasks.getState().setFilters(DEFAULT_FILTERS);
    await until(() => !tasks.getState().loading);
    const before = api.calls.length;
    for (const text of ['b', 'ba', 'bac', 'backup']) tasks.getState().setSearch(text);
    await until(() => tasks.getState().pages[0]?.every((t) => t.title.includes('backup')) === true);
    const searches = api.calls.slice(before).filter((c) => c.channel === 'tasks:list');
    expect(searches.map((c) => (c.input as { search?: string }).search)).toEqual(['backup']);
  });

  it('shows a completed task at once and refetches when the core reports the change', async () => {
    const { api, stores } = setup(300);
    const tasks = stores.tasks;
    tasks.getState().setFilters({ ...DEFAULT_FILTERS, status: 'all' });
    await until(() => !tasks.getState().loading);
    const task = taskAt(tasks.getState(), 0)!;
    const done = tasks.getState().setStatus(task, 'done');
    expect(taskAt(tasks.getState(), 0)).toMatchObject({ key: task.key, status: 'done', pending: true });
    await done;
    expect(api.state.outbox.map((e) => e.key)).toContain(task.key);
    api.flush();
    await until(() => taskAt(tasks.getState(), 0)?.pending === false);
  });

  it('keeps the selection inside the list', async () => {
    const { stores } = setup(10);
    const tasks = stores.tasks;
    tasks.getState().setFilters({ ...DEFAULT_FILTERS, status: 'all' });
    await until(() => !tasks.getState().loading);
    tasks.getState().select(-3);
    expect(tasks.getState().selectedIndex).toBe(0);
    tasks.getState().select(99);
    expect(tasks.getState().selectedIndex).toBe(9);
  });
});
