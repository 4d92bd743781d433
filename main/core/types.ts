import type { AccountSyncReport, Handlers } from '../../shared/contract.js';
import type { EventBus } from './events.js';
import type { ProviderRegistry } from './providers/registry.js';
import type { BackgroundOptions } from './sync/background.js';
import type { PushOptions } from './sync/pusher.js';
import type { Cipher } from './vault/cipher.js';

export interface CoreOptions {
  /** Where cache.db, settings and the vault live. */
  dataDir: string;
  /** The vault's cipher, or a factory called on first use so commands that need no secret never ask for a passphrase. */
  cipher: Cipher | (() => Cipher);
  host: 'electron' | 'web' | 'cli';
  version?: string;
  now?: () => Date;
  /** The user's IANA time zone for "today" and "overdue"; the process's own when left out. */
  zone?: string;
  /** Per-request timeout for provider calls. */
  timeoutMs?: number;
  /**
   * How long a change waits for the server before it is reported queued while the push goes on.
   * Windows set it so a slow service never holds up quick-add; unset waits (the CLI reports the outcome).
   */
  settleWaitMs?: number;
  /**
   * How long interactive commands (add, edit, sync) wait for a service before they report
   * `queued` with the reason; the push goes on in the background for hosts. Default 30 s.
   * A set settleWaitMs wins for add/edit.
   */
  commandDeadlineMs?: number;
  /** Start the background pusher/probe loop (hosts yes, one-shot CLI commands no). */
  background?: boolean;
  /** Backoff for outbox pushes (tests pass short waits). */
  push?: PushOptions;
  /** Queue user changes without pushing each at once (tests build an outbox this way). */
  deferPush?: boolean;
  /** The providers this core talks to (default: the four real ones); tests pass fakes here. */
  providers?: ProviderRegistry;
  /** Timings of the background probe loop (tests pass short ones). */
  backgroundTimings?: BackgroundOptions;
  /**
   * Opens a file with the OS's app for it (Electron's shell.openPath: '' or why not).
   * Hosts without one (web, CLI) leave it out and `files:open` says to download instead.
   */
  openPath?: (path: string) => Promise<string>;
}

/** The one core every host runs: handlers for the contract, an event bus, and a way to stop. */
export interface Core {
  handlers: Handlers;
  events: EventBus;
  /** Tell the core the OS reports the network is back (Electron's online event). */
  networkChanged(online: boolean): void;
  /** Fetches every account (or one) from its service without sending the outbox: `worktray repair` refills a rebuilt cache. */
  pull(accountId?: string): Promise<AccountSyncReport[]>;
  close(): Promise<void>;
}
