import type { Cache } from '../cache/index.js';
import type { SessionPool } from '../accounts/sessions.js';
import { createLogger } from '../log.js';
import type { SyncService } from './syncService.js';

const log = createLogger('background');

export interface BackgroundOptions {
  tickMs?: number;
  /** A full sync of every reachable account this often. */
  syncEveryMs?: number;
  probeMinMs?: number;
  probeMaxMs?: number;
}

export interface Background {
  /** Probe every offline account now (the OS said the network is back). */
  wake(): void;
  /** Stops the loop; resolves once a round in progress has finished, so the cache can be closed under it. */
  stop(): Promise<void>;
}

/**
 * Keeps the outbox moving without the user: pushes queued work, probes
 * unreachable services with growing gaps, and pulls now and then. Each
 * account is judged alone, so one provider being down marks only it offline.
 */
export function startBackground(
  deps: { cache: Cache; sync: SyncService; sessions: SessionPool; now: () => Date },
  options: BackgroundOptions = {},
): Background {
  const probeMin = options.probeMinMs ?? 5_000;
  const probeMax = options.probeMaxMs ?? 300_000;
  const backoff = new Map<string, { failures: number; nextAt: number }>();
  let lastFullSync = deps.now().getTime();
  let running: Promise<void> | null = null;

  const reachable = async (accountId: string): Promise<boolean> => {
    const report = (await deps.sync.push(accountId)).get(accountId);
    if (report?.stoppedBy) return false;
    const account = deps.cache.accounts.get(accountId);
    if (account && !deps.cache.syncState.get(accountId).online) {
      await deps.sessions.get(account).verify();
      deps.sync.noteResult(accountId, null);
    }
    return true;
  };

  const probe = async (accountId: string, force: boolean): Promise<void> => {
    const now = deps.now().getTime();
    const state = backoff.get(accountId) ?? { failures: 0, nextAt: 0 };
    if (!force && now < state.nextAt) return;
    const ok = await reachable(accountId).catch((error: unknown) => {
      deps.sync.noteResult(accountId, error);
      log.debug('probe failed', { accountId });
      return false;
    });
    if (ok) {
      backoff.delete(accountId);
      return;
    }
    // A schedule, not a retry: this only spaces out the next tick's probe. Each probe is one push (under
    // net/retry's policy) and one verify, and nothing here waits or repeats an operation.
    const failures = state.failures + 1;
    const delay = Math.min(probeMax, probeMin * 2 ** (failures - 1)) * (0.75 + Math.random() * 0.5);
    backoff.set(accountId, { failures, nextAt: now + delay });
  };

  const round = async (force: boolean): Promise<void> => {
    try {
      const offline = deps.sync
        .status()
        .filter((s) => !s.online)
        .map((s) => s.accountId);
      const work = new Set([...deps.cache.outbox.accountsWithWork(), ...offline]);
      for (const accountId of work) await probe(accountId, force);
      if (deps.now().getTime() - lastFullSync >= (options.syncEveryMs ?? 300_000)) {
        lastFullSync = deps.now().getTime();
        await deps.sync.run();
      }
    } catch (error) {
      log.warn('a background round failed', { error: String(error) });
    }
  };
  const tick = (force = false): Promise<void> => {
    if (running) return running;
    const current = round(force).finally(() => {
      running = null;
    });
    running = current;
    return current;
  };

  const timer = setInterval(() => void tick(), options.tickMs ?? 5_000);
  timer.unref();
  return {
    wake: () => void tick(true),
    async stop() {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
