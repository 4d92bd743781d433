import type { SimProject, SimTask, SimUser, WorksectionState } from './data.js';
import { parseInputDate } from './format.js';
import { ANYONE, NOONE } from './data.js';

/** A refusal in Worksection's own words: HTTP 200, status "error". */
export class SimError extends Error {
  constructor(
    readonly statusCode: number | null,
    message: string,
    readonly details?: string,
  ) {
    super(message);
  }
}

/** What a handler returns: merged into `{"status":"ok", ...}`, or a raw reply (download). */
export type HandlerResult =
  Record<string, unknown> | { raw: { status: number; headers: Record<string, string>; body: string | Buffer } };

export interface SimRequest {
  action: string;
  params: URLSearchParams;
  now: Date;
  state: WorksectionState;
}

export type Handler = (req: SimRequest) => HandlerResult;

export function param(req: SimRequest, name: string): string | null {
  const value = req.params.get(name);
  return value === null || value === '' ? null : value;
}

export function required(req: SimRequest, name: string): string {
  const value = param(req, name);
  if (value === null) throw new SimError(10, 'Field is required', name);
  return value;
}

export function extras(req: SimRequest): Set<string> {
  const set = new Set(
    (param(req, 'extra') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  if (param(req, 'show_subtasks') === '1') set.add('subtasks');
  return set;
}

/** `page` of the seeds' form: /project/PID/[TID/[SUBID/]]. */
function parsePage(req: SimRequest): string[] | null {
  const page = param(req, 'page');
  if (page === null) return null;
  const match = /^\/project\/(\d+)\/(?:(\d+)\/(?:(\d+)\/)?)?$/.exec(page);
  if (!match) throw new SimError(3, 'Page is invalid');
  return match.slice(1).filter((s): s is string => s !== undefined);
}

export function findProject(req: SimRequest, optional = false): SimProject | null {
  const page = parsePage(req);
  const id = page?.[0] ?? param(req, 'id_project');
  if (id === null) {
    if (optional) return null;
    throw new SimError(7, 'Project is required');
  }
  const project = req.state.projects.find((p) => p.id === id);
  if (!project) throw new SimError(4, 'Project is invalid');
  return project;
}

export function projectOf(req: SimRequest): SimProject {
  return findProject(req) as SimProject;
}

/** A task by `id_task`, or by page: /project/P/T/ (any task of P) or /project/P/T/S/ (S a child of T). */
export function findTask(req: SimRequest, optional = false): SimTask | null {
  const page = parsePage(req);
  if (page && page.length >= 2) return taskFromPage(req.state, page);
  const id = param(req, 'id_task');
  if (id === null) {
    if (optional) return null;
    throw new SimError(8, 'Task is required');
  }
  const task = req.state.tasks.find((t) => t.id === id);
  if (!task) throw new SimError(5, 'Task is invalid');
  return task;
}

export function taskOf(req: SimRequest): SimTask {
  return findTask(req) as SimTask;
}

function taskFromPage(state: WorksectionState, page: string[]): SimTask {
  const [projectId, taskId, subId] = page;
  if (!state.projects.some((p) => p.id === projectId)) throw new SimError(4, 'Project is invalid');
  const task = state.tasks.find((t) => t.id === taskId && t.projectId === projectId);
  if (!task) throw new SimError(5, 'Task is invalid');
  if (subId === undefined) return task;
  const sub = state.tasks.find((t) => t.id === subId && t.parentId === task.id);
  if (!sub) throw new SimError(6, 'Subtask is invalid');
  return sub;
}

/** Whether the request addressed a subtask the seeds' way (three ids in `page`). */
export function addressedAsSubtask(req: SimRequest, task: SimTask): boolean {
  const page = parsePage(req);
  return page ? page.length === 3 : task.parentId !== null;
}

export function userRef(state: WorksectionState, id: string): { id: string; email: string; name: string } {
  if (id === NOONE.id) return NOONE;
  if (id === ANYONE.id) return ANYONE;
  const user = state.users.find((u) => u.id === id);
  return user ? { id: user.id, email: user.email, name: `${user.firstName} ${user.lastName}` } : NOONE;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** A user by e-mail; ANY/NOONE map onto the pseudo users. Code 11 when the e-mail is not valid. */
export function userByEmail(state: WorksectionState, email: string): SimUser | { id: string } {
  if (email.toUpperCase() === 'NOONE') return NOONE;
  if (email.toUpperCase() === 'ANY') return ANYONE;
  const user = state.users.find((u) => u.email.toLowerCase() === email.toLowerCase());
  if (!EMAIL.test(email) || !user) throw new SimError(11, 'Invalid email', email);
  return user;
}

export function emailList(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** An input date DD.MM.YYYY as YYYY-MM-DD; '' clears (null); absent is undefined. */
export function inputDate(req: SimRequest, name: string): string | null | undefined {
  const value = req.params.get(name);
  if (value === null) return undefined;
  if (value === '') return null;
  const parsed = parseInputDate(value);
  if (!parsed) throw new SimError(11, 'Invalid date', name);
  return parsed;
}
