import type { Input } from '../../shared/contract.js';
import type { ProviderId } from '../../shared/model.js';
import { startWebworkSimulator, type WebworkSimulator } from '../simulators/webwork/index.js';
import { startWorkitySimulator, type WorkitySimulator } from '../simulators/workity/index.js';
import { startWorksectionSimulator, type WorksectionSimulator } from '../simulators/worksection/index.js';
import { startWorksnapsSimulator, type WorksnapsSimulator } from '../simulators/worksnaps/index.js';

export interface BenchSimulators {
  worksnaps: WorksnapsSimulator;
  worksection: WorksectionSimulator;
  workity: WorkitySimulator;
  webwork: WebworkSimulator;
  accounts: Record<ProviderId, Input<'accounts:add'>>;
  close(): Promise<void>;
}

/*
 * Sizes that give about 5,000 tasks per provider as each seeded user sees them:
 * Alice sees 4 Worksnaps projects, the Worksection key 5, Lenny 4 Workity
 * projects, the WebWork owner 3 (one of them the "big" one).
 */
const SIZES = { worksnaps: 1250, worksection: 1000, workity: 1250, webwork: 1667, webworkBig: 1666 };

/** The four simulators at benchmark size, with no quota or rate limit in the way (those have their own tests). */
export async function startBenchSimulators(): Promise<BenchSimulators> {
  const [worksnaps, worksection, workity, webwork] = await Promise.all([
    startWorksnapsSimulator({ tasksPerProject: SIZES.worksnaps }),
    startWorksectionSimulator({ tasksPerProject: SIZES.worksection, quotaPerMinute: 0 }),
    startWorkitySimulator({ tasksPerProject: SIZES.workity }),
    startWebworkSimulator({ tasksPerProject: SIZES.webwork, bigProjectTasks: SIZES.webworkBig, rateLimitPerMinute: 1_000_000 }),
  ]);
  const accounts: BenchSimulators['accounts'] = {
    worksnaps: { provider: 'worksnaps', label: 'Worksnaps', baseUrl: worksnaps.url, secret: worksnaps.tokens.alice },
    worksection: { provider: 'worksection', label: 'Worksection', baseUrl: worksection.url, secret: worksection.apiKey },
    workity: {
      provider: 'workity',
      label: 'Workity',
      baseUrl: workity.url,
      email: workity.users.lenny.email,
      secret: workity.users.lenny.password,
    },
    webwork: { provider: 'webwork', label: 'WebWork', baseUrl: webwork.url, secret: webwork.tokens.owner },
  };
  return {
    worksnaps,
    worksection,
    workity,
    webwork,
    accounts,
    close: async () => {
      await Promise.all([worksnaps.close(), worksection.close(), workity.close(), webwork.close()]);
    },
  };
}
