import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Channel, Handlers } from '../../../../shared/contract.js';
import type { Core, CoreOptions } from '../../../../main/core/app.js';
import { createCore } from '../../../../main/core/createCore.js';
import { passphraseCipherFor } from '../../../../main/core/vault/vault.js';

export const PASSPHRASE = 'sync-test-pass';
/** Short backoff so retried pushes take milliseconds, not seconds. */
export const FAST_PUSH = { retries: 6, minTimeoutMs: 5, maxTimeoutMs: 40 };

export interface TestCore {
  core: Core;
  dataDir: string;
  call<C extends Channel>(channel: C, payload: Parameters<Handlers[C]>[0]): ReturnType<Handlers[C]>;
  /** Closes the core; the data folder stays for a core opened on it later. */
  close(): Promise<void>;
  remove(): void;
}

/** The real core on a temporary data folder, as a host would run it. */
export function openTestCore(options: Partial<CoreOptions> & { dataDir?: string } = {}): TestCore {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'worktray-sync-'));
  const core = createCore({
    host: 'web',
    timeoutMs: 3_000,
    push: FAST_PUSH,
    ...options,
    dataDir,
    cipher: () => passphraseCipherFor(dataDir, PASSPHRASE),
  });
  return {
    core,
    dataDir,
    call: (channel, payload) => (core.handlers[channel] as (p: unknown) => ReturnType<Handlers[typeof channel]>)(payload),
    close: () => core.close(),
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** A tiny seeded PRNG, so a failing run can be repeated with the same faults. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
