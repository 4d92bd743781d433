import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Channel, EventName, Events, Input, Output, PublicAccount, Reply } from '../../shared/contract.js';
import { AppError } from '../../shared/errors.js';
import type { ProviderId } from '../../shared/model.js';
import type { Core, CoreOptions } from '../../main/core/app.js';
import { createCore } from '../../main/core/createCore.js';
import { dispatch } from '../../main/core/dispatch.js';
import { passphraseCipherFor } from '../../main/core/vault/vault.js';
import type { AppApi } from '../../renderer/api/connection.js';
import type { Simulators } from '../simulators/all.js';

const PASSPHRASE = 'renderer-test-pass';

/** The real core behind the renderer's Api, in this process: what the renderer's tests run against. */
export interface InProcessApi extends AppApi {
  core: Core;
  dataDir: string;
  /** Every call the renderer made, in order, so a test can check what a store asked for. */
  calls: { channel: Channel; input: unknown }[];
  /** Closes the core and removes its data folder. */
  dispose(): Promise<void>;
}

export type InProcessOptions = Partial<Omit<CoreOptions, 'dataDir' | 'cipher' | 'host'>>;

/**
 * A temporary data folder, a passphrase vault and `createCore`, reached through
 * the same `dispatch` the hosts use. Replies and events are structured-cloned
 * like IPC does, so a store can never share an object with the core.
 */
export function createInProcessApi(options: InProcessOptions = {}): InProcessApi {
  const dataDir = mkdtempSync(join(tmpdir(), 'worktray-renderer-'));
  const core = createCore({
    timeoutMs: 3_000,
    push: { retries: 2, minTimeoutMs: 5, maxTimeoutMs: 20 },
    ...options,
    host: 'web',
    dataDir,
    cipher: () => passphraseCipherFor(dataDir, PASSPHRASE),
  });
  const calls: InProcessApi['calls'] = [];
  let disposed = false;

  async function invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Reply<C>> {
    calls.push({ channel, input: structuredClone(input) });
    // Like a dropped socket: a store's late refetch after the test ended gets an error, not a closed database.
    if (disposed) return { ok: false, error: new AppError('offline', 'The in-process core is closed').toPayload() };
    const reply = await dispatch(core.handlers, channel, structuredClone(input));
    return structuredClone(reply) as Reply<C>;
  }

  return {
    core,
    dataDir,
    calls,
    invoke,
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void) {
      return core.events.on(event, (payload) => listener(structuredClone(payload)));
    },
    onConnection: () => () => undefined,
    connection: () => 'open',
    close: () => undefined,
    async dispose() {
      if (disposed) return;
      disposed = true;
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Calls a channel and returns its value, failing the test with the core's own message otherwise. */
export async function value<C extends Channel>(api: InProcessApi, channel: C, input: Input<C>): Promise<Output<C>> {
  const reply = await api.invoke(channel, input);
  if (!reply.ok) throw new Error(`${channel} failed: ${reply.error.code}: ${reply.error.message}`);
  return reply.value;
}

/**
 * Adds the providers' accounts through the real 'accounts:add' channel against
 * the simulators, then pulls their data with 'sync:run'.
 */
export async function addAccounts(
  api: InProcessApi,
  sims: Simulators,
  providers: ProviderId[],
): Promise<Record<ProviderId, PublicAccount>> {
  const added: Partial<Record<ProviderId, PublicAccount>> = {};
  for (const provider of providers) added[provider] = await value(api, 'accounts:add', sims.accounts[provider]);
  const report = await value(api, 'sync:run', {});
  const failed = report.accounts.filter((a) => a.error);
  if (failed.length > 0) throw new Error(`sync failed: ${JSON.stringify(failed.map((a) => a.error))}`);
  return added as Record<ProviderId, PublicAccount>;
}
