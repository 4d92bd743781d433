import { AppError } from '../../../../shared/errors.js';
import type { Logger } from '../../log.js';
import type { PullRange, PullSink } from '../types.js';
import type { WebworkClient } from './client.js';
import { daysOf } from './dates.js';
import type { Identity } from './identity.js';
import type { WwTracker } from './schema.js';
import { toMember, toProject, toTask, toTimeEntry, toTimer } from './mapping.js';
import { taskPages } from './tasksApi.js';
import { CURRENT_TRACKER_PATH, currentTracker, listTimeEntries } from './timeApi.js';
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
  sink.members(members.map((m) => toMember(m, accountId)));
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
  if (tracker === UNKNOWN) return;
  sink.timers(tracker ? [toTimer(tracker, accountId, identity.userId, names.get(identity.userId) ?? null)] : []);
}

const UNKNOWN = Symbol('tracker unknown');

/**
 * The seed names a "get current tracker data" operation but not its path (PROVIDERS.md §4: "path not
 * retrieved"), so CURRENT_TRACKER_PATH is inferred. A 404 there says nothing about running timers: it may be
 * our path that is wrong. An empty list would tell the user "nothing is running", which we do not know;
 * failing the pull would throw away the tasks and time just read. So the timers already shown are kept,
 * as for any data a read could not refresh, and a warning names the path.
 */
async function runningTracker(deps: PullDeps, userId: number): Promise<WwTracker | null | typeof UNKNOWN> {
  try {
    return await currentTracker(deps.client, deps.identity.workspaceId, userId);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'not-found')) throw error;
    deps.log.warn('WebWork Tracker answered 404 for the running tracker; timers are unavailable and not refreshed', {
      path: CURRENT_TRACKER_PATH,
      reason: error.message,
    });
    return UNKNOWN;
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
