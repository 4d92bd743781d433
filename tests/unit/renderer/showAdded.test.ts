import { describe, expect, it } from 'vitest';
import type { Api, TaskQuery } from '../../../shared/contract.js';
import type { Task } from '../../../shared/model.js';
import { DEFAULT_FILTERS, leadsList, toQuery, type TaskFilters } from '../../../renderer/logic/taskFilters.js';
import { PAGE_SIZE, createTasksStore, taskAt } from '../../../renderer/store/tasksStore.js';
import { value } from '../../helpers/inProcessApi.js';
import { makeTask } from '../../helpers/taskFixture.js';
import { setup, until } from './helpers.js';

const task = (n: number, over: Partial<Task> = {}): Task =>
  makeTask({ key: `webwork:a1:${n}`, remoteId: String(n), title: `Task ${n}`, isMine: true, ...over });

/** A core stand-in holding `rows` in list order, answering tasks:list by offset and recording every query. */
function fakeApi(rows: Task[]): Api & { queries: TaskQuery[] } {
  const queries: TaskQuery[] = [];
  return {
    queries,
    invoke: (async (channel: string, input: TaskQuery) => {
      if (channel !== 'tasks:list') throw new Error(`unexpected ${channel}`);
      queries.push(input);
      const offset = input.offset ?? 0;
      return {
        ok: true,
        value: { tasks: rows.slice(offset, offset + (input.limit ?? PAGE_SIZE)), total: rows.length, capped: false },
      };
    }) as Api['invoke'],
    on: () => () => undefined,
  };
}

/** A list store with its first page in. */
async function loaded(api: Api) {
  const store = createTasksStore(api, () => new Date());
  store.getState().ensureRange(0, 0);
  await until(() => !store.getState().loading);
  return store;
}

describe('a task just made here, shown before its page comes again', () => {
  it('heads the list at once, the rows below move down by one and the total grows', async () => {
    const rows = Array.from({ length: PAGE_SIZE + 10 }, (_, i) => task(i));
    const store = await loaded(fakeApi(rows));
    store.getState().ensureRange(0, PAGE_SIZE + 5);
    await until(() => taskAt(store.getState(), PAGE_SIZE + 5) !== undefined);
    const added = task(999, { title: 'Just added', pending: true });
    store.getState().showAdded(added);
    const state = store.getState();
    expect(taskAt(state, 0)?.key).toBe(added.key);
    expect(taskAt(state, 1)?.key).toBe(rows[0]!.key);
    expect(taskAt(state, PAGE_SIZE)?.key).toBe(rows[PAGE_SIZE - 1]!.key);
    expect(state.pages[0]).toHaveLength(PAGE_SIZE);
    expect(state.total).toBe(rows.length + 1);
    store.getState().showAdded(added);
    expect(store.getState().total).toBe(rows.length + 1);
  });

  it('drops pages past a gap, which are fetched again when they come into view', async () => {
    const rows = Array.from({ length: 4 * PAGE_SIZE }, (_, i) => task(i));
    const api = fakeApi(rows);
    const store = await loaded(api);
    store.getState().ensureRange(3 * PAGE_SIZE, 3 * PAGE_SIZE + 10);
    await until(() => taskAt(store.getState(), 3 * PAGE_SIZE) !== undefined);
    store.getState().showAdded(task(999));
    expect(Object.keys(store.getState().pages)).toEqual(['0']);
    const before = api.queries.length;
    store.getState().ensureRange(3 * PAGE_SIZE, 3 * PAGE_SIZE + 10);
    await until(() => taskAt(store.getState(), 3 * PAGE_SIZE) !== undefined);
    expect(api.queries.slice(before).map((q) => q.offset)).toEqual([3 * PAGE_SIZE]);
  });

  it('waits for the page in a list it does not plainly head (another project, a search, another order)', async () => {
    const rows = [task(1), task(2)];
    for (const filters of [
      { ...DEFAULT_FILTERS, accountId: 'a1', projectRemoteId: 'p2' },
      { ...DEFAULT_FILTERS, search: 'report' },
      { ...DEFAULT_FILTERS, sort: 'title' as const },
      { ...DEFAULT_FILTERS, view: 'today' as const },
      { ...DEFAULT_FILTERS, status: 'done' as const },
    ]) {
      const store = createTasksStore(fakeApi(rows), () => new Date());
      store.getState().setFilters(filters);
      await until(() => !store.getState().loading);
      store.getState().showAdded(task(999));
      expect(store.getState().pages[0]?.map((t) => t.key)).toEqual(rows.map((t) => t.key));
    }
  });

  it('says it heads a list only where the core then lists it first', async () => {
    const { api, accounts } = await setup({ providers: ['webwork'] });
    const account = accounts.webwork;
    const [project] = await value(api, 'projects:list', { accountId: account.id });
    const lists: TaskFilters[] = [
      DEFAULT_FILTERS,
      { ...DEFAULT_FILTERS, view: 'mine' },
      { ...DEFAULT_FILTERS, view: 'pending' },
      { ...DEFAULT_FILTERS, view: 'recent', status: 'all' },
      { ...DEFAULT_FILTERS, provider: 'webwork' },
      { ...DEFAULT_FILTERS, accountId: account.id, projectRemoteId: project!.remoteId },
      { ...DEFAULT_FILTERS, sort: 'title' },
      { ...DEFAULT_FILTERS, provider: 'workity' },
    ];
    const added = await value(api, 'tasks:add', {
      accountId: account.id,
      projectRemoteId: project!.remoteId,
      title: 'Heads the list',
      wait: false,
    });
    expect(added.task?.key).toBe(added.key);
    const leading = lists.filter((filters) => leadsList(filters, added.task!));
    expect(leading).toHaveLength(6);
    for (const filters of leading) {
      const page = await value(api, 'tasks:list', toQuery(filters, new Date(), { offset: 0, limit: 1 }));
      expect(page.tasks[0]?.key, JSON.stringify(filters)).toBe(added.key);
    }
  });
});
