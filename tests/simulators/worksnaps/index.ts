import { createFaults } from '../common/faults.js';
import { listen } from '../common/server.js';
import { seed, tokenFor } from './seed.js';
import { createHandler, type WorksnapsFaults } from './server.js';
import { createState, type SimProject, type SimUser, type WorksnapsState } from './state.js';

export type { WorksnapsFaults } from './server.js';
export type * from './state.js';

export interface WorksnapsSimulatorOptions {
  port?: number;
  now?: () => Date;
  /** Tasks seeded in each of the five projects (default 60, so 300 in all; the benchmark asks for 1,000). */
  tasksPerProject?: number;
  /** Days back that seeded time entries reach (default 21). */
  daysOfTime?: number;
}

export interface WorksnapsSimulator {
  origin: string;
  /** What a Worksnaps account's base URL is set to: the client calls `url + /api/...xml`. */
  url: string;
  faults: WorksnapsFaults;
  state: WorksnapsState;
  close(): Promise<void>;
  requests(): number;
  /** API tokens of the seeded users, and the partner token that may create users. */
  tokens: { alice: string; bob: string; carol: string; partner: string };
  users: { alice: SimUser; bob: SimUser; carol: SimUser };
  /** Seeded projects by name. */
  projects: Record<string, SimProject>;
}

export async function startWorksnapsSimulator(options: WorksnapsSimulatorOptions = {}): Promise<WorksnapsSimulator> {
  const now = options.now ?? (() => new Date());
  const state = createState(tokenFor('partner'));
  const seeded = seed(state, {
    now: now(),
    tasksPerProject: options.tasksPerProject ?? 60,
    daysOfTime: options.daysOfTime ?? 21,
  });
  const faults: WorksnapsFaults = { ...createFaults(), echoRequestNext: 0 };
  const running = await listen(createHandler(state, faults, now), options.port ?? 0);
  const user = (login: string): SimUser => {
    const found = seeded.users.get(login);
    if (!found) throw new Error(`seed lacks ${login}`);
    return found;
  };
  const users = { alice: user('alice'), bob: user('bob'), carol: user('carol') };
  return {
    origin: running.origin,
    url: running.origin,
    faults,
    state,
    close: () => running.close(),
    requests: () => running.requests(),
    tokens: { alice: users.alice.api_token, bob: users.bob.api_token, carol: users.carol.api_token, partner: state.partnerToken },
    users,
    projects: Object.fromEntries(seeded.projects.map((p) => [p.name, p])),
  };
}
