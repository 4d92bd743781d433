import { AsyncLocalStorage } from 'node:async_hooks';
import pRetry from 'p-retry';
import { AppError, toAppError } from '../../../shared/errors.js';

export interface RetryOptions {
  /** Retries after the first attempt (default 4). */
  retries?: number;
  /** First backoff step for network errors and 5xx (default 250 ms); each later step doubles, plus jitter. */
  minTimeoutMs?: number;
  /** Cap of one backoff wait (default 10 s). A server's Retry-After is not capped: it is obeyed or the call stops. */
  maxTimeoutMs?: number;
  /** Total time one operation may take, waits included (default 2 min); a wait that would pass it is not begun. */
  deadlineMs?: number;
  /**
   * False for writes: only a rate limit is repeated then, because the server did nothing with the request;
   * after a network error or 5xx the write may have landed, and the outbox (with its duplicate checks) decides.
   */
  idempotent?: boolean;
  signal?: AbortSignal;
  /** Called before each wait, e.g. to log "retrying in 2 s". */
  onRetry?: (error: AppError, attempt: number, waitMs: number) => void;
  /** Waits are done through this, so tests can run them on a fake clock. */
  sleep?: (ms: number) => Promise<void>;
  /** Milliseconds clock for the deadline; tests pass their fake clock. */
  now?: () => number;
}

const DEFAULTS = { retries: 4, minTimeoutMs: 250, maxTimeoutMs: 10_000, deadlineMs: 120_000 };

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Marks "a retry policy is running in this async call chain". One outbox push is retried by the pusher;
 * the reads and writes it makes inside (getTask, findCreatedTask, createTask...) go through client methods
 * that carry their own withRetry. Nested, 5 × 5 attempts (and two backoffs) would pile up. AsyncLocalStorage
 * makes the inner call run once and leaves the decision to the outer policy, without threading a "no retries"
 * flag through every session method, and it cannot leak: concurrent unrelated calls have their own context.
 */
const policyRunning = new AsyncLocalStorage<true>();

/**
 * The one retry policy of the app (p-retry is the engine):
 * - network errors and 5xx: exponential backoff with jitter;
 * - a reply that names its wait (429 / quota with Retry-After, or the provider's documented default, carried
 *   as `retryAfterMs`): exactly that wait, nothing added;
 * - a refused connection: one more try only (nothing listens there);
 * - non-retryable errors, or a wait that would pass `deadlineMs`: the error is thrown at once;
 * - inside another withRetry: one attempt, the outer policy decides.
 */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  if (policyRunning.getStore()) return once(fn);
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const started = now();
  try {
    return await policyRunning.run(true, () =>
      pRetry((attempt) => once(fn, attempt), {
        retries: options.retries ?? DEFAULTS.retries,
        // p-retry's own wait is switched off: with minTimeout 0 its computed delay is 0 and it sets no timer
        // (p-retry 7.1 onAttemptFailure: `if (finalDelay > 0) await setTimeout`). The wait happens in
        // shouldRetry, which p-retry awaits only when a retry is about to start (retries left, not aborted),
        // so each retry gets exactly one wait, of exactly the length computed here.
        minTimeout: 0,
        signal: options.signal,
        shouldRetry: async ({ error, attemptNumber, retriesConsumed }) => {
          const appError = toAppError(error);
          const wait = nextWait(appError, attemptNumber, retriesConsumed, options);
          if (wait === null) return false;
          if (now() - started + wait > (options.deadlineMs ?? DEFAULTS.deadlineMs)) return false;
          options.onRetry?.(appError, attemptNumber, wait);
          await sleep(wait);
          return true;
        },
      }),
    );
  } catch (error) {
    throw toAppError(error);
  }
}

/** One attempt, failures as AppError (p-retry then sees an Error it never treats as a programming TypeError). */
async function once<T>(fn: (attempt: number) => Promise<T>, attempt = 1): Promise<T> {
  try {
    return await fn(attempt);
  } catch (error) {
    throw toAppError(error);
  }
}

/** How long to wait before the next attempt, or null when this failure is not worth another one. */
export function nextWait(error: AppError, attemptNumber: number, retriesConsumed: number, options: RetryOptions): number | null {
  if (!error.retryable) return null;
  if (options.idempotent === false && error.code !== 'rate-limited') return null;
  // A refused connection means nothing listens there: one more try, not a minute of backoff.
  if (isRefused(error) && attemptNumber >= 2) return null;
  if (error.retryAfterMs !== null) return error.retryAfterMs;
  return backoff(retriesConsumed, options);
}

/** min × 2^n, times a jitter factor in [1, 2), capped at max: the same curve p-retry draws with `randomize`. */
export function backoff(retriesConsumed: number, options: RetryOptions, random: () => number = Math.random): number {
  const min = options.minTimeoutMs ?? DEFAULTS.minTimeoutMs;
  const max = options.maxTimeoutMs ?? DEFAULTS.maxTimeoutMs;
  return Math.min(max, Math.round(min * 2 ** retriesConsumed * (1 + random())));
}

function isRefused(error: AppError): boolean {
  return error.code === 'offline' && error.providerCode === 'ECONNREFUSED';
}
