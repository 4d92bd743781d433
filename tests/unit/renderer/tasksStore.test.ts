import { describe, expect, it } from 'vitest';
import type { Task } from '../../../shared/model.js';
import { DEFAULT_FILTERS } from '../../../renderer/logic/taskFilters.js';
import type { Api } from '../../../shared/contract.js';
import { errorPayload } from '../../../renderer/api/result.js';
import { PAGE_SIZE, createTasksStore, taskAt } from '../../../renderer/store/tasksStore.js';
import { value } from '../../helpers/inProcessApi.js';
import { setup, until } from './helpers.js';

const WEBWORK_DONE = 20;

/** Whether some word of the title or details starts with `prefix`, as FTS5's prefix query matches. */
const hasWordStarting = (task: Task, prefix: string): boolean =>
  `${task.title} ${task.details}`
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .some((word) => word.startsWith(prefix));

describe('the task list store', () => {
  it('loads the first page and fetches further pages only when they come into view', async () => {
    const { api, stores } = await setup({ providers: ['worksnaps'], sizes: { worksnapsTasksPerProject: 200 } });
    const tasks = stores.tasks;
    tasks.getState().setFilters({ ...DEFAULT_FILTERS, status: 'all' });
    await until(() => !tasks.getState().loading);
    const { total } = await value(api, 'tasks:list', { status: 'all', limit: 1 });
    expect(total).toBeGreaterThan(4 * PAGE_SIZE - 1);
    expect(tasks.getState().total).toBe(total);
    expect(Object.keys(tasks.getState().pages)).toEqual(['0']);
    const before = api.calls.length;
    tasks.getState().ensureRange(650, 700);
    await until(() => taskAt(tasks.getState(), 690) !== undefined);
    const lists = api.calls.slice(before).filter((c) => c.channel === 'tasks:list');
    expect(lists.map((c) => (c.input as { offset: number }).offset)).toEqual([3 * PAGE_SIZE]);
    expect(Object.keys(tasks.getState().pages)).toEqual(['0', '3']);
  });

  it('starts over when filters change and ignores replies for the old filters', async () => {
    const { api, stores } = await setup({ providers: ['workity', 'webwork'] });
    const tasks = stores.tasks;
    tasks.getState().setFilters({ ...DEFAULT_FILTERS, status: 'all' });
    tasks.getState().setFilters({ ...DEFAULT_FILTERS, provider: 'workity', status: 'all' });
    await until(() => !tasks.getState().loading);
    const all = await value(api, 'tasks:list', { status: 'all', limit: 1 });
    const workity = await value(api, 'tasks:list', { provider: 'workity', status: 'all', limit: 1 });
    expect(workity.total).toBeLessThan(all.total);
    expect(tasks.getState().total).toBe(workity.total);
    expect(tasks.getState().pages[0]!.every((t) => t.provider === 'workity')).toBe(true);
  });

  it('applies search after typing pauses, in one request, matching words by prefix', async () => {
    const { api, stores } = await setup({ providers: ['webwork'] });
    const tasks = stores.tasks;
    tasks.getState().setFilters({ ...DEFAULT_FILTERS, status: 'all' });
    await until(() => !tasks.getState().loading);
    const everything = tasks.getState().total;
    const before = api.calls.length;
    for (const text of ['s', 'si', 'sit', 'sitem']) tasks.getState().setSearch(text);
    await until(() => !tasks.getState().loading && tasks.getState().filters.search === 'sitem' && api.calls.length > before);
    const searches = api.calls.slice(before).filter((c) => c.channel === 'tasks:list');
    expect(searches.map((c) => (c.input as { search?: string }).search)).toEqual(['sitem']);
    const found = tasks.getState().pages[0]!;
    expect(found.length).toBeGreaterThan(0);
    expect(tasks.getState().total).toBeLessThan(everything);
    expect(found.every((t) => hasWordStarting(t, 'sitem'))).toBe(true);
  });

  it('offers either side of an upper-case OR in the search', async () => {
    const { api, stores } = await setup({ providers: ['webwork'] });
    const keys = async (search: string) =>
      (await value(api, 'tasks:list', { status: 'all', search, limit: 100_000 })).tasks.map((t) => t.key);
    const sitemap = await keys('sitemap');
    const onboarding = await keys('onboarding');
    expect(sitemap.length).toBeGreaterThan(0);
    expect(onboarding.length).toBeGreaterThan(0);
    const tasks = stores.tasks;
    tasks.getState().setFilters({ ...DEFAULT_FILTERS, status: 'all', search: 'sitemap OR onboarding' });
    await until(() => !tasks.getState().loading);
    expect(tasks.getState().total).toBe(new Set([...sitemap, ...onboarding]).size);
    const rows = tasks.getState().pages[0]!;
    expect(rows.every((t) => hasWordStarting(t, 'sitemap') || hasWordStarting(t, 'onboarding'))).toBe(true);
  });

  it('shows a completed task at once, pending once the core has it, and the mark goes once the server has the change', async () => {
    const { api, sims, stores } = await setup({ providers: ['webwork'], core: { deferPush: true } });
    const tasks = stores.tasks;
    tasks.getState().setFilters({ ...DEFAULT_FILTERS, provider: 'webwork', status: 'all', sort: 'title' });
    await until(() => !tasks.getState().loading);
    const task = tasks.getState().pages[0]!.find((t) => t.status === 'open')!;
    const index = tasks.getState().pages[0]!.indexOf(task);
    const done = tasks.getState().setStatus(task, 'done');
    expect(taskAt(tasks.getState(), index)).toMatchObject({ key: task.key, status: 'done', pending: false });
    await done;
    expect(taskAt(tasks.getState(), index)).toMatchObject({ key: task.key, status: 'done', pending: true });
    expect((await value(api, 'outbox:list', {})).map((e) => e.key)).toEqual([task.key]);
    await value(api, 'outbox:push', {});
    expect(sims.webwork.state.tasks.find((t) => String(t.id) === task.remoteId)?.status).toBe(WEBWORK_DONE);
    await until(() => taskAt(tasks.getState(), index)?.pending === false);
    expect(taskAt(tasks.getState(), index)).toMatchObject({ key: task.key, status: 'done' });
  });

  it('keeps the rows on screen until new filters have their first page, and when the host is gone meanwhile', async () => {
    const { api } = await setup({ providers: ['webwork'] });
    let connected = true;
    const lost = errorPayload('offline', 'The connection to Worktray was lost; try again when it is back.');
    const cut: Api = {
      invoke: (channel, input) => (connected ? api.invoke(channel, input) : Promise.resolve({ ok: false, error: lost })),
      on: (event, listener) => api.on(event, listener),
    };
    const tasks = createTasksStore(cut, () => new Date(), 1);
    tasks.getState().setFilters({ ...DEFAULT_FILTERS, provider: 'webwork', status: 'all', sort: 'title' });
    await until(() => !tasks.getState().loading);
    const shown = tasks.getState().pages[0]!.map((t) => t.key);
    expect(shown.length).toBeGreaterThan(3);

    // New filters: until their page comes, the old rows stand; then only the new ones are there.
    const search = tasks.getState().pages[0]![2]!.title;
    tasks.getState().setFilters({ ...tasks.getState().filters, search });
    expect(tasks.getState().pages[0]!.map((t) => t.key)).toEqual(shown);
    await until(() => !tasks.getState().loading);
    const found = tasks.getState().pages[0]!;
    expect(found.map((t) => t.title)).toContain(search);
    expect(found.map((t) => t.key)).not.toEqual(shown);
    expect(Object.keys(tasks.getState().pages)).toEqual(['0']);

    // The host goes away as the filters change: the rows stay rather than turning into placeholders.
    connected = false;
    tasks.getState().setFilters({ ...tasks.getState().filters, search: '' });
    await until(() => !tasks.getState().loading);
    expect(tasks.getState().pages[0]!.map((t) => t.key)).toEqual(found.map((t) => t.key));
    expect(tasks.getState().error?.code).toBe('offline');
  });

  it('puts the row back, not pending, when the change never reached the core', async () => {
    const { api } = await setup({ providers: ['webwork'] });
    const lost = errorPayload('offline', 'The connection to Worktray was lost; try again when it is back.');
    const cut: Api = {
      invoke: (channel, input) =>
        channel === 'tasks:edit' ? Promise.resolve({ ok: false, error: lost }) : api.invoke(channel, input),
      on: (event, listener) => api.on(event, listener),
    };
    const tasks = createTasksStore(cut, () => new Date(), 1);
    tasks.getState().setFilters({ ...DEFAULT_FILTERS, provider: 'webwork', status: 'all', sort: 'title' });
    await until(() => !tasks.getState().loading);
    const task = tasks.getState().pages[0]!.find((t) => t.status === 'open')!;
    const index = tasks.getState().pages[0]!.indexOf(task);
    await tasks.getState().setStatus(task, 'done');
    expect(taskAt(tasks.getState(), index)).toMatchObject({ key: task.key, status: 'open', pending: false });
    expect(tasks.getState().error?.code).toBe('offline');
    expect(await value(api, 'outbox:list', {})).toEqual([]);
  });

  it('keeps the selection inside the list', async () => {
    const { accounts, stores } = await setup({ providers: ['worksection'] });
    const tasks = stores.tasks;
    tasks.getState().setFilters({ ...DEFAULT_FILTERS, accountId: accounts.worksection.id, projectRemoteId: '116' });
    await until(() => !tasks.getState().loading);
    const total = tasks.getState().total;
    expect(total).toBeGreaterThan(1);
    tasks.getState().select(-3);
    expect(tasks.getState().selectedIndex).toBe(0);
    tasks.getState().select(total + 50);
    expect(tasks.getState().selectedIndex).toBe(total - 1);
  });
});
