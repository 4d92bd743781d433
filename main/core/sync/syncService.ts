import type { AccountSyncReport, AccountSyncStatus } from '../../../shared/contract.js';
import { AppError, toAppError } from '../../../shared/errors.js';
import type { Account } from '../../../shared/model.js';
import type { SessionPool } from '../accounts/sessions.js';
import type { Cache } from '../cache/index.js';
import type { EventBus } from '../events.js';
import { createLogger } from '../log.js';
import { mapLimit } from './mapLimit.js';
import { pullAccount } from './puller.js';
import { DEFAULT_DEADLINE_MS } from './outcome.js';
import { pushAccount, type PushOptions, type PushReport } from './pusher.js';
import { createPushLock } from './pushLock.js';

const log = createLogger('sync');

export interface SyncService {
  run(accountId?: string): Promise<AccountSyncReport[]>;
  /** Pulls without sending the outbox first (after a repair the cache must know the tasks its kept changes touch). */
  pull(accountId?: string): Promise<AccountSyncReport[]>;
  push(accountId?: string, options?: PushOptions): Promise<Map<string, PushReport>>;
  status(): AccountSyncStatus[];
  /** Records that a call to this account failed or succeeded, for the offline banner. */
  noteResult(accountId: string, error: unknown): void;
  emitCounts(): void;
  /** Pushes one account until `entryId` is settled; used right after a local change. */
  pushUntil(accountId: string, entryId: number): Promise<PushReport>;
  /**
   * Runs `fn` while no push or sync of this account is under way in this process, so a queued
   * entry it drops cannot be half-way to the server (undo). `fn` must not push itself.
   */
  exclusive<T>(accountId: string, fn: () => T): Promise<T>;
}

export interface SyncDeps {
  cache: Cache;
  sessions: SessionPool;
  events: EventBus;
  now: () => Date;
  /** How far back time entries are pulled. */
  timeRangeDays?: number;
  accountConcurrency?: number;
  push?: PushOptions;
  /** How long `run` waits for an account before reporting that its changes stay queued (the sync goes on). */
  deadlineMs?: number;
}

function lateReport(id: string, ms: number): AccountSyncReport {
  const message = `No answer within ${Math.round(ms / 1000)} s; changes stay queued and the sync goes on in the background`;
  return {
    id,
    pulled: { projects: 0, tasks: 0, news: 0, time: 0 },
    pushed: 0,
    failed: 0,
    conflicts: 0,
    error: { code: 'offline', message },
  };
}

