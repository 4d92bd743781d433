import { createFaults, type FaultSwitches } from '../common/faults.js';
import { listen, type RunningSimulator } from '../common/server.js';
import { createLimiter } from './rateLimit.js';
import { createRouter, type CallRecord } from './router.js';
import { seedState, WEBWORK_TOKENS } from './seed.js';
import type { SimState } from './types.js';

export { WEBWORK_TOKENS } from './seed.js';
export type { CallRecord } from './router.js';
export type { SimState as WebworkState } from './types.js';

export interface WebworkSimulatorOptions {
  port?: number;
  /** The simulator's clock for timestamps, trackers and the seed's "today". */
  now?: () => Date;
  /** Tasks in each project (default 150); "Website Redesign" gets at least 260 so paging always matters. */
  tasksPerProject?: number;
  bigProjectTasks?: number;
  /** Requests allowed per token per window (default 60, the documented per-minute limit). */
  rateLimitPerMinute?: number;
  /** Window length (default 60 000 ms); tests shorten it to keep Retry-After waits short. */
  rateLimitWindowMs?: number;
  /** Clock for the rate limiter only (default Date.now), so a frozen `now` does not freeze the window. */
  rateClock?: () => number;
}

export interface WebworkSimulator extends RunningSimulator {
  /** What an account's base URL is: origin + /api/v2. */
  url: string;
  faults: FaultSwitches;
  state: SimState;
  tokens: typeof WEBWORK_TOKENS;
  /** Every request seen, in order, with the status answered ('dropped' when the socket was cut). */
  calls: () => CallRecord[];
  /** Add a path (after /api/v2/) to answer it 404 "Endpoint not found." like a route the server lacks. */
  missingPaths: Set<string>;
}

export async function startWebworkSimulator(options: WebworkSimulatorOptions = {}): Promise<WebworkSimulator> {
  const now = options.now ?? (() => new Date());
  const tasksPerProject = options.tasksPerProject ?? 150;
  const state = seedState({
    now: now(),
    tasksPerProject,
    bigProjectTasks: options.bigProjectTasks ?? Math.max(260, tasksPerProject),
  });
  const faults = createFaults();
  const calls: CallRecord[] = [];
  const limit = createLimiter({
    perWindow: options.rateLimitPerMinute ?? 60,
    windowMs: options.rateLimitWindowMs ?? 60_000,
    clock: options.rateClock ?? Date.now,
  });
  const missingPaths = new Set<string>();
  const running = await listen(createRouter({ state, faults, now, limit, calls, missingPaths }), options.port ?? 0);
  return { ...running, url: `${running.origin}/api/v2`, faults, state, tokens: WEBWORK_TOKENS, calls: () => calls, missingPaths };
}
