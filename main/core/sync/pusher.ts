import { AppError, toAppError } from '../../../shared/errors.js';
import type { Task, TimeEntry } from '../../../shared/model.js';
import type { Cache } from '../cache/index.js';
import type { SoundEntry } from '../cache/outboxRepo.js';
import { bookedFields, putTimeEntry, removeTimeEntry, swapTimeKey } from '../cache/timeRows.js';
import { createLogger } from '../log.js';
import { withRetry } from '../net/retry.js';
import type { ProviderAdapter, ProviderSession } from '../providers/types.js';
import { isRefusal, waitingReason } from './outcome.js';
import { sendEntry, type SendOutcome } from './sendEntry.js';

const log = createLogger('pusher');

export interface PushReport {
  pushed: number;
  failed: number;
  conflicts: number;
  /** Why pushing stopped early (the service is unreachable or rate-limits past our patience). */
  stoppedBy: AppError | null;
}

export interface PushOptions {
  retries?: number;
  minTimeoutMs?: number;
  maxTimeoutMs?: number;
  /** Stop after this entry id has been settled (the CLI's `add` waits only for its own entry). */
  untilId?: number;
  /** Longest one entry may take, waits included (net/retry's default when unset). */
  deadlineMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface PushDeps {
  cache: Cache;
  session: ProviderSession;
  /** The account's provider adapter: its capabilities and which fields it treats as sets. */
  adapter: ProviderAdapter;
  now: () => Date;
  onChange?: () => void;
}

/**
 * Sends one account's outbox in order. Retryable failures are retried with
 * backoff; when retries run out the entry stays queued and pushing stops.
 * Only the server's refusal marks an entry failed (with the server's words)
 * and moves on; a write whose answer was lost or unreadable stays queued as
 * "outcome unknown", and its next attempt checks before sending again.
 */
export async function pushAccount(deps: PushDeps, accountId: string, options: PushOptions = {}): Promise<PushReport> {
  const report: PushReport = { pushed: 0, failed: 0, conflicts: 0, stoppedBy: null };
  for (;;) {
    const entry = deps.cache.outbox.next(accountId);
    if (!entry) return report;
    try {
      // The one retry policy for the whole entry: the client calls sendEntry makes run inside it, so
      // net/retry gives each of them one attempt and this policy alone decides about waiting and repeating.
      const outcome = await withRetry((attempt) => sendEntry(deps, fresh(deps.cache, entry), attempt), {
        retries: options.retries ?? 3,
        minTimeoutMs: options.minTimeoutMs,
        maxTimeoutMs: options.maxTimeoutMs,
        deadlineMs: options.deadlineMs,
        sleep: options.sleep,
      });
      applyOutcome(deps.cache, entry, outcome);
      if (outcome.kind === 'conflict') report.conflicts += 1;
      else report.pushed += 1;
    } catch (error) {
      const appError = toAppError(error);
      if (!isRefusal(appError)) {
        const writeLeft = (deps.cache.outbox.get(entry.id)?.attempts ?? 0) > entry.attempts;
        deps.cache.outbox.markWaiting(entry.id, waitingReason(appError, writeLeft));
        report.stoppedBy = appError;
        return report;
      }
      log.warn('the server refused an outbox entry', { id: entry.id, op: entry.op, code: appError.code });
      deps.cache.outbox.markFailed(entry.id, appError.toPayload());
      report.failed += 1;
    } finally {
      deps.onChange?.();
    }
    if (options.untilId !== undefined && entry.id >= options.untilId) return report;
  }
}

/** The entry as stored now (an earlier attempt may have stamped it as sent). */
function fresh(cache: Cache, entry: SoundEntry): SoundEntry {
  const now = cache.outbox.get(entry.id);
  return now && now.op !== 'damaged' ? now : entry;
}

/** Records what the server did, in one transaction with removing the entry. */
function applyOutcome(cache: Cache, entry: SoundEntry, outcome: SendOutcome): void {
  cache.transaction(() => {
    if (outcome.kind === 'conflict') {
      if (outcome.heldAs === null) cache.outbox.remove(entry.id);
      else if (outcome.heldAs) cache.outbox.rewrite(entry.id, outcome.heldAs);
      cache.outbox.markHeld(entry.key);
      return;
    }
    cache.outbox.remove(entry.id);
    if (outcome.time) settleTime(cache, entry.key, outcome.time);
    const task = outcome.task;
    if (entry.op === 'task.delete') return;
    if (!task) return;
    if (task.key !== entry.key) cache.tasks.swapKey(entry.key, task);
    else cache.tasks.replace(task);
    reapplyPending(cache, task);
  });
}

/** Later edits still queued for the same task stay visible on top of the server's new version. */
function reapplyPending(cache: Cache, task: Task): void {
  for (const later of cache.outbox.list(task.accountId)) {
    if (later.key !== task.key || later.op !== 'task.update') continue;
    cache.tasks.applyPatch(task.key, later.payload.patch);
  }
}

/**
 * The booked entry as the server keeps it replaces the local row (and its local
 * key); later changes still queued for it stay visible on top.
 */
function settleTime(cache: Cache, key: string, time: TimeEntry): void {
  if (time.key !== key) swapTimeKey(cache.db, key, time);
  else putTimeEntry(cache.db, time);
  for (const later of cache.outbox.list(time.accountId)) {
    if (later.key !== time.key) continue;
    if (later.op === 'time.delete') removeTimeEntry(cache.db, time.key);
    if (later.op === 'time.update') putTimeEntry(cache.db, { ...time, ...bookedFields(later.payload.entry) });
  }
}
