import { describe, expect, it } from 'vitest';
import { diffPatch } from '../../../renderer/store/detailStore.js';
import { setup, until } from './helpers.js';

describe('the accounts store', () => {
  it("reports the provider's own words when the credentials are refused, and adds nothing", async () => {
    const { stores } = setup(0);
    await stores.accounts.getState().load();
    const outcome = await stores.accounts
      .getState()
      .add({ provider: 'webwork', label: 'Team', secret: 'wrong-token', verify: true });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatchObject({ code: 'auth', providerMessage: 'Invalid API token' });
    expect(stores.accounts.getState().accounts).toHaveLength(4);
  });

  it('never holds the secret after adding an account', async () => {
    const { stores } = setup(0);
    const outcome = await stores.accounts
      .getState()
      .add({ provider: 'workity', label: 'Office', email: 'me@x.io', secret: 's3cret-pass', verify: true });
    expect(outcome.ok).toBe(true);
    expect(JSON.stringify(stores.accounts.getState())).not.toContain('s3cret-pass');
  });

  it('records a connection test result per account', async () => {
    const { api, stores } = setup(0);
    await stores.accounts.getState().load();
    await stores.accounts.getState().test('acc2');
    expect(stores.accounts.getState().tests.acc2).toEqual({ state: 'ok', userName: 'Ivan Petrov' });
    api.state.secrets.acc1 = 'wrong-since-yesterday';
    await stores.accounts.getState().test('acc1');
    expect(stores.accounts.getState().tests.acc1).toEqual({ state: 'failed', error: expect.objectContaining({ code: 'auth' }) });
  });
});

describe('the settings store', () => {
  it('adds a vault passphrase, reports the result, and never keeps the passphrase', async () => {
    const { api, stores } = setup(0);
    await stores.settings.getState().addPassphrase('  my cli passphrase ');
    expect(stores.settings.getState().passphrase).toEqual({ state: 'added' });
    expect(api.calls.find((c) => c.channel === 'vault:addPassphrase')?.input).toEqual({ passphrase: '  my cli passphrase ' });
    expect(JSON.stringify(stores.settings.getState())).not.toContain('my cli passphrase');
    await stores.settings.getState().addPassphrase('wrong keyring');
    expect(stores.settings.getState().passphrase).toEqual({ state: 'failed', error: expect.objectContaining({ code: 'auth' }) });
  });
});

describe('the detail store', () => {
  it('sends only the fields that changed', async () => {
    const { api, stores } = setup(10);
    const key = api.state.tasks[0]!.key;
    await stores.detail.getState().open(key);
    const task = stores.detail.getState().task!;
    expect(diffPatch(task, { title: task.title, details: 'new words', tags: task.tags })).toEqual({ details: 'new words' });
    await stores.detail.getState().save({ title: 'Renamed', details: task.details });
    expect(api.calls.find((c) => c.channel === 'tasks:edit')?.input).toEqual({ key, patch: { title: 'Renamed' } });
    expect(stores.detail.getState().task).toMatchObject({ title: 'Renamed', pending: true });
    expect(stores.detail.getState().lastResult?.state).toBe('queued');
  });

  it('loads Worksection comments for a Worksection task', async () => {
    const { api, stores } = setup(10);
    const task = api.state.tasks.find((t) => t.provider === 'worksection')!;
    await stores.detail.getState().open(task.key);
    expect(stores.detail.getState().comments.map((c) => c.author)).toEqual(['Jo Kim', 'Ivan Petrov']);
    expect(await stores.detail.getState().addComment('  On it  ')).toBe(true);
    expect(stores.detail.getState().comments.at(-1)?.text).toBe('On it');
  });
});

describe('news, conflicts and outbox stores', () => {
  it('marks all news read per account and the unread count follows', async () => {
    const { api, stores } = setup(0);
    await stores.start();
    await stores.news.getState().load();
    expect(stores.news.getState().items).toHaveLength(7);
    await stores.news.getState().markAllRead();
    expect(api.calls.filter((c) => c.channel === 'news:reset').map((c) => c.input)).toEqual([{ accountId: 'acc3' }]);
    expect(stores.news.getState().items).toHaveLength(0);
    await until(() => stores.nav.getState().counts?.news === 0);
  });

  it('settles a conflict and can undo it', async () => {
    const { api, stores } = setup(10);
    await stores.start();
    const conflicts = stores.conflicts;
    expect(await conflicts.getState().resolve('c1', { keep: 'theirs' })).toBe(true);
    expect(api.calls.find((c) => c.channel === 'conflicts:resolve')?.input).toEqual({ id: 'c1', keep: 'theirs' });
    expect(conflicts.getState().lastSettledId).toBe('c1');
    await until(() => stores.nav.getState().counts?.conflicts === 0);
    expect(await conflicts.getState().undo('c1')).toBe(true);
    expect(conflicts.getState().conflicts[0]!.resolvedAt).toBeNull();
  });

  it('retries and discards outbox entries', async () => {
    const { api, stores } = setup(10);
    const task = api.state.tasks[0]!;
    api.state.outbox.push({
      id: 7,
      accountId: task.accountId,
      op: 'update',
      key: task.key,
      title: task.title,
      state: 'failed',
      attempts: 3,
      error: {
        code: 'validation',
        message: 'Refused',
        provider: 'webwork',
        providerCode: 422,
        providerMessage: 'Title too long',
        field: 'title',
        retryable: false,
      },
      createdAt: '2026-11-18T10:00:00Z',
    });
    await stores.outbox.getState().load();
    await stores.outbox.getState().retry(7);
    expect(stores.outbox.getState().entries[0]).toMatchObject({ id: 7, state: 'queued', error: null });
    await stores.outbox.getState().discard(7);
    expect(stores.outbox.getState().entries).toEqual([]);
  });
});
