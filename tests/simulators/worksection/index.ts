import { createFaults, type FaultSwitches } from '../common/faults.js';
import { listen } from '../common/server.js';
import type { HashMode, SimUser, WorksectionState } from './data.js';
import { createRouter } from './router.js';
import { createSeedState } from './seed.js';

export interface WorksectionSimulatorOptions {
  port?: number;
  now?: () => Date;
  /** Which hash form is accepted; default the seeds' legacy md5(page + action + apikey). */
  hashMode?: HashMode;
  apiKey?: string;
  /** Requests allowed per quota window before status_code 20 "Quota exceeded"; 0 = no quota. */
  quotaPerMinute?: number;
  /** Length of the quota window (a minute unless a test shortens it). */
  quotaWindowMs?: number;
  /** Records per list reply before "Too many tasks (N max)"; default 10,000 as observed. */
  recordCap?: number;
  /** Tasks in each of the five projects, subtasks included; default 40. */
  tasksPerProject?: number;
}

export interface WorksectionSimulator {
  origin: string;
  /** What an account's base URL is: the client calls url + /api/admin/v2/?action=… */
  url: string;
  faults: FaultSwitches;
  state: WorksectionState;
  apiKey: string;
  /** The account owner, the only one who can see the API key. */
  owner: SimUser;
  requests(): number;
  close(): Promise<void>;
}

export const DEFAULT_API_KEY = 'b1946ac92492d2347c6235b4d2611184';

export async function startWorksectionSimulator(options: WorksectionSimulatorOptions = {}): Promise<WorksectionSimulator> {
  const now = options.now ?? (() => new Date());
  const state = createSeedState({
    apiKey: options.apiKey ?? DEFAULT_API_KEY,
    hashMode: options.hashMode ?? 'legacy',
    quotaPerWindow: options.quotaPerMinute ?? 600,
    quotaWindowMs: options.quotaWindowMs ?? 60_000,
    recordCap: options.recordCap ?? 10_000,
    tasksPerProject: options.tasksPerProject ?? 40,
    now: now(),
  });
  const faults = createFaults();
  const running = await listen(createRouter({ state, faults, now, clock: () => Date.now() }), options.port ?? 0);
  return {
    origin: running.origin,
    url: running.origin,
    faults,
    state,
    apiKey: state.apiKey,
    owner: state.users.find((u) => u.id === state.ownerId)!,
    requests: running.requests,
    close: () => running.close(),
  };
}

export type { HashMode, WorksectionState } from './data.js';