export function createSyncService(deps: SyncDeps): SyncService {
  const { cache, events } = deps;
  const live = new Map<string, { syncing: boolean; progress: AccountSyncStatus['progress'] }>();
  // One push at a time per account: two pushers on one outbox would send an entry twice.
  // In this process calls queue up; another process holding the cache's lock means this one skips.
  const withPushLock = createPushLock(cache.locks);
  const locks = new Map<string, Promise<unknown>>();
  const locked = <T>(accountId: string, fn: () => Promise<T>): Promise<T> => {
    const previous = locks.get(accountId) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    locks.set(
      accountId,
      run.catch(() => undefined),
    );
    return run;
  };

  const statusOf = (account: Account): AccountSyncStatus => {
    const state = cache.syncState.get(account.id);
    const running = live.get(account.id);
    return {
      accountId: account.id,
      provider: account.provider,
      online: state.online,
      syncing: running?.syncing ?? false,
      lastSyncedAt: state.lastSyncedAt,
      error: state.error,
      progress: running?.progress ?? null,
    };
  };
  const emitStatus = (account: Account): void => events.emit('sync:changed', statusOf(account));
  const emitCounts = (): void => {
    events.emit('outbox:changed', cache.outbox.counts());
    events.emit('conflicts:changed', { open: cache.conflicts.openCount() });
  };

  const noteResult = (accountId: string, error: unknown): void => {
    const account = cache.accounts.get(accountId);
    if (!account) return;
    const appError = error ? toAppError(error) : null;
    const online = !appError || appError.code !== 'offline';
    cache.syncState.set(accountId, { online, error: appError?.toPayload() ?? null });
    emitStatus(account);
  };

  const pushOne = async (account: Account, options?: PushOptions): Promise<PushReport> => {
    const report = await withPushLock(account.id, () =>
      pushAccount(
        {
          cache,
          session: deps.sessions.get(account),
          adapter: deps.sessions.adapterOf(account.provider),
          now: deps.now,
          onChange: () => events.emit('tasks:changed', { accountId: account.id }),
        },
        account.id,
        { ...deps.push, ...options },
      ),
    );
    if (!report) {
      log.warn(`${account.label}: queued changes are being sent by another Worktray process`, { accountId: account.id });
      return { pushed: 0, failed: 0, conflicts: 0, stoppedBy: null };
    }
    noteResult(account.id, report.stoppedBy);
    emitCounts();
    return report;
  };

  const syncOne = async (
    account: Account,
    { push = true, onPushed = () => undefined }: { push?: boolean; onPushed?: () => void } = {},
  ): Promise<AccountSyncReport> => {
    const report: AccountSyncReport = {
      id: account.id,
      pulled: { projects: 0, tasks: 0, news: 0, time: 0 },
      pushed: 0,
      failed: 0,
      conflicts: 0,
      error: null,
    };
    live.set(account.id, { syncing: true, progress: null });
    emitStatus(account);
    try {
      if (push) {
        const pushed = await pushOne(account);
        onPushed();
        Object.assign(report, { pushed: pushed.pushed, failed: pushed.failed, conflicts: pushed.conflicts });
        if (pushed.stoppedBy) throw pushed.stoppedBy;
      }
      const to = deps.now();
      const from = new Date(to.getTime() - (deps.timeRangeDays ?? 30) * 86_400_000);
      report.pulled = await pullAccount(
        {
          cache,
          session: deps.sessions.get(account),
          onProgress: (phase, done, total) => {
            live.set(account.id, { syncing: true, progress: { phase, done, total } });
            emitStatus(account);
          },
          onConflict: emitCounts,
        },
        account,
        { from, to },
      );
      cache.syncState.set(account.id, { lastSyncedAt: deps.now().toISOString(), online: true, error: null });
    } catch (error) {
      const appError = toAppError(error, account.provider);
      report.error = { code: appError.code, message: appError.message };
      noteResult(account.id, appError);
    } finally {
      live.set(account.id, { syncing: false, progress: null });
      emitStatus(account);
      events.emit('tasks:changed', { accountId: account.id });
      emitCounts();
    }
    return report;
  };

  const accountsFor = (accountId?: string): Account[] => {
    if (!accountId) return cache.accounts.list();
    const account = cache.accounts.get(accountId);
    if (!account) throw new AppError('not-found', `No account with id ${accountId}`, { field: 'account' });
    return [account];
  };

  /**
   * The deadline bounds the wait for the push (the user's changes), not a long pull: once the
   * push is done the caller waits for the pull as before. Past the deadline the sync keeps
   * running (and keeps its lock); only the caller stops waiting.
   */
  const syncWithinDeadline = (account: Account): Promise<AccountSyncReport> => {
    const ms = deps.deadlineMs ?? DEFAULT_DEADLINE_MS;
    let pushed = false;
    const run = locked(account.id, () => syncOne(account, { onPushed: () => (pushed = true) }));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<AccountSyncReport>((resolve) => {
      timer = setTimeout(() => {
        if (!pushed) resolve(lateReport(account.id, ms));
      }, ms);
      timer.unref();
    });
    run.catch(() => undefined);
    return Promise.race([run, late]).finally(() => clearTimeout(timer));
  };

  return {
    run: (accountId) => mapLimit(accountsFor(accountId), deps.accountConcurrency ?? 2, syncWithinDeadline),
    pull: (accountId) =>
      mapLimit(accountsFor(accountId), deps.accountConcurrency ?? 2, (account) =>
        locked(account.id, () => syncOne(account, { push: false })),
      ),
    async push(accountId, options) {
      const reports = new Map<string, PushReport>();
      for (const account of accountsFor(accountId)) {
        reports.set(account.id, await locked(account.id, () => pushOne(account, options)));
      }
      return reports;
    },
    pushUntil(accountId, entryId) {
      const [account] = accountsFor(accountId);
      return locked(accountId, () => pushOne(account as Account, { untilId: entryId, retries: 1 }));
    },
    exclusive: (accountId, fn) => locked(accountId, async () => fn()),
    status: () => cache.accounts.list().map(statusOf),
    noteResult,
    emitCounts,
  };
}
