import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { coalesce } from '../../../renderer/store/debounce.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

it('runs a lone call at once and nothing after it', () => {
  const fn = vi.fn();
  const run = coalesce(fn, 100);
  run();
  expect(fn).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(500);
  expect(fn).toHaveBeenCalledTimes(1);
});

it('folds a burst into the first call and one more at the end of the window', () => {
  const fn = vi.fn();
  const run = coalesce(fn, 100);
  for (let i = 0; i < 50; i += 1) run();
  expect(fn).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(100);
  expect(fn).toHaveBeenCalledTimes(2);
  vi.advanceTimersByTime(500);
  expect(fn).toHaveBeenCalledTimes(2);
});

it('a burst longer than the window runs once per window, and a call after quiet runs at once again', () => {
  const fn = vi.fn();
  const run = coalesce(fn, 100);
  for (let t = 0; t < 350; t += 10) {
    run();
    vi.advanceTimersByTime(10);
  }
  // At 0, then at 100, 200 and 300 for the calls that came in between.
  expect(fn).toHaveBeenCalledTimes(4);
  vi.advanceTimersByTime(200);
  expect(fn).toHaveBeenCalledTimes(5);
  vi.advanceTimersByTime(1_000);
  run();
  expect(fn).toHaveBeenCalledTimes(6);
});
