import type { Core, CoreOptions } from './types.js';
import { createAccountService } from './accounts/accountService.js';
import { createSessionPool } from './accounts/sessions.js';
import { openCache } from './cache/index.js';
import { notingCalls, watchCounts } from './counts.js';
import { createEventBus } from './events.js';
import { securePrivateDir } from './files.js';
import { createHandlers } from './handlers.js';
import { DEFAULT_PROVIDERS } from './providers/registry.js';
import { openSettings } from './settings.js';
import { startBackground } from './sync/background.js';
import { createConflictActions } from './commands/conflictActions.js';
import { createMutations } from './commands/mutations.js';
import { createOutboxActions } from './commands/outboxActions.js';
import { createTimeEntries } from './commands/timeEntries.js';
import { createUndo } from './commands/undo.js';
import { createSyncService } from './sync/syncService.js';
import type { Cipher } from './vault/cipher.js';
import { prepareUnlock } from './vault/unlock.js';
import { lazyVault, openVault } from './vault/vault.js';

/** How long after start a long-lived host derives the vault's key in the background (see below). */
const VAULT_WARM_DELAY_MS = 1500;

/** The composition root of the core: every host calls this and nothing else. */
export function createCore(options: CoreOptions): Core {
  const now = options.now ?? (() => new Date());
  const { cipher } = options;
  const secure = (): void => {
    if (options.dataDir !== ':memory:') securePrivateDir(options.dataDir);
  };
  secure();
  // Made once (a factory that throws, a locked CLI vault, is asked again next time), so prepareUnlock's keys serve the open.
  let made: Cipher | null = null;
  const cipherNow = (): Cipher => (made ??= typeof cipher === 'function' ? cipher() : cipher);
  const vault = lazyVault(() => openVault(options.dataDir, cipherNow()));
  const cache = openCache(options.dataDir, now, options.zone);
  let warming: NodeJS.Timeout | undefined;
  if (options.background && cache.accounts.list().length > 0) {
    // A long-lived host's first push or sync opens the vault, and the passphrase's scrypt would then
    // stall every window for a fifth of a second: it runs ahead, in libuv's pool, once the first screen
    // has had the machine. A failure is reported by the open itself; an open before this ends derives again.
    warming = setTimeout(() => {
      try {
        void prepareUnlock(options.dataDir, cipherNow()).catch(() => undefined);
      } catch {
        // no cipher yet (a locked vault): the first open asks and says why
      }
    }, VAULT_WARM_DELAY_MS).unref();
  }
  const events = createEventBus();
  // Windows and the tray show counts; a one-shot CLI command has no one to tell.
  const counts = options.host === 'cli' ? null : watchCounts(cache, events);
  const providers = options.providers ?? DEFAULT_PROVIDERS;
  const sessions = createSessionPool({ vault, accounts: cache.accounts, now, timeoutMs: options.timeoutMs ?? 15_000, providers });
  const sync = createSyncService({ cache, sessions, events, now, push: options.push, deadlineMs: options.commandDeadlineMs });
  const onChange = (accountId: string): void => {
    events.emit('tasks:changed', { accountId });
    sync.emitCounts();
  };
  const mutations = createMutations({
    cache,
    sync,
    adapterOf: sessions.adapterOf,
    now,
    deferPush: options.deferPush,
    settleWaitMs: options.settleWaitMs ?? options.commandDeadlineMs,
    onChange,
  });
  const outbox = createOutboxActions(cache, mutations);
  const allHandlers = createHandlers({
    cache,
    accounts: createAccountService({ cache, vault, sessions, now, providers }),
    sessions,
    sync,
    mutations,
    conflicts: createConflictActions(cache, mutations),
    outbox,
    undo: createUndo({ cache, mutations, outbox, sync, events, onChange }),
    timeEntries: createTimeEntries({
      cache,
      mutations,
      adapterOf: (provider) => sessions.adapterOf(provider),
      sessionFor: (account) => sessions.get(account),
    }),
    settings: openSettings(options.dataDir),
    events,
    providers,
    openPath: options.openPath,
    info: {
      version: options.version ?? '0.0.0',
      host: options.host === 'electron' ? 'electron' : 'web',
      dataDir: options.dataDir,
    },
  });
  const handlers = counts ? notingCalls(allHandlers, () => counts.touch()) : allHandlers;
  const background = options.background ? startBackground({ cache, sync, sessions, now }, options.backgroundTimings) : null;
  return {
    handlers,
    events,
    networkChanged: (online) => {
      if (online) background?.wake();
    },
    pull: (accountId) => sync.pull(accountId),
    async close() {
      clearTimeout(warming);
      await background?.stop();
      await sessions.closeAll();
      counts?.stop();
      cache.close();
      // Narrowed again on the way out: a file a store rewrote since open (the vault's atomic writes) is covered too.
      secure();
    },
  };
}
