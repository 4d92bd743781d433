import { randomUUID } from 'node:crypto';
import type { PublicAccount } from '../../../shared/contract.js';
import { AppError, toAppError } from '../../../shared/errors.js';
import type { Account, ProviderId } from '../../../shared/model.js';
import type { Cache } from '../cache/index.js';
import { registerSecret } from '../log.js';
import { adapterIn, DEFAULT_PROVIDERS, type ProviderRegistry } from '../providers/registry.js';
import { createPassphraseCipher } from '../vault/passphraseCipher.js';
import type { Vault } from '../vault/vault.js';
import type { SessionPool } from './sessions.js';

export interface NewAccountInput {
  provider: ProviderId;
  label: string;
  baseUrl?: string;
  email?: string;
  workspace?: string;
  secret: string;
  /** False saves without asking the server (`--no-verify`). */
  verify?: boolean;
}

export interface AccountService {
  list(): PublicAccount[];
  add(input: NewAccountInput): Promise<PublicAccount>;
  test(id: string): Promise<{ ok: true; userName: string | null }>;
  remove(id: string): Promise<void>;
  require(id: string): Account;
  /** Adds a passphrase unlock slot to the vault this host can open (the desktop app's Settings, `vault add-passphrase`). */
  addPassphrase(passphrase: string): { added: true };
}

/** Only non-secret settings reach the renderer or the CLI's output. */
export function toPublic(account: Account): PublicAccount {
  const { userName, ...settings } = account.settings;
  return {
    id: account.id,
    provider: account.provider,
    label: account.label,
    baseUrl: account.baseUrl,
    userName: typeof userName === 'string' ? userName : null,
    settings,
  };
}

export function createAccountService(deps: {
  cache: Cache;
  vault: Vault;
  sessions: SessionPool;
  now: () => Date;
  providers?: ProviderRegistry;
}): AccountService {
  const { cache, vault, sessions } = deps;
  const require = (id: string): Account => {
    const account = cache.accounts.get(id);
    if (!account) throw new AppError('not-found', `No account with id ${id}`, { field: 'account' });
    return account;
  };
  return {
    list: () => cache.accounts.list().map(toPublic),
    require,
    async add(input) {
      const adapter = adapterIn(deps.providers ?? DEFAULT_PROVIDERS, input.provider);
      const prepared = adapter.prepareAccount({
        baseUrl: input.baseUrl ?? null,
        email: input.email ?? null,
        workspace: input.workspace ?? null,
      });
      const account: Account = {
        id: randomUUID().slice(0, 8),
        provider: input.provider,
        label: input.label,
        baseUrl: prepared.baseUrl,
        settings: prepared.settings,
        createdAt: deps.now().toISOString(),
      };
      if (input.verify !== false) {
        // Nothing is saved until the service accepts the credentials.
        const session = sessions.connect(account, input.secret);
        try {
          const verified = await session.verify();
          Object.assign(account.settings, verified.settings, {
            userRemoteId: verified.userRemoteId,
            userName: verified.userName,
          });
        } finally {
          await session.close().catch(() => undefined);
        }
      }
      vault.set(account.id, input.secret);
      try {
        cache.accounts.insert(account);
      } catch (error) {
        vault.remove(account.id);
        throw toAppError(error);
      }
      return toPublic(account);
    },
    async test(id) {
      const account = require(id);
      await sessions.drop(id);
      const verified = await sessions.get(account).verify();
      cache.accounts.mergeSettings(id, {
        ...verified.settings,
        userName: verified.userName,
        userRemoteId: verified.userRemoteId,
      });
      return { ok: true, userName: verified.userName };
    },
    addPassphrase(passphrase) {
      registerSecret(passphrase);
      vault.addSlot(createPassphraseCipher(passphrase));
      return { added: true };
    },
    async remove(id) {
      require(id);
      await sessions.drop(id);
      cache.transaction(() => cache.accounts.remove(id));
      vault.remove(id);
    },
  };
}
