import { ADMINS, requireRole, workspaceAccess, type WorkspaceAccess } from '../access.js';
import { FieldErrors, HttpFail, intField, isValidDate, ok, okPage, type Reply, type SimRequest } from '../reply.js';
import { iso, ymd } from '../seed.js';
import type { SimContract, SimTimeEntry, SimTracker } from '../types.js';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toHhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** The user a time call is about: yourself, or anyone when you are an owner/executive manager. */
function subjectUser(req: SimRequest, access: WorkspaceAccess, required: boolean): number {
  const errors = new FieldErrors();
  const userId = intField(req, 'user_id', errors, required) ?? req.userId;
  errors.throwIfAny();
  if (userId !== req.userId) requireRole(access, ADMINS);
  if (!req.state.memberships.some((m) => m.workspace_id === access.workspaceId && m.user_id === userId)) {
    throw new HttpFail(404, 'Member not found.');
  }
  return userId;
}

export function entryJson(req: SimRequest, e: SimTimeEntry): Record<string, unknown> {
  const project = req.state.projects.find((p) => p.id === e.project_id);
  const task = req.state.tasks.find((t) => t.id === e.task_id);
  const { workspace_id: _ws, ...rest } = e;
  return { ...rest, project_name: project?.name ?? null, task_title: task?.title ?? null };
}

/** GET /time-entries: one user's entries on one day (the API has no range query). */
export function listTimeEntries(req: SimRequest): Reply {
  const access = workspaceAccess(req);
  const userId = subjectUser(req, access, true);
  const date = req.query.get('date');
  if (!isValidDate(date)) throw new HttpFail(422, 'The date field is required (Y-m-d).', { date: ['The date field is required (Y-m-d).'] });
  const errors = new FieldErrors();
  const projectId = intField(req, 'project_id', errors, false);
  const taskId = intField(req, 'task_id', errors, false);
  errors.throwIfAny();
  const rows = req.state.timeEntries.filter((e) => e.workspace_id === access.workspaceId && e.user_id === userId
    && e.date === date && (projectId === null || e.project_id === projectId) && (taskId === null || e.task_id === taskId));
  return okPage(req, rows.map((e) => entryJson(req, e)), 'Time entries retrieved successfully');
}

function userContract(req: SimRequest, access: WorkspaceAccess, userId: number, contractId: number | null): SimContract {
  const contract = req.state.contracts.find((c) => c.workspace_id === access.workspaceId && c.user_id === userId
    && c.status === 'active' && (contractId === null ? !req.state.projects.find((p) => p.id === c.project_id)?.deleted_at : c.id === contractId));
  if (!contract) throw new HttpFail(422, 'The selected contract id is invalid.', { contract_id: ['The selected contract id is invalid.'] });
  return contract;
}

function checkTask(req: SimRequest, contract: SimContract, taskId: number | null): void {
  if (taskId === null) return;
  if (!req.state.tasks.some((t) => t.id === taskId && t.project_id === contract.project_id && !t.deleted_at)) {
    throw new HttpFail(422, 'The selected task id is invalid.', { task_id: ['The selected task id is invalid.'] });
  }
}

/** Longest stretch of [start, end) not covered by the user's other entries that day. */
function freeStretch(existing: SimTimeEntry[], start: number, end: number): [number, number] | null {
  let pieces: [number, number][] = [[start, end]];
  for (const e of existing) {
    const [s, f] = [toMinutes(e.start_time), toMinutes(e.end_time)];
    pieces = pieces.flatMap(([a, b]): [number, number][] => (f <= a || s >= b ? [[a, b]] : [[a, Math.min(b, s)], [Math.max(a, f), b]]))
      .filter(([a, b]) => b > a);
  }
  return pieces.sort((x, y) => (y[1] - y[0]) - (x[1] - x[0]))[0] ?? null;
}

