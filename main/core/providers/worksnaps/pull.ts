import { AppError } from '../../../../shared/errors.js';
import type { Logger } from '../../log.js';
import type { PullRange, PullSink } from '../types.js';
import type { WorksnapsClient } from './client.js';
import { assigneesByTask, toProject, toTask, toTimeEntry } from './mapping.js';
import { projectMembers } from './members.js';
import type { TaskAssignment, WsProject } from './schema.js';
import { boundaryRange, chunkRange, defaultRange } from './time.js';

export interface PullContext {
  client: WorksnapsClient;
  accountId: string;
  userId: string;
  log: Logger;
  now: () => Date;
}

/** A member may be refused a project's assignment list; the tasks are still worth showing. */
async function assignmentsOf(pc: PullContext, projectId: string): Promise<TaskAssignment[]> {
  try {
    return await pc.client.listTaskAssignments(projectId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'forbidden') {
      pc.log.info(`no task assignments for project ${projectId}: ${error.message}`);
      return [];
    }
    throw error;
  }
}

/** Returns the user ids assigned to any task, so members include them even where user assignments are refused. */
async function pullTasks(pc: PullContext, sink: PullSink, projects: WsProject[]): Promise<string[]> {
  const assigned = new Set<string>();
  for (const [index, project] of projects.entries()) {
    const tasks = await pc.client.listTasks(project.id);
    const assignees = assigneesByTask(await assignmentsOf(pc, project.id));
    const mapped = tasks.map((t) => toTask(pc.accountId, project.id, t, assignees.get(t.id) ?? [], pc.userId));
    for (const task of mapped) for (const id of task.assignees) assigned.add(id);
    // Lists are not paged (PROVIDERS.md 1.1): one call holds the whole project.
    sink.tasks(project.id, mapped, { index: 0, last: true });
    sink.progress('tasks', index + 1, projects.length);
  }
  return [...assigned];
}

/** The user's own time, per project, in windows of at most 30 days on 10-minute boundaries. */
async function pullTime(pc: PullContext, sink: PullSink, projects: WsProject[], range: PullRange): Promise<void> {
  const windows = chunkRange(boundaryRange(range.from, range.to));
  const total = projects.length * windows.length;
  let done = 0;
  for (const project of projects) {
    for (const window of windows) {
      try {
        const entries = await pc.client.time.listForProject(project.id, window, { userIds: [pc.userId] });
        sink.time(entries.map((e) => toTimeEntry(pc.accountId, e)));
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'forbidden')) throw error;
        pc.log.info(`no time entries for project ${project.id}: ${error.message}`);
      }
      done += 1;
      sink.progress('time', done, total);
    }
  }
}

function usableRange(range: PullRange | undefined, now: Date): PullRange {
  if (!range || !(range.from < range.to)) return defaultRange(now);
  return range;
}

export async function pullAll(pc: PullContext, sink: PullSink, range: PullRange | undefined): Promise<void> {
  sink.progress('projects', 0, 1);
  const projects = await pc.client.listProjects();
  sink.projects(projects.map((p) => toProject(pc.accountId, p)));
  sink.progress('projects', 1, 1);
  const assigned = await pullTasks(pc, sink, projects);
  sink.members(
    await projectMembers(
      pc,
      projects.map((p) => p.id),
      assigned,
    ),
  );
  await pullTime(pc, sink, projects, usableRange(range, pc.now()));
}
