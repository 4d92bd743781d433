import { onTestFinished } from 'vitest';
import type { PublicAccount } from '../../../shared/contract.js';
import type { ProviderId } from '../../../shared/model.js';
import { createStores, type Stores } from '../../../renderer/store/stores.js';
import { addAccounts, createInProcessApi, type InProcessApi, type InProcessOptions } from '../../helpers/inProcessApi.js';
import { startSimulators, type SimulatorSizes, type Simulators } from '../../simulators/all.js';

export interface World {
  api: InProcessApi;
  stores: Stores;
  sims: Simulators;
  accounts: Record<ProviderId, PublicAccount>;
}

export interface SetupOptions {
  /** Accounts added through 'accounts:add' against the simulators and synced before the stores start. */
  providers?: ProviderId[];
  sizes?: SimulatorSizes;
  core?: InProcessOptions;
  /** The stores' clock (due-date parsing); the core keeps the real one, as the simulators do. */
  now?: () => Date;
}

/**
 * The real core in-process behind the app's stores, with fresh simulators
 * and no debounce delays; everything is closed when the test finishes.
 */
export async function setup(options: SetupOptions = {}): Promise<World> {
  const sims = await startSimulators(options.sizes);
  const api = createInProcessApi(options.core);
  const stores = createStores(api, { now: options.now, eventDelayMs: 1, searchDelayMs: 1 });
  onTestFinished(async () => {
    stores.dispose();
    await api.dispose();
    await sims.close();
  });
  const accounts = await addAccounts(api, sims, options.providers ?? []);
  return { api, stores, sims, accounts };
}

/** Polls until the check passes; stores settle asynchronously after events. */
export async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