export function createTimeEntry(req: SimRequest): Reply {
  const access = workspaceAccess(req);
  const userId = subjectUser(req, access, false);
  const b = req.body;
  const errors = new FieldErrors();
  const contractId = intField(req, 'contract_id', errors, true);
  const taskId = intField(req, 'task_id', errors, false);
  if (!isValidDate(b.date)) errors.add('date', 'The date field is required (Y-m-d).');
  for (const key of ['start_time', 'end_time'] as const) {
    if (typeof b[key] !== 'string' || !HHMM.test(b[key] as string)) errors.add(key, `The ${key.replace('_', ' ')} field must match the format H:i.`);
  }
  if (typeof b.notes === 'string' && b.notes.length > 65535) errors.add('notes', 'The notes field must not be greater than 65535 characters.');
  errors.throwIfAny();
  const [start, end] = [toMinutes(b.start_time as string), toMinutes(b.end_time as string)];
  if (end <= start) throw new HttpFail(422, 'The end time must be after the start time.', { end_time: ['The end time must be after the start time.'] });
  const contract = userContract(req, access, userId, contractId);
  checkTask(req, contract, taskId);
  const sameDay = req.state.timeEntries.filter((e) => e.user_id === userId && e.date === b.date);
  const stretch = freeStretch(sameDay, start, end);
  if (!stretch) throw new HttpFail(422, 'The time overlaps existing entries.', { start_time: ['The time overlaps existing entries.'] });
  const entry: SimTimeEntry = { id: req.state.nextId.timeEntry++, workspace_id: access.workspaceId, user_id: userId,
    contract_id: contract.id, project_id: contract.project_id, task_id: taskId, date: b.date as string,
    start_time: toHhmm(stretch[0]), end_time: toHhmm(stretch[1]), duration_minutes: stretch[1] - stretch[0],
    notes: typeof b.notes === 'string' ? b.notes : null, source: 'manual', created_at: iso(req.now) };
  req.state.timeEntries.push(entry);
  const partial = stretch[0] !== start || stretch[1] !== end;
  const message = partial ? 'Time entry created, but only part of the time was saved because it overlaps existing entries.' : 'Time entry created successfully';
  return ok(req, entryJson(req, entry), message, 201);
}

function trackerJson(req: SimRequest, t: SimTracker): Record<string, unknown> {
  const project = req.state.projects.find((p) => p.id === t.project_id);
  const task = req.state.tasks.find((x) => x.id === t.task_id);
  const elapsed = Math.max(0, Math.floor((req.now.getTime() - Date.parse(t.start_time)) / 60_000));
  return { user_id: t.user_id, is_running: true, start_time: t.start_time, contract_id: t.contract_id, project_id: t.project_id,
    project_name: project?.name ?? null, task_id: t.task_id, task_title: task?.title ?? null,
    activity_description: t.activity_description, elapsed_minutes: elapsed };
}

export function startTracking(req: SimRequest): Reply {
  const access = workspaceAccess(req);
  const userId = subjectUser(req, access, true);
  const errors = new FieldErrors();
  const contractId = intField(req, 'contract_id', errors, false);
  const taskId = intField(req, 'task_id', errors, false);
  if (taskId !== null && contractId === null) errors.add('task_id', 'The task id field requires contract id.');
  errors.throwIfAny();
  if (req.state.trackers.some((t) => t.workspace_id === access.workspaceId && t.user_id === userId)) {
    throw new HttpFail(422, 'A tracker is already running for this user.', { user_id: ['A tracker is already running for this user.'] });
  }
  const contract = userContract(req, access, userId, contractId);
  checkTask(req, contract, taskId);
  const description = typeof req.body.activity_description === 'string' ? req.body.activity_description : null;
  const tracker: SimTracker = { workspace_id: access.workspaceId, user_id: userId, contract_id: contract.id,
    project_id: contract.project_id, task_id: taskId, activity_description: description, start_time: iso(req.now) };
  req.state.trackers.push(tracker);
  return ok(req, trackerJson(req, tracker), 'Time tracking started successfully');
}

export function stopTracking(req: SimRequest): Reply {
  const access = workspaceAccess(req);
  const userId = subjectUser(req, access, true);
  const tracker = req.state.trackers.find((t) => t.workspace_id === access.workspaceId && t.user_id === userId);
  if (!tracker) throw new HttpFail(422, 'No tracker is running for this user.', { user_id: ['No tracker is running for this user.'] });
  req.state.trackers = req.state.trackers.filter((t) => t !== tracker);
  const started = new Date(tracker.start_time);
  const minutes = Math.max(0, Math.round((req.now.getTime() - started.getTime()) / 60_000));
  const startMin = started.getUTCHours() * 60 + started.getUTCMinutes();
  const entry: SimTimeEntry = { id: req.state.nextId.timeEntry++, workspace_id: access.workspaceId, user_id: userId,
    contract_id: tracker.contract_id, project_id: tracker.project_id, task_id: tracker.task_id, date: ymd(started),
    start_time: toHhmm(startMin), end_time: toHhmm(Math.min(24 * 60 - 1, startMin + minutes)), duration_minutes: minutes,
    notes: tracker.activity_description, source: 'tracker', created_at: iso(req.now) };
  req.state.timeEntries.push(entry);
  return ok(req, { ...trackerJson(req, tracker), is_running: false, end_time: iso(req.now), duration_minutes: minutes,
    time_entry_id: entry.id }, 'Time tracking stopped successfully');
}

/** GET /time-tracking/current-tracker: the path is inferred (the docs name a "get current tracker data" page only). */
export function currentTracker(req: SimRequest): Reply {
  const access = workspaceAccess(req);
  const userId = subjectUser(req, access, false);
  const tracker = req.state.trackers.find((t) => t.workspace_id === access.workspaceId && t.user_id === userId);
  return ok(req, tracker ? trackerJson(req, tracker) : null, tracker ? 'Tracker is running' : 'No tracker is running');
}

