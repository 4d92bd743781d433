import { AppError } from '../../../../shared/errors.js';
import type { Project } from '../../../../shared/model.js';
import type { Logger } from '../../log.js';
import type { PullRange, PullSink } from '../types.js';
import type { WorksectionApi } from './api.js';
import { flattenTasks, inputDateOf, toCostEntry, toMember, toProject, toTimer, type MapContext } from './mapping.js';
import type { WireTask } from './schema.js';

/** The 10,000-record cap answers without a status_code; this is how it is told apart. */
function isRecordCap(error: unknown): boolean {
  return error instanceof AppError && error.providerCode === null && /too many/i.test(error.providerMessage ?? '');
}

/**
 * One project's tasks with subtasks. Past the record cap, the active tasks
 * alone are fetched: closed ones matter least and this keeps the sync going.
 */
async function projectTasks(api: WorksectionApi, projectId: string, log: Logger): Promise<WireTask[]> {
  try {
    return await api.tasks(projectId);
  } catch (error) {
    if (!isRecordCap(error)) throw error;
    log.warn('Project holds more tasks than one reply may carry; syncing its open tasks only', { projectId });
    return api.tasks(projectId, true);
  }
}

async function allProjects(api: WorksectionApi, accountId: string): Promise<Project[]> {
  const current = await api.projects();
  const archived = await api.projects('archive');
  return [...current.map((p) => toProject(accountId, p, false)), ...archived.map((p) => toProject(accountId, p, true))];
}

/** Projects (active, pending, archived), every task with two levels of subtasks, costs in range, running timers. */
export async function pullAll(
  api: WorksectionApi,
  ctx: MapContext,
  sink: PullSink,
  range: PullRange,
  log: Logger,
): Promise<void> {
  sink.progress('projects', 0, 1);
  const projects = await allProjects(api, ctx.accountId);
  sink.projects(projects);
  sink.progress('projects', 1, 1);
  sink.members((await api.users()).flatMap((u) => toMember(ctx.accountId, u) ?? []));
  for (const [index, project] of projects.entries()) {
    sink.progress('tasks', index, projects.length);
    const wires = await projectTasks(api, project.remoteId, log);
    sink.tasks(project.remoteId, flattenTasks(ctx, wires, project.remoteId), { index: 0, last: true });
  }
  sink.progress('tasks', projects.length, projects.length);
  sink.progress('costs', 0, 1);
  const costs = await api.costs({ from: inputDateOf(range.from), to: inputDateOf(range.to) });
  sink.time(costs.rows.map((row) => toCostEntry(ctx.accountId, row)));
  sink.progress('costs', 1, 1);
  sink.progress('timers', 0, 1);
  sink.timers((await api.timers()).map((timer) => toTimer(ctx.accountId, timer)));
  sink.progress('timers', 1, 1);
}
