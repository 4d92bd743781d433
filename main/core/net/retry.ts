import pRetry, { AbortError } from 'p-retry';
import { AppError, toAppError } from '../../../shared/errors.js';

export interface RetryOptions {
  retries?: number;
  minTimeoutMs?: number;
  maxTimeoutMs?: number;
  signal?: AbortSignal;
  /** Called before each wait, e.g. to report "retrying in 2 s". */
  onRetry?: (error: AppError, attempt: number) => void;
  /** Waits are done through this, so tests can run them on a fake clock. */
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn` again after retryable failures (network, 5xx, rate limits) with
 * exponential backoff and jitter; a server's Retry-After wins over the backoff.
 * Non-retryable AppErrors are thrown at once.
 */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const sleep = options.sleep ?? defaultSleep;
  try {
    return await pRetry(
      async (attempt) => {
        try {
          return await fn(attempt);
        } catch (error) {
          const appError = toAppError(error);
          if (!appError.retryable) throw new AbortError(appError);
          throw appError;
        }
      },
      {
        retries: options.retries ?? 4,
        factor: 2,
        minTimeout: options.minTimeoutMs ?? 250,
        maxTimeout: options.maxTimeoutMs ?? 10_000,
        randomize: true,
        signal: options.signal,
        // A refused connection means nothing listens there: one more try, not a minute of backoff.
        shouldRetry: ({ error, attemptNumber }) => !(isRefused(toAppError(error)) && attemptNumber >= 2),
        onFailedAttempt: async ({ error, attemptNumber }) => {
          const appError = toAppError(error);
          options.onRetry?.(appError, attemptNumber);
          if (appError.retryAfterMs) await sleep(appError.retryAfterMs);
        },
      },
    );
  } catch (error) {
    const inner = error instanceof AbortError ? (error.cause ?? error) : error;
    throw toAppError(inner);
  }
}

function isRefused(error: AppError): boolean {
  return error.code === 'offline' && error.providerCode === 'ECONNREFUSED';
}
