import type { Input } from '../../shared/contract.js';
import type { ProviderId } from '../../shared/model.js';
import { startWebworkSimulator, type WebworkSimulator } from './webwork/index.js';
import { startWorkitySimulator, type WorkitySimulator } from './workity/index.js';
import { startWorksectionSimulator, type WorksectionSimulator } from './worksection/index.js';
import { startWorksnapsSimulator, type WorksnapsSimulator } from './worksnaps/index.js';

export interface Simulators {
  worksnaps: WorksnapsSimulator;
  worksection: WorksectionSimulator;
  workity: WorkitySimulator;
  webwork: WebworkSimulator;
  /** What accounts:add gets for each provider (the label is what tests look for in the UI). */
  accounts: Record<ProviderId, Input<'accounts:add'>>;
  /** Every secret handed to the app, to prove none leaks. */
  secrets: string[];
  close(): Promise<void>;
}

export const LABELS: Record<ProviderId, string> = {
  worksnaps: 'Studio time',
  worksection: 'Agency projects',
  workity: 'Office',
  webwork: 'Remote team',
};

export interface SimulatorSizes {
  /** Worksnaps tasks per project (five projects): how the large-cache test gets its rows. */
  worksnapsTasksPerProject?: number;
}

/** WebWork's documented 60 requests a minute would make every e2e sync wait; the rate-limit path has its own tests. */
export const WEBWORK_E2E_RATE = 100_000;

/** The four services, seeded with their sample data, each on a free loopback port. */
export async function startSimulators(sizes: SimulatorSizes = {}): Promise<Simulators> {
  const [worksnaps, worksection, workity, webwork] = await Promise.all([
    startWorksnapsSimulator(sizes.worksnapsTasksPerProject ? { tasksPerProject: sizes.worksnapsTasksPerProject } : {}),
    startWorksectionSimulator(),
    startWorkitySimulator({ pendingConflict: true }),
    startWebworkSimulator({ rateLimitPerMinute: WEBWORK_E2E_RATE }),
  ]);
  const accounts: Simulators['accounts'] = {
    worksnaps: {
      provider: 'worksnaps',
      label: LABELS.worksnaps,
      baseUrl: worksnaps.url,
      secret: worksnaps.tokens.alice,
      verify: true,
    },
    worksection: {
      provider: 'worksection',
      label: LABELS.worksection,
      baseUrl: worksection.url,
      secret: worksection.apiKey,
      verify: true,
    },
    workity: {
      provider: 'workity',
      label: LABELS.workity,
      baseUrl: workity.url,
      email: workity.users.lenny.email,
      secret: workity.users.lenny.password,
      verify: true,
    },
    webwork: { provider: 'webwork', label: LABELS.webwork, baseUrl: webwork.url, secret: webwork.tokens.owner, verify: true },
  };
  return {
    worksnaps,
    worksection,
    workity,
    webwork,
    accounts,
    secrets: Object.values(accounts).map((a) => a.secret),
    close: async () => {
      await Promise.all([worksnaps.close(), worksection.close(), workity.close(), webwork.close()]);
    },
  };
}
