import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../renderer/logic/taskFilters.js';
import { taskAt } from '../../../renderer/store/tasksStore.js';
import { value } from '../../helpers/inProcessApi.js';
import { setup, until } from './helpers.js';

/** The stores' clock, so "tomorrow" has one answer; the core and the simulators keep the real one. */
const NOW = new Date(2026, 10, 18, 12);

describe('the quick-add store', () => {
  it('starts on the account and project chosen last time', async () => {
    const { accounts, api, stores } = await setup({ providers: ['webwork', 'workity'] });
    await value(api, 'settings:set', { lastAccountId: accounts.workity.id, lastProjectRemoteId: '13' });
    await stores.quickAdd.getState().load();
    expect(stores.quickAdd.getState()).toMatchObject({ accountId: accounts.workity.id, projectRemoteId: '13' });
  });

  it('saves with the parsed due date, remembers the choice, clears the form, and the server has the task', async () => {
    const { accounts, api, sims, stores } = await setup({ providers: ['workity', 'webwork'], now: () => NOW });
    const qa = stores.quickAdd;
    await qa.getState().load();
    qa.getState().chooseAccount(accounts.webwork.id);
    const projectRemoteId = qa.getState().projectRemoteId!;
    expect(qa.getState().projects.find((p) => p.remoteId === projectRemoteId)?.accountId).toBe(accounts.webwork.id);
    qa.getState().update({ title: '  Call the printer ', details: 'about the flyers', dueText: 'tomorrow' });
    expect(await qa.getState().save()).toBe(true);
    expect(api.calls.find((c) => c.channel === 'tasks:add')?.input).toEqual({
      accountId: accounts.webwork.id,
      projectRemoteId,
      title: 'Call the printer',
      details: 'about the flyers',
      dueDate: '2026-11-19',
      wait: false,
    });
    expect(qa.getState()).toMatchObject({ title: '', details: '', dueText: '', saved: ['Call the printer'] });
    // The place is remembered and the push goes on after save() has answered.
    await expect
      .poll(() => value(api, 'settings:get', {}))
      .toMatchObject({
        lastAccountId: accounts.webwork.id,
        lastProjectRemoteId: projectRemoteId,
      });
    await until(() => sims.webwork.state.tasks.some((t) => t.title === 'Call the printer'));
    const onServer = sims.webwork.state.tasks.find((t) => t.title === 'Call the printer');
    expect(onServer).toMatchObject({ project_id: Number(projectRemoteId), description: 'about the flyers' });
    expect(onServer?.end_date).toContain('2026-11-19');
  });

  it('refuses an unreadable due date without calling the API', async () => {
    const { api, stores } = await setup({ providers: ['webwork'] });
    const qa = stores.quickAdd;
    await qa.getState().load();
    qa.getState().update({ title: 'Plan', dueText: 'someday' });
    expect(await qa.getState().save()).toBe(false);
    expect(qa.getState().error?.field).toBe('dueDate');
    expect(api.calls.some((c) => c.channel === 'tasks:add')).toBe(false);
  });

  it('choosing another account moves the project to one of that account', async () => {
    const { accounts, stores } = await setup({ providers: ['webwork', 'worksection'] });
    const qa = stores.quickAdd;
    await qa.getState().load();
    qa.getState().chooseAccount(accounts.worksection.id);
    const { projects, projectRemoteId } = qa.getState();
    const chosen = projects.find((p) => p.accountId === accounts.worksection.id && p.remoteId === projectRemoteId);
    expect(chosen).toMatchObject({ archived: false });
  });

  it('the new task shows at once in the pending list with its mark, and leaves it once the server has it', async () => {
    const { api, sims, stores } = await setup({ providers: ['webwork'], core: { deferPush: true } });
    stores.tasks.getState().setFilters({ ...DEFAULT_FILTERS, view: 'pending', status: 'all' });
    await stores.quickAdd.getState().load();
    stores.quickAdd.getState().update({ title: 'Brand-new task' });
    await stores.quickAdd.getState().save();
    await until(() => taskAt(stores.tasks.getState(), 0)?.title === 'Brand-new task');
    expect(taskAt(stores.tasks.getState(), 0)).toMatchObject({ pending: true, remoteId: null });
    expect(stores.quickAdd.getState().lastAdded?.fate).toEqual({ state: 'sending' });
    await until(() => stores.nav.getState().counts?.views.pending === 1);
    await value(api, 'outbox:push', {});
    // The confirmation says "Added" only once the service has it.
    await until(() => stores.quickAdd.getState().lastAdded?.fate.state === 'sent');
    expect(sims.webwork.state.tasks.filter((t) => t.title === 'Brand-new task')).toHaveLength(1);
    await until(() => stores.tasks.getState().total === 0);
    await until(() => stores.nav.getState().counts?.views.pending === 0);
  });

  it('the new task heads the list the moment save() answers, with no list fetched for it; the same place is not written again', async () => {
    const { api, stores } = await setup({ providers: ['webwork'], core: { deferPush: true } });
    // No events reach the stores here: the row can only come from the answer of tasks:add itself.
    stores.dispose();
    stores.tasks.getState().setFilters(DEFAULT_FILTERS);
    await until(() => !stores.tasks.getState().loading);
    const total = stores.tasks.getState().total;
    await stores.quickAdd.getState().load();
    const settingsWrites = () => api.calls.filter((c) => c.channel === 'settings:set').length;
    for (const title of ['First of two', 'Second of two']) {
      const lists = api.calls.filter((c) => c.channel === 'tasks:list').length;
      stores.quickAdd.getState().update({ title });
      expect(await stores.quickAdd.getState().save()).toBe(true);
      expect(taskAt(stores.tasks.getState(), 0)).toMatchObject({ title, pending: true });
      expect(api.calls.filter((c) => c.channel === 'tasks:list').length).toBe(lists);
    }
    expect(stores.tasks.getState().total).toBe(total + 2);
    expect(taskAt(stores.tasks.getState(), 1)?.title).toBe('First of two');
    await expect.poll(settingsWrites).toBe(1);
  });

  it('the confirmation says the task waits when the service cannot be reached, and keeps it queued', async () => {
    const { api, sims, stores } = await setup({ providers: ['webwork'] });
    sims.webwork.faults.dropNext = 1_000_000;
    await stores.quickAdd.getState().load();
    stores.quickAdd.getState().update({ title: 'Made while WebWork is away' });
    expect(await stores.quickAdd.getState().save()).toBe(true);
    await until(() => stores.quickAdd.getState().lastAdded?.fate.state === 'waiting', 20_000);
    expect((await value(api, 'outbox:list', {})).map((e) => e.title)).toEqual(['Made while WebWork is away']);
    expect(sims.webwork.state.tasks.some((t) => t.title === 'Made while WebWork is away')).toBe(false);
  });
});
