import { describe, expect, it } from 'vitest';
import { diffPatch } from '../../../renderer/store/detailStore.js';
import { createPassphraseCipher } from '../../../main/core/vault/passphraseCipher.js';
import { openVault } from '../../../main/core/vault/vault.js';
import { value } from '../../helpers/inProcessApi.js';
import { setup, until } from './helpers.js';

describe('the accounts store', () => {
  it("reports the provider's own words when the credentials are refused, and adds nothing", async () => {
    const { sims, stores } = await setup();
    await stores.accounts.getState().load();
    const outcome = await stores.accounts
      .getState()
      .add({ ...sims.accounts.webwork, label: 'Team', secret: 'wrong-token', verify: true });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.error).toMatchObject({ code: 'auth', provider: 'webwork', providerMessage: 'Unauthenticated.' });
    expect(stores.accounts.getState().accounts).toEqual([]);
  });

  it('never holds the secret after adding an account', async () => {
    const { sims, stores } = await setup();
    const outcome = await stores.accounts.getState().add(sims.accounts.workity);
    expect(outcome.ok).toBe(true);
    expect(stores.accounts.getState().accounts.map((a) => a.label)).toEqual([sims.accounts.workity.label]);
    expect(JSON.stringify(stores.accounts.getState())).not.toContain(sims.accounts.workity.secret);
  });

  it("has the providers' own capability table", async () => {
    const { stores } = await setup();
    await stores.accounts.getState().load();
    const caps = stores.accounts.getState().capabilities!;
    expect(Object.keys(caps).sort()).toEqual(['webwork', 'workity', 'worksection', 'worksnaps']);
    expect(caps.workity).toMatchObject({ news: true, conflictCopies: true });
    expect(caps.worksection.comments).toBe(true);
    expect(caps.worksnaps.statusChanges).toBe(false);
  });

  it('records a connection test result per account', async () => {
    const { accounts, sims, stores } = await setup({ providers: ['webwork', 'workity'] });
    await stores.accounts.getState().load();
    await stores.accounts.getState().test(accounts.webwork.id);
    const owner = sims.webwork.state.users.find((u) => u.id === sims.webwork.state.tokens.get(sims.accounts.webwork.secret));
    expect(stores.accounts.getState().tests[accounts.webwork.id]).toEqual({
      state: 'ok',
      userName: `${owner?.firstname} ${owner?.lastname}`,
    });
    const lenny = sims.workity.state.users.find((u) => u.email === sims.workity.users.lenny.email)!;
    lenny.password = 'changed-since-yesterday';
    await stores.accounts.getState().test(accounts.workity.id);
    expect(stores.accounts.getState().tests[accounts.workity.id]).toEqual({
      state: 'failed',
      error: expect.objectContaining({ code: 'auth', provider: 'workity' }),
    });
  });
});

describe('the settings store', () => {
  it('adds a vault passphrase that then opens the vault, and never keeps the passphrase', async () => {
    const { api, accounts, sims, stores } = await setup({ providers: ['webwork'] });
    await stores.settings.getState().addPassphrase('  my cli passphrase ');
    expect(stores.settings.getState().passphrase).toEqual({ state: 'added' });
    expect(JSON.stringify(stores.settings.getState())).not.toContain('my cli passphrase');
    // The new slot opens the same vault, byte-exact (spaces kept), and reads the account's secret.
    const reopened = openVault(api.dataDir, createPassphraseCipher('  my cli passphrase '));
    expect(reopened.get(accounts.webwork.id)).toBe(sims.accounts.webwork.secret);
    expect(() => openVault(api.dataDir, createPassphraseCipher('my cli passphrase'))).toThrow();
  });

  it('reports a refused passphrase and adds no slot', async () => {
    const { stores } = await setup();
    await stores.settings.getState().addPassphrase('');
    expect(stores.settings.getState().passphrase).toEqual({
      state: 'failed',
      error: expect.objectContaining({ code: 'validation' }),
    });
  });
});

describe('the detail store', () => {
  it('sends only the fields that changed, and the server gets them', async () => {
    const { api, sims, stores } = await setup({ providers: ['webwork'] });
    const [task] = (await value(api, 'tasks:list', { limit: 1 })).tasks;
    await stores.detail.getState().open(task!.key);
    const open = stores.detail.getState().task!;
    expect(diffPatch(open, { title: open.title, details: 'new words', tags: open.tags })).toEqual({ details: 'new words' });
    await stores.detail.getState().save({ title: 'Renamed', details: open.details });
    expect(api.calls.find((c) => c.channel === 'tasks:edit')?.input).toEqual({ key: open.key, patch: { title: 'Renamed' } });
    expect(stores.detail.getState().lastResult?.state).toBe('sent');
    expect(stores.detail.getState().task).toMatchObject({ title: 'Renamed', pending: false });
    expect(sims.webwork.state.tasks.find((t) => String(t.id) === open.remoteId)?.title).toBe('Renamed');
  });

  it("loads a Worksection task's comments from the server, and a new one reaches it", async () => {
    const { accounts, sims, stores } = await setup({ providers: ['worksection'] });
    const state = sims.worksection.state;
    const taskId = state.comments[0]!.taskId;
    const on = () => state.comments.filter((c) => c.taskId === taskId);
    const before = on().length;
    await stores.detail.getState().open(`worksection:${accounts.worksection.id}:task:${taskId}`);
    expect(
      stores.detail
        .getState()
        .comments.map((c) => c.text)
        .sort(),
    ).toEqual(
      on()
        .map((c) => c.text)
        .sort(),
    );
    expect(await stores.detail.getState().addComment('  On it  ')).toBe(true);
    expect(on()).toHaveLength(before + 1);
    expect(on().at(-1)?.text).toBe('On it');
    expect(stores.detail.getState().comments.map((c) => c.text)).toContain('On it');
  });
});

