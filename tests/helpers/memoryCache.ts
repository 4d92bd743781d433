import { openCache, type Cache } from '../../main/core/cache/index.js';
import type { Account } from '../../shared/model.js';

export function memoryCacheWithAccount(accountId = 'acc1'): { cache: Cache; account: Account } {
  const cache = openCache(':memory:');
  const account: Account = {
    id: accountId,
    provider: 'webwork',
    label: 'Test',
    baseUrl: 'http://127.0.0.1:1/api/v2',
    settings: {},
    createdAt: new Date().toISOString(),
  };
  cache.accounts.insert(account);
  return { cache, account };
}
