import { describe, expect, it } from 'vitest';
import { withRetry } from '../../../../main/core/net/retry.js';
import { AppError } from '../../../../shared/errors.js';

const fast = { minTimeoutMs: 1, maxTimeoutMs: 2, retries: 4 };

async function attemptsUntilGiveUp(error: AppError): Promise<number> {
  let attempts = 0;
  await expect(
    withRetry(async () => {
      attempts += 1;
      throw error;
    }, fast),
  ).rejects.toMatchObject({ code: error.code });
  return attempts;
}

describe('withRetry', () => {
  it('retries a server error with backoff until the retries run out', async () => {
    expect(await attemptsUntilGiveUp(new AppError('server', 'HTTP 502'))).toBe(5);
  });

  it('gives a refused connection one more try only', async () => {
    expect(await attemptsUntilGiveUp(new AppError('offline', 'refused', { providerCode: 'ECONNREFUSED' }))).toBe(2);
  });

  it('never retries a refusal by the server', async () => {
    expect(await attemptsUntilGiveUp(new AppError('validation', 'title too long'))).toBe(1);
  });

  it('waits as long as the server asks when it rate-limits', async () => {
    const waits: number[] = [];
    let attempts = 0;
    const value = await withRetry(
      async () => {
        attempts += 1;
        if (attempts === 1) throw new AppError('rate-limited', 'slow down', { retryAfterMs: 1234 });
        return 'ok';
      },
      { ...fast, sleep: async (ms) => void waits.push(ms) },
    );
    expect(value).toBe('ok');
    expect(waits).toEqual([1234]);
  });
});
