import { vi } from 'vitest';
import type { Project, Task, TimeEntry, Timer } from '../../../shared/model.js';
import { createLogger } from '../../../main/core/log.js';
import { createWorksectionAdapter, type WorksectionSession } from '../../../main/core/providers/worksection/index.js';
import type { ProviderContext, PullSink } from '../../../main/core/providers/types.js';
import {
  startWorksectionSimulator,
  type WorksectionSimulator,
  type WorksectionSimulatorOptions,
} from '../../simulators/worksection/index.js';

/** Short waits so fault and quota tests stay fast. */
export const adapter = createWorksectionAdapter({ retry: { retries: 4, minTimeoutMs: 5, maxTimeoutMs: 20 }, quotaWaitMs: 30 });

export interface Harness {
  sim: WorksectionSimulator;
  ctx: ProviderContext;
  session: WorksectionSession;
  saveSettings: ReturnType<typeof vi.fn>;
}

export async function startHarness(
  options: WorksectionSimulatorOptions = {},
  settings: Record<string, unknown> = {},
  secret?: string,
): Promise<Harness> {
  const sim = await startWorksectionSimulator({ quotaPerMinute: 0, tasksPerProject: 12, ...options });
  const saveSettings = vi.fn();
  const ctx: ProviderContext = {
    account: {
      id: 'acc1',
      provider: 'worksection',
      label: 'Acme',
      baseUrl: sim.url,
      settings,
      createdAt: '2024-01-01T00:00:00Z',
    },
    secret: secret ?? sim.apiKey,
    now: () => new Date(),
    log: createLogger('test'),
    timeoutMs: 2000,
    saveSettings,
  };
  return { sim, ctx, saveSettings, session: adapter.connect(ctx) as WorksectionSession };
}

/** A session whose account already remembers the hash form the server accepts. */
export function reconnect(h: Harness, settings: Record<string, unknown>): WorksectionSession {
  h.ctx = { ...h.ctx, account: { ...h.ctx.account, settings } };
  return adapter.connect(h.ctx) as WorksectionSession;
}

export interface Collected {
  projects: Project[];
  tasks: Map<string, Task[]>;
  pages: { project: string; last: boolean }[];
  time: TimeEntry[];
  timers: Timer[];
}

export function collectingSink(): PullSink & { got: Collected } {
  const got: Collected = { projects: [], tasks: new Map(), pages: [], time: [], timers: [] };
  return {
    got,
    projects: (p) => got.projects.push(...p),
    tasks: (project, tasks, page) => {
      got.tasks.set(project, [...(got.tasks.get(project) ?? []), ...tasks]);
      got.pages.push({ project, last: page.last });
    },
    items: () => undefined,
    news: () => undefined,
    time: (e) => got.time.push(...e),
    timers: (t) => got.timers.push(...t),
    conflicts: () => undefined,
    members: () => undefined,
    progress: () => undefined,
  };
}

export const RANGE = { from: new Date(Date.now() - 30 * 86_400_000), to: new Date(Date.now() + 86_400_000) };

/** The actions the server handled, in order (rejected requests are not in it). */
export function handledActions(sim: WorksectionSimulator): string[] {
  return sim.state.handled.map((h) => h.action);
}
