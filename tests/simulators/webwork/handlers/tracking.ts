import { workspaceAccess } from '../access.js';
import { FieldErrors, HttpFail, intField, ok, type Reply, type SimRequest } from '../reply.js';
import { iso, ymd } from '../seed.js';
import type { SimTimeEntry, SimTracker } from '../types.js';
import { checkTask, subjectUser, toHhmm, userContract } from './timeShared.js';

function trackerJson(req: SimRequest, t: SimTracker): Record<string, unknown> {
  const project = req.state.projects.find((p) => p.id === t.project_id);
  const task = req.state.tasks.find((x) => x.id === t.task_id);
  const elapsed = Math.max(0, Math.floor((req.now.getTime() - Date.parse(t.start_time)) / 60_000));
  return {
    user_id: t.user_id,
    is_running: true,
    start_time: t.start_time,
    contract_id: t.contract_id,
    project_id: t.project_id,
    project_name: project?.name ?? null,
    task_id: t.task_id,
    task_title: task?.title ?? null,
    activity_description: t.activity_description,
    elapsed_minutes: elapsed,
  };
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
    throw new HttpFail(422, 'A tracker is already running for this user.', {
      user_id: ['A tracker is already running for this user.'],
    });
  }
  const contract = userContract(req, access, userId, contractId);
  checkTask(req, contract, taskId);
  const description = typeof req.body.activity_description === 'string' ? req.body.activity_description : null;
  const tracker: SimTracker = {
    workspace_id: access.workspaceId,
    user_id: userId,
    contract_id: contract.id,
    project_id: contract.project_id,
    task_id: taskId,
    activity_description: description,
    start_time: iso(req.now),
  };
  req.state.trackers.push(tracker);
  return ok(req, trackerJson(req, tracker), 'Time tracking started successfully');
}

export function stopTracking(req: SimRequest): Reply {
  const access = workspaceAccess(req);
  const userId = subjectUser(req, access, true);
  const tracker = req.state.trackers.find((t) => t.workspace_id === access.workspaceId && t.user_id === userId);
  if (!tracker)
    throw new HttpFail(422, 'No tracker is running for this user.', { user_id: ['No tracker is running for this user.'] });
  req.state.trackers = req.state.trackers.filter((t) => t !== tracker);
  const started = new Date(tracker.start_time);
  const minutes = Math.max(0, Math.round((req.now.getTime() - started.getTime()) / 60_000));
  const startMin = started.getUTCHours() * 60 + started.getUTCMinutes();
  const entry: SimTimeEntry = {
    id: req.state.nextId.timeEntry++,
    workspace_id: access.workspaceId,
    user_id: userId,
    contract_id: tracker.contract_id,
    project_id: tracker.project_id,
    task_id: tracker.task_id,
    date: ymd(started),
    start_time: toHhmm(startMin),
    end_time: toHhmm(Math.min(24 * 60 - 1, startMin + minutes)),
    duration_minutes: minutes,
    notes: tracker.activity_description,
    source: 'tracker',
    created_at: iso(req.now),
  };
  req.state.timeEntries.push(entry);
  return ok(
    req,
    {
      ...trackerJson(req, tracker),
      is_running: false,
      end_time: iso(req.now),
      duration_minutes: minutes,
      time_entry_id: entry.id,
    },
    'Time tracking stopped successfully',
  );
}

/** GET /time-tracking/current-tracker: the path is inferred (the docs name a "get current tracker data" page only). */
export function currentTracker(req: SimRequest): Reply {
  const access = workspaceAccess(req);
  const userId = subjectUser(req, access, false);
  const tracker = req.state.trackers.find((t) => t.workspace_id === access.workspaceId && t.user_id === userId);
  return ok(req, tracker ? trackerJson(req, tracker) : null, tracker ? 'Tracker is running' : 'No tracker is running');
}
