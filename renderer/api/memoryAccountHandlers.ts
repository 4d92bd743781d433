import type { Handlers, PublicAccount } from '../../shared/contract.js';
import { AppError } from '../../shared/errors.js';
import { PROVIDER_NAMES } from '../../shared/model.js';
import { MEMORY_CAPABILITIES } from './memoryCapabilities.js';
import type { MemoryContext } from './memoryContext.js';

type AccountChannels =
  | 'app:info'
  | 'accounts:list'
  | 'accounts:add'
  | 'accounts:test'
  | 'accounts:remove'
  | 'capabilities:get'
  | 'projects:list'
  | 'sync:run'
  | 'sync:status'
  | 'settings:get'
  | 'settings:set'
  | 'vault:addPassphrase';

/** A secret starting with "wrong" is refused the way a provider refuses a bad token. */
function checkSecret(provider: PublicAccount['provider'], secret: string): void {
  if (secret.startsWith('wrong')) {
    throw new AppError('auth', `${PROVIDER_NAMES[provider]} refused the credentials`, {
      provider,
      providerCode: 401,
      providerMessage: 'Invalid API token',
    });
  }
}

export function memoryAccountHandlers(ctx: MemoryContext): Pick<Handlers, AccountChannels> {
  const { state } = ctx;
  const find = (id: string) => {
    const account = state.accounts.find((a) => a.id === id);
    if (!account) throw new AppError('not-found', `No account ${id}`, { field: 'id' });
    return account;
  };
  return {
    'app:info': async () => ({ version: 'mock', host: 'web', dataDir: '(memory)' }),
    'accounts:list': async () => state.accounts,
    'accounts:add': async (input) => {
      if (input.verify !== false) checkSecret(input.provider, input.secret);
      const id = `acc${ctx.nextId()}`;
      const account: PublicAccount = {
        id,
        provider: input.provider,
        label: input.label,
        baseUrl: input.baseUrl ?? `https://${input.provider}.example`,
        userName: input.email ?? 'You',
        settings: { ...(input.email ? { email: input.email } : {}), ...(input.workspace ? { workspace: input.workspace } : {}) },
      };
      state.accounts.push(account);
      state.secrets[id] = input.secret;
      state.sync.push({
        accountId: id,
        provider: input.provider,
        online: true,
        syncing: false,
        lastSyncedAt: null,
        error: null,
        progress: null,
      });
      ctx.emit('accounts:changed', {});
      return account;
    },
    'accounts:test': async ({ id }) => {
      const account = find(id);
      checkSecret(account.provider, state.secrets[id] ?? '');
      return { ok: true, userName: account.userName };
    },
    'accounts:remove': async ({ id }) => {
      find(id);
      state.accounts = state.accounts.filter((a) => a.id !== id);
      state.tasks = state.tasks.filter((t) => t.accountId !== id);
      state.projects = state.projects.filter((p) => p.accountId !== id);
      state.sync = state.sync.filter((s) => s.accountId !== id);
      ctx.emit('accounts:changed', {});
      ctx.emit('tasks:changed', { accountId: id });
      return { removed: true };
    },
    'capabilities:get': async () => MEMORY_CAPABILITIES,
    'projects:list': async ({ accountId }) => state.projects.filter((p) => !accountId || p.accountId === accountId),
    'sync:run': async ({ accountId }) => {
      const ids = state.accounts.filter((a) => !accountId || a.id === accountId).map((a) => a.id);
      for (const status of state.sync.filter((s) => ids.includes(s.accountId))) {
        status.lastSyncedAt = ctx.now().toISOString();
        ctx.emit('sync:changed', status);
      }
      return {
        accounts: ids.map((id) => ({
          id,
          pulled: { projects: 0, tasks: 0, news: 0, time: 0 },
          pushed: 0,
          failed: 0,
          conflicts: 0,
          error: null,
        })),
      };
    },
    'sync:status': async () => state.sync,
    'settings:get': async () => state.settings,
    'settings:set': async (patch) => {
      state.settings = { ...state.settings, ...patch };
      return state.settings;
    },
    // Like a vault this host cannot open (a changed keyring): a passphrase starting with "wrong" is refused.
    'vault:addPassphrase': async ({ passphrase }) => {
      if (passphrase.startsWith('wrong'))
        throw new AppError('auth', 'The vault could not be opened: wrong passphrase or key, or the file was tampered with');
      return { added: true };
    },
  };
}
