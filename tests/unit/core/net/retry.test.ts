import { afterEach, describe, expect, it, vi } from 'vitest';
import { backoff, withRetry, type RetryOptions } from '../../../../main/core/net/retry.js';
import { AppError } from '../../../../shared/errors.js';

/** A fake clock: sleeping moves it forward, and every wait is recorded. */
function fakeClock(): { waits: number[]; options: Pick<RetryOptions, 'sleep' | 'now'> } {
  let clock = 1_000_000;
  const waits: number[] = [];
  return {
    waits,
    options: {
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
      now: () => clock,
    },
  };
}

/** An operation that fails with the given errors in turn, then succeeds; counts its attempts. */
function failing(...errors: AppError[]): { fn: () => Promise<string>; attempts: () => number } {
  let attempts = 0;
  return {
    fn: async () => {
      const error = errors[attempts];
      attempts += 1;
      if (error) throw error;
      return 'ok';
    },
    attempts: () => attempts,
  };
}

const serverError = () => new AppError('server', 'HTTP 502', { providerCode: 502 });
const rateLimited = (ms: number) => new AppError('rate-limited', 'slow down', { providerCode: 429, retryAfterMs: ms });
const refused = () => new AppError('offline', 'refused', { providerCode: 'ECONNREFUSED' });
const always = (make: () => AppError) => Array.from({ length: 50 }, make);

afterEach(() => vi.restoreAllMocks());

describe('withRetry: the one retry policy', () => {
  it('Retry-After 3000: exactly one wait of 3000 ms and no timer of its own', async () => {
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const { waits, options } = fakeClock();
    const op = failing(rateLimited(3000));
    expect(await withRetry(op.fn, { ...options, minTimeoutMs: 500 })).toBe('ok');
    expect(waits).toEqual([3000]);
    expect(op.attempts()).toBe(2);
    // p-retry would otherwise add its own backoff on top of ours through setTimeout.
    expect(timers.mock.calls.filter(([, ms]) => (ms ?? 0) > 0)).toEqual([]);
  });

  it('a Worksection-style quota error with the provider default wait is waited out exactly too', async () => {
    const { waits, options } = fakeClock();
    const quota = new AppError('rate-limited', 'Quota exceeded', { providerCode: 20, retryAfterMs: 20_000 });
    const op = failing(quota, quota);
    expect(await withRetry(op.fn, options)).toBe('ok');
    expect(waits).toEqual([20_000, 20_000]);
  });

  it('5xx: waits grow exponentially, each within its jitter bounds', async () => {
    const { waits, options } = fakeClock();
    const op = failing(...always(serverError));
    await expect(withRetry(op.fn, { ...options, retries: 5, minTimeoutMs: 100, maxTimeoutMs: 60_000 })).rejects.toMatchObject({
      code: 'server',
    });
    expect(op.attempts()).toBe(6);
    expect(waits).toHaveLength(5);
    waits.forEach((wait, n) => {
      expect(wait).toBeGreaterThanOrEqual(100 * 2 ** n);
      expect(wait).toBeLessThanOrEqual(200 * 2 ** n);
      if (n > 0) expect(wait).toBeGreaterThan(waits[n - 1] as number);
    });
  });

  it('backoff is capped at maxTimeoutMs and its jitter spans [1, 2) of the step', () => {
    expect(backoff(0, { minTimeoutMs: 100 }, () => 0)).toBe(100);
    expect(backoff(2, { minTimeoutMs: 100 }, () => 0.5)).toBe(600);
    expect(backoff(10, { minTimeoutMs: 100, maxTimeoutMs: 5000 }, () => 0.99)).toBe(5000);
  });

  it('a refused connection gets exactly one more try', async () => {
    const { waits, options } = fakeClock();
    const op = failing(...always(refused));
    await expect(withRetry(op.fn, { ...options, retries: 10 })).rejects.toMatchObject({ providerCode: 'ECONNREFUSED' });
    expect(op.attempts()).toBe(2);
    expect(waits).toHaveLength(1);
  });

  it('stops when the next wait would pass the deadline, throwing the last error', async () => {
    const { waits, options } = fakeClock();
    const last = rateLimited(3000);
    const op = failing(rateLimited(3000), rateLimited(3000), last, rateLimited(3000));
    const error = await withRetry(op.fn, { ...options, retries: 10, deadlineMs: 7000 }).catch((e: unknown) => e);
    expect(error).toBe(last);
    expect(waits).toEqual([3000, 3000]);
    expect(op.attempts()).toBe(3);
  });

  it('a Retry-After longer than the deadline is not waited at all', async () => {
    const { waits, options } = fakeClock();
    const op = failing(rateLimited(60_000));
    await expect(withRetry(op.fn, { ...options, deadlineMs: 30_000 })).rejects.toMatchObject({ code: 'rate-limited' });
    expect(waits).toEqual([]);
    expect(op.attempts()).toBe(1);
  });

  it('never retries a refusal by the server', async () => {
    const { waits, options } = fakeClock();
    const op = failing(new AppError('validation', 'title too long'));
    await expect(withRetry(op.fn, options)).rejects.toMatchObject({ code: 'validation' });
    expect(op.attempts()).toBe(1);
    expect(waits).toEqual([]);
  });

  it('a write (idempotent: false) repeats a rate limit only, never a 5xx or a network error', async () => {
    const { waits, options } = fakeClock();
    const limited = failing(rateLimited(1000));
    expect(await withRetry(limited.fn, { ...options, idempotent: false })).toBe('ok');
    for (const error of [serverError(), new AppError('offline', 'reset', { providerCode: 'ECONNRESET' })]) {
      const op = failing(error);
      await expect(withRetry(op.fn, { ...options, idempotent: false })).rejects.toBe(error);
      expect(op.attempts()).toBe(1);
    }
    expect(waits).toEqual([1000]);
  });

  it('anything thrown comes out as an AppError, not retried', async () => {
    const { options } = fakeClock();
    const error = await withRetry(() => Promise.reject(new TypeError('x is undefined')), options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'server', retryable: false });
  });
});

describe('withRetry nested inside a running policy', () => {
  it('the inner call makes one attempt and the outer policy alone retries and waits', async () => {
    const outer = fakeClock();
    const inner = fakeClock();
    const innerOp = failing(...always(serverError));
    let outerAttempts = 0;
    const run = withRetry(
      async () => {
        outerAttempts += 1;
        return withRetry(innerOp.fn, { ...inner.options, retries: 4 });
      },
      { ...outer.options, retries: 2 },
    );
    await expect(run).rejects.toMatchObject({ code: 'server' });
    expect(outerAttempts).toBe(3);
    expect(innerOp.attempts()).toBe(3);
    expect(inner.waits).toEqual([]);
    expect(outer.waits).toHaveLength(2);
  });

  it('does not leak: a concurrent unrelated call and a later call still retry on their own', async () => {
    const clock = fakeClock();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const outer = withRetry(async () => gate.then(() => 'outer'), clock.options);
    const alone = failing(serverError(), serverError());
    const concurrent = withRetry(alone.fn, clock.options);
    expect(await concurrent).toBe('ok');
    expect(alone.attempts()).toBe(3);
    release();
    expect(await outer).toBe('outer');
    const later = failing(serverError());
    expect(await withRetry(later.fn, clock.options)).toBe('ok');
    expect(later.attempts()).toBe(2);
  });
});
