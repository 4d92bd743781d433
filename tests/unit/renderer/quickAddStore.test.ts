import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../renderer/logic/taskFilters.js';
import { taskAt } from '../../../renderer/store/tasksStore.js';
import { setup, until } from './helpers.js';

describe('the quick-add store', () => {
  it('starts on the account and project chosen last time', async () => {
    const { api, stores } = setup(20);
    api.state.settings.lastAccountId = 'acc3';
    api.state.settings.lastProjectRemoteId = '11';
    await stores.quickAdd.getState().load();
    expect(stores.quickAdd.getState()).toMatchObject({ accountId: 'acc3', projectRemoteId: '11' });
  });

  it('saves with the parsed due date, remembers the choice and clears the form', async () => {
    const { api, stores } = setup(20);
    const qa = stores.quickAdd;
    await qa.getState().load();
    qa.getState().chooseAccount('acc4');
    qa.getState().update({ title: '  Call the printer ', details: 'about the flyers', dueText: 'tomorrow' });
    expect(await qa.getState().save()).toBe(true);
    const added = api.calls.find((c) => c.channel === 'tasks:add');
    expect(added?.input).toEqual({
      accountId: 'acc4',
      projectRemoteId: '10',
      title: 'Call the printer',
      details: 'about the flyers',
      dueDate: '2026-11-19',
    });
    expect(api.state.settings).toMatchObject({ lastAccountId: 'acc4', lastProjectRemoteId: '10' });
    expect(qa.getState()).toMatchObject({ title: '', details: '', dueText: '', saved: ['Call the printer'] });
  });

  it('refuses an unreadable due date without calling the API', async () => {
    const { api, stores } = setup(20);
    const qa = stores.quickAdd;
    await qa.getState().load();
    qa.getState().update({ title: 'Plan', dueText: 'someday' });
    expect(await qa.getState().save()).toBe(false);
    expect(qa.getState().error?.field).toBe('dueDate');
    expect(api.calls.some((c) => c.channel === 'tasks:add')).toBe(false);
  });

  it('choosing another account moves the project to one of that account', async () => {
    const { stores } = setup(20);
    const qa = stores.quickAdd;
    await qa.getState().load();
    qa.getState().chooseAccount('acc2');
    const { projects, projectRemoteId } = qa.getState();
    expect(projects.some((p) => p.accountId === 'acc2' && p.remoteId === projectRemoteId)).toBe(true);
  });

  it('the new task shows at once in the pending list with its mark, and leaves it once sent', async () => {
    const { api, stores } = setup(20);
    stores.tasks.getState().setFilters({ ...DEFAULT_FILTERS, view: 'pending', status: 'all' });
    await stores.quickAdd.getState().load();
    stores.quickAdd.getState().update({ title: 'Brand-new task' });
    await stores.quickAdd.getState().save();
    await until(() => taskAt(stores.tasks.getState(), 0)?.title === 'Brand-new task');
    expect(taskAt(stores.tasks.getState(), 0)?.pending).toBe(true);
    await until(() => stores.nav.getState().counts?.views.pending === 1);
    api.flush();
    await until(() => stores.tasks.getState().total === 0);
  });
});
