import { vi } from 'vitest';
import type { Account, Conflict, NewsItem, Project, Task, WorkityItem } from '../../../shared/model.js';
import { createLogger } from '../../../main/core/log.js';
import { createWorkityAdapter, type WorkitySession } from '../../../main/core/providers/workity/index.js';
import type { FoundConflict, PullSink } from '../../../main/core/providers/types.js';
import { startWorkitySimulator, type WorkitySimulator, type WorkitySimulatorOptions } from '../../simulators/workity/index.js';
import type { SeedUserName } from '../../simulators/workity/seed.js';

export const adapter = createWorkityAdapter({ retry: { retries: 2, minTimeoutMs: 5, maxTimeoutMs: 20 } });

/** A clock both the simulator and the client read, so tests can let an hour pass. */
export function testClock(start = '2024-05-01T09:00:00Z') {
  let ms = Date.parse(start);
  return { now: () => new Date(ms), advance: (minutes: number) => void (ms += minutes * 60_000) };
}

export async function startSim(options: WorkitySimulatorOptions = {}) {
  const clock = testClock();
  const sim = await startWorkitySimulator({ tasksPerProject: 6, now: clock.now, ...options });
  return { sim, clock };
}

export function accountFor(sim: WorkitySimulator, user: SeedUserName): Account {
  return {
    id: `acc-${user}`,
    provider: 'workity',
    label: `${user} at Workity`,
    baseUrl: sim.url,
    settings: { email: sim.users[user].email },
    createdAt: '2024-05-01T08:00:00Z',
  };
}

export function connect(
  sim: WorkitySimulator,
  user: SeedUserName,
  now: () => Date,
  secret?: string,
  timeoutMs = 2000,
): WorkitySession {
  return adapter.connect({
    account: accountFor(sim, user),
    secret: secret ?? sim.users[user].password,
    now,
    log: createLogger('test'),
    timeoutMs,
    saveSettings: vi.fn(),
  }) as WorkitySession;
}

export interface CollectedPull {
  projects: Project[];
  tasks: Map<string, Task[]>;
  items: Map<string, WorkityItem[]>;
  news: NewsItem[];
  conflicts: FoundConflict[];
  sink: PullSink;
}

export function collectingSink(): CollectedPull {
  const out: CollectedPull = {
    projects: [],
    tasks: new Map(),
    items: new Map(),
    news: [],
    conflicts: [],
    sink: undefined as unknown as PullSink,
  };
  out.sink = {
    projects: (p) => void out.projects.push(...p),
    tasks: (projectId, tasks) => void out.tasks.set(projectId, [...(out.tasks.get(projectId) ?? []), ...tasks]),
    items: (projectId, items) => void out.items.set(projectId, [...(out.items.get(projectId) ?? []), ...items]),
    news: (n) => void out.news.push(...n),
    time: () => undefined,
    timers: () => undefined,
    conflicts: (c) => void out.conflicts.push(...c),
    members: () => undefined,
    progress: () => undefined,
  };
  return out;
}

/** A FoundConflict (or draft) as the cache would hand it back for resolution. */
export function asConflict(found: Omit<FoundConflict, 'key'> & { key?: string }, accountId: string): Conflict {
  return {
    id: 'c-1',
    accountId,
    key: found.key ?? 'k',
    kind: found.kind,
    title: found.title,
    fields: found.fields,
    serverItems: found.serverItems,
    foundAt: '2024-05-01T09:00:00Z',
    resolvedAt: null,
  };
}

export const GUEST_LIST_NOTE = '1001';
export const BIRTHDAY_PROJECT = 11;