describe('news, conflicts and outbox stores', () => {
  it('marks all news read per account on the server, and the unread count follows', async () => {
    const { accounts, api, sims, stores } = await setup({ providers: ['workity', 'webwork'] });
    await stores.start();
    await stores.news.getState().load();
    expect(stores.news.getState().items.length).toBeGreaterThan(0);
    expect(stores.nav.getState().counts?.news).toBe(stores.news.getState().items.length);
    const lenny = sims.workity.state.users.find((u) => u.email === sims.workity.users.lenny.email)!;
    const seenBefore = lenny.newsSince;
    await stores.news.getState().markAllRead();
    expect(api.calls.filter((c) => c.channel === 'news:reset').map((c) => c.input)).toEqual([{ accountId: accounts.workity.id }]);
    expect(lenny.newsSince).toBeGreaterThan(seenBefore);
    expect(stores.news.getState().items).toHaveLength(0);
    await until(() => stores.nav.getState().counts?.news === 0);
  });

  it('settles a conflict and can undo it while the settlement has not reached the server', async () => {
    const { api, sims, stores } = await setup({ providers: ['workity'], core: { deferPush: true } });
    await stores.start();
    const conflicts = stores.conflicts;
    const [conflict] = conflicts.getState().conflicts;
    expect(conflict).toMatchObject({ kind: 'write-write', resolvedAt: null });
    const copy = `${conflict!.serverItems.copyKind}:${conflict!.serverItems.copy}`;
    expect(stores.nav.getState().counts?.conflicts).toBe(1);
    expect(await conflicts.getState().resolve(conflict!.id, { keep: 'theirs' })).toBe(true);
    expect(api.calls.find((c) => c.channel === 'conflicts:resolve')?.input).toEqual({ id: conflict!.id, keep: 'theirs' });
    expect(conflicts.getState().lastSettledId).toBe(conflict!.id);
    expect(conflicts.getState().conflicts).toEqual([]);
    await until(() => stores.nav.getState().counts?.conflicts === 0);
    expect(await conflicts.getState().undo(conflict!.id)).toBe(true);
    expect(conflicts.getState().conflicts.map((c) => [c.id, c.resolvedAt])).toEqual([[conflict!.id, null]]);
    // The sidebar hears of the re-opened conflict from the core's event, as it heard of the settlement.
    await until(() => stores.nav.getState().counts?.conflicts === 1);
    expect((await value(api, 'tasks:counts', {})).conflicts).toBe(1);
    expect(await value(api, 'outbox:list', {})).toEqual([]);
    expect(sims.workity.state.items.has(copy)).toBe(true);
  });

  it('says why a conflict settled on the server cannot be undone', async () => {
    const { sims, stores } = await setup({ providers: ['workity'] });
    await stores.start();
    const conflicts = stores.conflicts;
    const [conflict] = conflicts.getState().conflicts;
    const copy = `${conflict!.serverItems.copyKind}:${conflict!.serverItems.copy}`;
    expect(await conflicts.getState().resolve(conflict!.id, { keep: 'theirs' })).toBe(true);
    expect(sims.workity.state.items.has(copy)).toBe(false);
    expect(await conflicts.getState().undo(conflict!.id)).toBe(false);
    expect(conflicts.getState().error).toMatchObject({ code: 'conflict' });
    expect(conflicts.getState().error?.message).toContain('already settled on the server');
    expect(conflicts.getState().conflicts).toEqual([]);
  });

  it('retries a refused change once the server would take it, and discards another', async () => {
    const { accounts, api, sims, stores } = await setup({ providers: ['webwork'] });
    const dated = sims.webwork.state.tasks.filter((t) => t.start_date !== null && t.deleted_at === null && t.status !== 20);
    const keyOf = (id: number) => `webwork:${accounts.webwork.id}:task:${id}`;
    const [first, second] = dated;
    // WebWork refuses an end date before the start date (422): the outbox keeps the change, failed, with the server's words.
    await value(api, 'tasks:edit', { key: keyOf(first!.id), patch: { dueDate: '2000-01-01' } });
    await stores.outbox.getState().load();
    const [failed] = stores.outbox.getState().entries;
    expect(failed).toMatchObject({ key: keyOf(first!.id), state: 'failed', error: { code: 'validation', providerCode: 422 } });
    first!.start_date = '1999-12-01';
    await stores.outbox.getState().retry(failed!.id);
    expect(stores.outbox.getState().entries).toEqual([]);
    expect(first!.end_date).toBe('2000-01-01');

    const secondDue = (await value(api, 'tasks:get', { key: keyOf(second!.id) })).dueDate;
    await value(api, 'tasks:edit', { key: keyOf(second!.id), patch: { dueDate: '2000-01-01' } });
    await stores.outbox.getState().load();
    const [refused] = stores.outbox.getState().entries;
    expect(refused).toMatchObject({ state: 'failed' });
    await stores.outbox.getState().discard(refused!.id);
    expect(stores.outbox.getState().entries).toEqual([]);
    expect((await value(api, 'tasks:get', { key: keyOf(second!.id) })).dueDate).toBe(secondDue);
  });
});
