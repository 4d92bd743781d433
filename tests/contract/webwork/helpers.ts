import { vi } from 'vitest';
import type { Account, Project, Task, TimeEntry, Timer } from '../../../shared/model.js';
import { createLogger } from '../../../main/core/log.js';
import { createWebworkAdapter } from '../../../main/core/providers/webwork/index.js';
import type { WebworkSession } from '../../../main/core/providers/webwork/session.js';
import type { ProviderContext, PullSink } from '../../../main/core/providers/types.js';
import { startWebworkSimulator, type WebworkSimulator, type WebworkSimulatorOptions } from '../../simulators/webwork/index.js';

export interface Harness {
  sim: WebworkSimulator;
  session: WebworkSession;
  ctx: ProviderContext;
  saveSettings: ReturnType<typeof vi.fn>;
}

export interface HarnessOptions extends WebworkSimulatorOptions {
  token?: 'owner' | 'manager' | 'member' | 'stranger';
  secret?: string;
  workspace?: string;
  maxTimeDays?: number;
}

/** A simulator on a free port and a session of the real adapter against it, with fast retries. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const sim = await startWebworkSimulator(options);
  const account: Account = {
    id: 'ww1',
    provider: 'webwork',
    label: 'Acme',
    baseUrl: sim.url,
    settings: options.workspace ? { workspace: options.workspace } : {},
    createdAt: new Date().toISOString(),
  };
  const saveSettings = vi.fn();
  const ctx: ProviderContext = {
    account,
    secret: options.secret ?? sim.tokens[options.token ?? 'owner'],
    now: () => new Date(),
    log: createLogger('test'),
    timeoutMs: 2000,
    saveSettings,
  };
  const adapter = createWebworkAdapter({
    retry: { retries: 3, minTimeoutMs: 5, maxTimeoutMs: 20 },
    maxTimeDays: options.maxTimeDays,
  });
  const session = adapter.connect(ctx) as WebworkSession;
  return { sim, session, ctx, saveSettings };
}

export interface Recorded {
  projects: Project[];
  pages: { projectRemoteId: string; tasks: Task[]; index: number; last: boolean }[];
  time: TimeEntry[];
  timers: Timer[];
}

export function recordingSink(): { sink: PullSink; got: Recorded } {
  const got: Recorded = { projects: [], pages: [], time: [], timers: [] };
  const sink: PullSink = {
    projects: (p) => got.projects.push(...p),
    tasks: (projectRemoteId, tasks, page) => got.pages.push({ projectRemoteId, tasks, ...page }),
    items: () => undefined,
    news: () => undefined,
    time: (entries) => got.time.push(...entries),
    timers: (timers) => got.timers.push(...timers),
    conflicts: () => undefined,
    members: () => undefined,
    progress: () => undefined,
  };
  return { sink, got };
}

export function tasksOf(got: Recorded, projectRemoteId: string): Task[] {
  return got.pages.filter((p) => p.projectRemoteId === projectRemoteId).flatMap((p) => p.tasks);
}

export const lastDays = (days: number): { from: Date; to: Date } => ({
  from: new Date(Date.now() - days * 86_400_000),
  to: new Date(),
});

/** Catches the AppError a promise rejects with. */
export async function failure(promise: Promise<unknown>): Promise<import('../../../shared/errors.js').AppError> {
  try {
    await promise;
  } catch (error) {
    return error as import('../../../shared/errors.js').AppError;
  }
  throw new Error('expected a failure');
}
