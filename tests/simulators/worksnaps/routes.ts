import type { HandlerContext } from './context.js';
import * as a from './handlers/assignments.js';
import * as p from './handlers/projects.js';
import * as r from './handlers/reports.js';
import * as t from './handlers/tasks.js';
import * as te from './handlers/timeEntries.js';
import * as u from './handlers/users.js';
import type { SimReply } from './xml.js';

type Handler = (ctx: HandlerContext) => SimReply;

interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

const P = `/api/projects/(?<pid>\\d+)`;

/** Every path of PROVIDERS.md 1.4, with named groups for the ids. */
const TABLE: [string, string, Handler][] = [
  ['GET', '/api/me\\.xml', u.getMe],
  ['GET', '/api/users\\.xml', u.listUsers],
  ['POST', '/api/users\\.xml', u.createUser],
  ['GET', '/api/users/(?<uid>\\d+)\\.xml', u.getUser],
  ['PUT', '/api/users/(?<uid>\\d+)\\.xml', u.updateUser],
  ['GET', '/api/projects\\.xml', p.listProjects],
  ['POST', '/api/projects\\.xml', p.createProject],
  ['GET', `${P}\\.xml`, p.getProject],
  ['PUT', `${P}\\.xml`, p.updateProject],
  ['DELETE', `${P}\\.xml`, p.deleteProject],
  ['GET', `${P}/tasks\\.xml`, t.listTasks],
  ['POST', `${P}/tasks\\.xml`, t.createTask],
  ['GET', `${P}/tasks/(?<tid>\\d+)\\.xml`, t.getTask],
  ['PUT', `${P}/tasks/(?<tid>\\d+)\\.xml`, t.updateTask],
  ['DELETE', `${P}/tasks/(?<tid>\\d+)\\.xml`, t.deleteTask],
  ['GET', `${P}/task_assignments\\.xml`, a.listTaskAssignments],
  ['POST', `${P}/task_assignments\\.xml`, a.createTaskAssignment],
  ['DELETE', `${P}/task_assignments\\.xml`, a.deleteTaskAssignment],
  ['GET', `${P}/task_assignments/(?<id>\\d+)\\.xml`, a.getTaskAssignment],
  ['DELETE', `${P}/task_assignments/(?<id>\\d+)\\.xml`, a.deleteTaskAssignment],
  ['GET', `${P}/user_assignments\\.xml`, a.listUserAssignments],
  ['POST', `${P}/user_assignments\\.xml`, a.createUserAssignment],
  ['GET', `${P}/user_assignments/(?<id>\\d+)\\.xml`, a.getUserAssignment],
  ['PUT', `${P}/user_assignments/(?<id>\\d+)\\.xml`, a.updateUserAssignment],
  ['DELETE', `${P}/user_assignments/(?<id>\\d+)\\.xml`, a.deleteUserAssignment],
  ['GET', `${P}/time_entries\\.xml`, te.listProjectTimeEntries],
  ['POST', `${P}/time_entries\\.xml`, te.addOwnOfflineTime],
  ['GET', `${P}/time_entries/(?<teids>[\\d;]+)\\.xml`, te.getTimeEntry],
  ['PUT', `${P}/time_entries/(?<teids>[\\d;]+)\\.xml`, te.updateTimeEntries],
  ['DELETE', `${P}/time_entries/(?<teids>[\\d;]+)\\.xml`, te.deleteTimeEntries],
  ['GET', `${P}/users/(?<uid>\\d+)/time_entries\\.xml`, te.listUserTimeEntries],
  ['POST', `${P}/users/(?<uid>\\d+)/time_entries\\.xml`, te.addOfflineTimeForUser],
  // The spec writes these two without `.xml`; clients also add it.
  ['GET', `${P}/reports(?:\\.xml)?`, r.projectReport],
  ['GET', '/api/summary_reports(?:\\.xml)?', r.summaryReport],
];

const ROUTES: Route[] = TABLE.map(([method, path, handler]) => ({ method, pattern: new RegExp(`^${path}$`), handler }));

export type RouteMatch = { handler: Handler; params: Record<string, string> } | { methodNotAllowed: boolean };

export function matchRoute(method: string, pathname: string): RouteMatch {
  let pathKnown = false;
  for (const route of ROUTES) {
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    pathKnown = true;
    if (route.method === method) return { handler: route.handler, params: { ...(match.groups ?? {}) } };
  }
  return { methodNotAllowed: pathKnown };
}
