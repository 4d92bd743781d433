/** Fixed-window limiter per token, like Laravel's throttle: N requests per window, then 429 until the window ends. */
export interface RateLimitOptions {
  perWindow: number;
  windowMs: number;
  clock: () => number;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds until the window resets (at least 1 when refused). */
  retryAfterSeconds: number;
}

export function createLimiter(options: RateLimitOptions): (token: string) => RateDecision {
  const windows = new Map<string, { start: number; count: number }>();
  return (token) => {
    const now = options.clock();
    let window = windows.get(token);
    if (!window || now - window.start >= options.windowMs) {
      window = { start: now, count: 0 };
      windows.set(token, window);
    }
    window.count += 1;
    const allowed = window.count <= options.perWindow;
    const retryAfterSeconds = Math.max(1, Math.ceil((window.start + options.windowMs - now) / 1000));
    return { allowed, limit: options.perWindow, remaining: Math.max(0, options.perWindow - window.count), retryAfterSeconds };
  };
}
