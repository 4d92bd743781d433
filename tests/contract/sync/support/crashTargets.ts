import type { FaultSwitches } from '../../../simulators/common/faults.js';
import { startWebworkSimulator } from '../../../simulators/webwork/index.js';
import { startWorksectionSimulator } from '../../../simulators/worksection/index.js';
import { startWorksnapsSimulator } from '../../../simulators/worksnaps/index.js';
import { startWorkitySimulator } from '../../../simulators/workity/index.js';
import { journalWebwork, journalWorkity, journalWorksnaps, worksectionWrites, type Write } from './journals.js';

/** A simulator the crash test pushes to, with a journal of the task writes it committed. */
export interface CrashTarget {
  account: { provider: 'webwork' | 'worksection' | 'worksnaps' | 'workity'; baseUrl: string; secret: string; email?: string };
  /** False where tasks have no done state (Worksnaps): the outbox holds creates and renames only. */
  toggles: boolean;
  faults: FaultSwitches;
  requests(): number;
  /** Every task write committed since the target started, read from the simulator's own state. */
  writes(): Write[];
  close(): Promise<void>;
}

export async function crashWebwork(): Promise<CrashTarget> {
  const sim = await startWebworkSimulator({ tasksPerProject: 4, bigProjectTasks: 4, rateLimitPerMinute: 1_000_000 });
  const journal = journalWebwork(sim);
  return {
    account: { provider: 'webwork', baseUrl: sim.url, secret: sim.tokens.owner },
    toggles: true,
    faults: sim.faults,
    requests: () => sim.requests(),
    writes: () => journal,
    close: () => sim.close(),
  };
}

export async function crashWorksection(): Promise<CrashTarget> {
  const sim = await startWorksectionSimulator({ tasksPerProject: 4, quotaPerMinute: 0 });
  const since = sim.state.events.length;
  return {
    account: { provider: 'worksection', baseUrl: sim.url, secret: sim.apiKey },
    toggles: true,
    faults: sim.faults,
    requests: () => sim.requests(),
    writes: () => worksectionWrites(sim, since),
    close: () => sim.close(),
  };
}

export async function crashWorksnaps(): Promise<CrashTarget> {
  const sim = await startWorksnapsSimulator({ tasksPerProject: 4 });
  const journal = journalWorksnaps(sim);
  return {
    account: { provider: 'worksnaps', baseUrl: sim.url, secret: sim.tokens.alice },
    toggles: false,
    faults: sim.faults,
    requests: () => sim.requests(),
    writes: () => journal,
    close: () => sim.close(),
  };
}

export async function crashWorkity(): Promise<CrashTarget> {
  const sim = await startWorkitySimulator({ tasksPerProject: 4 });
  const journal = journalWorkity(sim);
  return {
    account: { provider: 'workity', baseUrl: sim.url, secret: sim.users.lenny.password, email: sim.users.lenny.email },
    toggles: true,
    faults: sim.faults,
    requests: () => sim.requests(),
    writes: () => journal,
    close: () => sim.close(),
  };
}
