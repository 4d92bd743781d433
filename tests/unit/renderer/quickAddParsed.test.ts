import { describe, expect, it } from 'vitest';
import { readQuickAdd } from '../../../renderer/store/quickAddStore.js';
import { setup, until } from './helpers.js';

/** The stores' clock (Wednesday 18 November 2026, noon on this machine's wall). */
const NOW = new Date(2026, 10, 18, 12);

describe('the quick-add store reading the title', () => {
  it('sends what the title says to the #project’s service, and the server has it', async () => {
    const { accounts, api, sims, stores } = await setup({ providers: ['workity', 'worksection'], now: () => NOW });
    const qa = stores.quickAdd;
    await qa.getState().load();
    qa.getState().chooseAccount(accounts.workity.id);
    qa.getState().update({ title: 'Pay rent tomorrow 5pm #Marketing @Taras !2 +bug' });
    const { plan } = readQuickAdd(qa.getState(), NOW);
    expect(plan).toMatchObject({ title: 'Pay rent', dueDate: '2026-11-19', dueTime: '17:00', dropped: [] });
    expect(await qa.getState().save()).toBe(true);
    const sent = api.calls.find((c) => c.channel === 'tasks:add')?.input;
    expect(sent).toMatchObject({
      accountId: accounts.worksection.id,
      title: 'Pay rent',
      dueDate: '2026-11-19',
      assignees: ['taras@acme.test'],
      priority: 7,
    });
    const ws = sims.worksection.state;
    const task = ws.tasks.find((t) => t.name === 'Pay rent');
    expect(ws.projects.find((p) => p.id === task?.projectId)?.name).toBe('Q3 marketing');
    expect(ws.users.find((u) => u.id === task?.userToId)?.email).toBe('taras@acme.test');
    expect(task?.priority).toBe('7');
    expect(task?.dateEnd).toContain('2026-11-19');
    const bug = ws.tags.find((t) => t.title === 'bug')!;
    await until(() => (ws.tasks.find((t) => t.name === 'Pay rent')?.tagIds ?? []).includes(bug.id));
    expect(qa.getState().lastAdded).toMatchObject({ provider: 'worksection', projectName: 'Q3 marketing', tagsError: null });
  });

  it('does not send what the service can’t take, and says why before saving', async () => {
    const { accounts, api, stores } = await setup({ providers: ['workity'], now: () => NOW });
    const qa = stores.quickAdd;
    await qa.getState().load();
    qa.getState().chooseAccount(accounts.workity.id);
    qa.getState().update({ title: 'Order cake fri #Birthday party @Carl !1' });
    const { plan } = readQuickAdd(qa.getState(), NOW);
    expect(plan.dropped).toEqual([{ kind: 'priority', reason: 'Workity tasks have no priority.' }]);
    expect(await qa.getState().save()).toBe(true);
    const sent = api.calls.find((c) => c.channel === 'tasks:add')?.input;
    expect(sent).toMatchObject({
      title: 'Order cake',
      projectRemoteId: '11',
      dueDate: '2026-11-20',
      assignees: ['Carl Carlson'],
    });
    expect(sent).not.toHaveProperty('priority');
  });

  it('refuses a title over the service’s limit, naming the service', async () => {
    const { accounts, api, stores } = await setup({ providers: ['workity'], now: () => NOW });
    const qa = stores.quickAdd;
    await qa.getState().load();
    qa.getState().chooseAccount(accounts.workity.id);
    qa.getState().update({ title: 'x'.repeat(101) });
    expect(readQuickAdd(qa.getState(), NOW).plan.titleMax).toBe(100);
    expect(await qa.getState().save()).toBe(false);
    expect(qa.getState().error).toMatchObject({ field: 'title' });
    expect(qa.getState().error?.message).toContain('100 characters');
    expect(api.calls.some((c) => c.channel === 'tasks:add')).toBe(false);
  });

  it('a part taken back stays words in the saved title', async () => {
    const { api, stores } = await setup({ providers: ['webwork'], now: () => NOW });
    const qa = stores.quickAdd;
    await qa.getState().load();
    qa.getState().update({ title: 'Call May tomorrow' });
    qa.getState().keep('when:tomorrow');
    expect(await qa.getState().save()).toBe(true);
    expect(api.calls.find((c) => c.channel === 'tasks:add')?.input).toMatchObject({ title: 'Call May tomorrow', dueDate: null });
  });

  it('refuses an @name nobody in the account has instead of dropping it silently', async () => {
    const { api, stores } = await setup({ providers: ['webwork'], now: () => NOW });
    const qa = stores.quickAdd;
    await qa.getState().load();
    qa.getState().update({ title: 'Ship it @Nobodyhere' });
    expect(await qa.getState().save()).toBe(false);
    expect(qa.getState().error?.message).toContain('Nobodyhere');
    expect(api.calls.some((c) => c.channel === 'tasks:add')).toBe(false);
  });
});
