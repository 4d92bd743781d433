import { afterEach, describe, expect, it } from 'vitest';
import type { ProviderAdapter } from '../../../main/core/providers/types.js';
import { webworkAdapter } from '../../../main/core/providers/webwork/index.js';
import { openTestCore, type TestCore } from '../../contract/sync/support/core.js';
import { createFakeSession } from '../../helpers/fakeSession.js';

let t: TestCore | null = null;
afterEach(async () => {
  await t?.close();
  t?.remove();
  t = null;
});

describe('createCore takes its providers as an option', () => {
  it('a fake adapter passed in is the one accounts are verified and synced through; providers not passed do not exist', async () => {
    const connected: string[] = [];
    const fake: ProviderAdapter = {
      ...webworkAdapter,
      connect: (ctx) => {
        connected.push(ctx.account.id);
        return createFakeSession(ctx.account.id).session;
      },
    };
    t = openTestCore({ providers: { webwork: fake } });
    const account = await t.call('accounts:add', { provider: 'webwork', label: 'Fake', secret: 'token' });
    expect(connected).toEqual([account.id]);
    const synced = await t.call('sync:run', { accountId: account.id });
    expect(synced.accounts[0]?.error).toBeNull();
    expect((await t.call('projects:list', { accountId: account.id })).length).toBeGreaterThan(0);

    expect(Object.keys(await t.call('capabilities:get', {}))).toEqual(['webwork']);
    await expect(t.call('accounts:add', { provider: 'worksnaps', label: 'Real', secret: 'token' })).rejects.toThrow(
      /Unknown provider "worksnaps": use webwork/,
    );
  });
});
