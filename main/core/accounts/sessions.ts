import { AppError } from '../../../shared/errors.js';
import { PROVIDER_NAMES, type Account } from '../../../shared/model.js';
import type { AccountsRepo } from '../cache/accountsRepo.js';
import { createLogger, registerSecret } from '../log.js';
import { adapterIn, DEFAULT_PROVIDERS, type ProviderRegistry } from '../providers/registry.js';
import type { ProviderAdapter, ProviderSession } from '../providers/types.js';
import type { Vault } from '../vault/vault.js';

/** One live provider session per account, made on first use and closed with the core. */
export interface SessionPool {
  get(account: Account): ProviderSession;
  /** The adapter of an account's provider, from the registry this core was given. */
  adapterOf: (provider: string) => ProviderAdapter;
  /** A fresh session for credentials not stored yet (verifying a new account). */
  connect(account: Account, secret: string): ProviderSession;
  drop(accountId: string): Promise<void>;
  closeAll(): Promise<void>;
}

export interface SessionPoolDeps {
  vault: Vault;
  accounts: AccountsRepo;
  now: () => Date;
  timeoutMs: number;
  providers?: ProviderRegistry;
}

/** The account's secret, or a refusal that names the account the way the user knows it. */
function secretOf(vault: Vault, account: Account): string {
  try {
    return vault.get(account.id);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'auth') throw error;
    throw new AppError('auth', `${account.label} (${PROVIDER_NAMES[account.provider]}): ${error.message}`, {
      provider: account.provider,
      field: 'secret',
    });
  }
}

export function createSessionPool(deps: SessionPoolDeps): SessionPool {
  const sessions = new Map<string, ProviderSession>();
  const connect = (account: Account, secret: string): ProviderSession => {
    registerSecret(secret);
    return adapterIn(deps.providers ?? DEFAULT_PROVIDERS, account.provider).connect({
      account,
      secret,
      now: deps.now,
      log: createLogger(`${account.provider}:${account.id}`),
      timeoutMs: deps.timeoutMs,
      saveSettings: (patch) => {
        deps.accounts.mergeSettings(account.id, patch);
        Object.assign(account.settings, patch);
      },
    });
  };
  return {
    adapterOf: (provider) => adapterIn(deps.providers ?? DEFAULT_PROVIDERS, provider),
    get(account) {
      let session = sessions.get(account.id);
      if (!session) {
        session = connect(account, secretOf(deps.vault, account));
        sessions.set(account.id, session);
      }
      return session;
    },
    connect,
    async drop(accountId) {
      const session = sessions.get(accountId);
      sessions.delete(accountId);
      await session?.close().catch(() => undefined);
    },
    async closeAll() {
      const all = [...sessions.values()];
      sessions.clear();
      await Promise.all(all.map((s) => s.close().catch(() => undefined)));
    },
  };
}
