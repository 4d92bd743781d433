import { AppError } from '../../../../shared/errors.js';
import type { Logger } from '../../log.js';
import type { PullRange, PullSink } from '../types.js';
import type { WebworkClient } from './client.js';
import { daysOf } from './dates.js';
import type { Identity } from './identity.js';
import type { WwTracker } from './schema.js';
import { toProject, toTask, toTimeEntry, toTimer } from './mapping.js';
import { taskPages } from './tasksApi.js';
import { currentTracker, listTimeEntries } from './timeApi.js';
import { listMembers, listProjects } from './workspaceApi.js';

export interface PullDeps {
  client: WebworkClient;
  identity: Identity;
  accountId: string;
  log: Logger;
  /** Time entries are read one day per request; a longer range is cut to its most recent days. */
  maxTimeDays: number;
}

/** Projects, every page of every project's tasks, the user's time entries for the range, and the running tracker. */
export async function pullWorkspace(deps: PullDeps, sink: PullSink, range: PullRange): Promise<void> {
  const { client, identity, accountId } = deps;
  const ws = identity.workspaceId;
  const members = await listMembers(client, ws);
  const names = new Map(members.map((m) => [m.id, [m.firstname, m.lastname].filter(Boolean).join(' ') || m.email || null]));
  const projects = (await listProjects(client, ws)).map((p) => toProject(p, accountId));
  sink.projects(projects);
  const active = projects.filter((p) => !p.archived);
  for (const [i, project] of active.entries()) {
    sink.progress('tasks', i, active.length);
    const scope = { workspaceId: ws, projectId: Number(project.remoteId) };
    for await (const page of taskPages(client, scope)) {
      const tasks = page.items.map((t) => toTask(t, { accountId, userId: identity.userId }));
      sink.tasks(project.remoteId, tasks, { index: page.index, last: page.last });
    }
  }
  sink.progress('tasks', active.length, active.length);
  if (identity.userId === null) {
    deps.log.warn('WebWork workspace row names no user id; time entries and tracker skipped');
    return;
  }
  await pullTime(deps, identity.userId, sink, range);
  const tracker = await runningTracker(deps, identity.userId);
  sink.timers(tracker ? [toTimer(tracker, accountId, identity.userId, names.get(identity.userId) ?? null)] : []);
}

/** The current-tracker path is inferred from the docs; a server without it simply shows no timers. */
async function runningTracker(deps: PullDeps, userId: number): Promise<WwTracker | null> {
  try {
    return await currentTracker(deps.client, deps.identity.workspaceId, userId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not-found') {
      deps.log.info('WebWork current-tracker endpoint not available; no timers shown');
      return null;
    }
    throw error;
  }
}

async function pullTime(deps: PullDeps, userId: number, sink: PullSink, range: PullRange): Promise<void> {
  const days = daysOf(range, deps.maxTimeDays);
  const entries = [];
  for (const [i, day] of days.entries()) {
    sink.progress('time', i, days.length);
    const rows = await listTimeEntries(deps.client, deps.identity.workspaceId, userId, day);
    entries.push(...rows.map((e) => toTimeEntry(e, deps.accountId)));
  }
  sink.progress('time', days.length, days.length);
  sink.time(entries);
}
