import type { Reply, SimRequest } from './reply.js';
import { archiveMember, getMember, inviteMember, listMembers, listWorkspaces, updateMember } from './handlers/members.js';
import { archiveProject, createProject, getProject, listProjects, updateProject } from './handlers/projects.js';
import { listContracts, listTimesheets, trackedHours } from './handlers/reports.js';
import {
  assignTask,
  createTask,
  deleteTask,
  getTask,
  listAssignees,
  listTasks,
  unassignTask,
  updateTask,
} from './handlers/tasks.js';
import { createTimeEntry, listTimeEntries } from './handlers/timeEntries.js';
import { currentTracker, startTracking, stopTracking } from './handlers/tracking.js';

export type Handler = (req: SimRequest) => Reply;

/** Paths are relative to /api/v2/; captures become SimRequest.params. */
export const ROUTES: [string, RegExp, Handler][] = [
  ['GET', /^workspaces$/, listWorkspaces],
  ['GET', /^members$/, listMembers],
  ['POST', /^members$/, inviteMember],
  ['GET', /^members\/(\d+)$/, getMember],
  ['PUT', /^members\/(\d+)$/, updateMember],
  ['DELETE', /^members\/(\d+)$/, archiveMember],
  ['GET', /^projects$/, listProjects],
  ['POST', /^projects$/, createProject],
  ['GET', /^projects\/(\d+)$/, getProject],
  ['PUT', /^projects\/(\d+)$/, updateProject],
  ['DELETE', /^projects\/(\d+)$/, archiveProject],
  ['GET', /^tasks$/, listTasks],
  ['POST', /^tasks$/, createTask],
  ['GET', /^tasks\/(\d+)$/, getTask],
  ['PUT', /^tasks\/(\d+)$/, updateTask],
  ['DELETE', /^tasks\/(\d+)$/, deleteTask],
  ['GET', /^tasks\/(\d+)\/assignees$/, listAssignees],
  ['POST', /^tasks\/(\d+)\/assign\/(\d+)$/, assignTask],
  ['DELETE', /^tasks\/(\d+)\/unassign\/(\d+)$/, unassignTask],
  ['GET', /^contracts$/, listContracts],
  ['GET', /^time-entries$/, listTimeEntries],
  ['POST', /^time-entries$/, createTimeEntry],
  ['POST', /^time-tracking\/start$/, startTracking],
  ['POST', /^time-tracking\/stop$/, stopTracking],
  ['GET', /^time-tracking\/current-tracker$/, currentTracker],
  ['GET', /^reports\/tracked-hours$/, trackedHours],
  ['GET', /^timesheets$/, listTimesheets],
];
