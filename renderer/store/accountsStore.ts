import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AccountSyncStatus, Api, Input, PublicAccount } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';
import type { Capabilities, ProviderId } from '../../shared/model.js';
import { call, toPayload } from '../api/result.js';

export type TestState =
  { state: 'running' } | { state: 'ok'; userName: string | null } | { state: 'failed'; error: ErrorPayload };
export type AddOutcome = { ok: true; account: PublicAccount } | { ok: false; error: ErrorPayload };

/** Accounts (never with a secret), what each provider can do, and each account's sync status. */
export interface AccountsState {
  loaded: boolean;
  accounts: PublicAccount[];
  capabilities: Record<ProviderId, Capabilities> | null;
  sync: Record<string, AccountSyncStatus>;
  tests: Record<string, TestState>;
  error: ErrorPayload | null;
  load(): Promise<void>;
  add(input: Input<'accounts:add'>): Promise<AddOutcome>;
  test(id: string): Promise<void>;
  remove(id: string): Promise<void>;
  syncNow(accountId?: string): Promise<void>;
  applySync(status: AccountSyncStatus): void;
}

export function createAccountsStore(api: Api): StoreApi<AccountsState> {
  return createStore<AccountsState>()((set, get) => ({
    loaded: false,
    accounts: [],
    capabilities: null,
    sync: {},
    tests: {},
    error: null,
    async load() {
      try {
        const [accounts, capabilities, statuses] = await Promise.all([
          call(api, 'accounts:list', {}),
          get().capabilities ?? call(api, 'capabilities:get', {}),
          call(api, 'sync:status', {}),
        ]);
        set({
          loaded: true,
          accounts,
          capabilities,
          sync: Object.fromEntries(statuses.map((s) => [s.accountId, s])),
          error: null,
        });
      } catch (error) {
        set({ error: toPayload(error) });
      }
    },
    async add(input) {
      try {
        const account = await call(api, 'accounts:add', input);
        await get().load();
        return { ok: true, account };
      } catch (error) {
        return { ok: false, error: toPayload(error) };
      }
    },
    async test(id) {
      set((s) => ({ tests: { ...s.tests, [id]: { state: 'running' } } }));
      try {
        const result = await call(api, 'accounts:test', { id });
        set((s) => ({ tests: { ...s.tests, [id]: { state: 'ok', userName: result.userName } } }));
      } catch (error) {
        set((s) => ({ tests: { ...s.tests, [id]: { state: 'failed', error: toPayload(error) } } }));
      }
    },
    async remove(id) {
      try {
        await call(api, 'accounts:remove', { id });
        await get().load();
      } catch (error) {
        set({ error: toPayload(error) });
      }
    },
    async syncNow(accountId) {
      try {
        await call(api, 'sync:run', accountId ? { accountId } : {});
        const statuses = await call(api, 'sync:status', {});
        set({ sync: Object.fromEntries(statuses.map((s) => [s.accountId, s])), error: null });
      } catch (error) {
        set({ error: toPayload(error) });
      }
    },
    applySync(status) {
      set((s) => ({ sync: { ...s.sync, [status.accountId]: status } }));
    },
  }));
}
