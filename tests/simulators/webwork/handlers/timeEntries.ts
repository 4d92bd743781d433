import { workspaceAccess } from '../access.js';
import { FieldErrors, HttpFail, intField, isValidDate, ok, okPage, type Reply, type SimRequest } from '../reply.js';
import { iso } from '../seed.js';
import type { SimTimeEntry } from '../types.js';
import { checkTask, HHMM, subjectUser, toHhmm, toMinutes, userContract } from './timeShared.js';

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
  if (!isValidDate(date))
    throw new HttpFail(422, 'The date field is required (Y-m-d).', { date: ['The date field is required (Y-m-d).'] });
  const errors = new FieldErrors();
  const projectId = intField(req, 'project_id', errors, false);
  const taskId = intField(req, 'task_id', errors, false);
  errors.throwIfAny();
  const rows = req.state.timeEntries.filter(
    (e) =>
      e.workspace_id === access.workspaceId &&
      e.user_id === userId &&
      e.date === date &&
      (projectId === null || e.project_id === projectId) &&
      (taskId === null || e.task_id === taskId),
  );
  return okPage(
    req,
    rows.map((e) => entryJson(req, e)),
    'Time entries retrieved successfully',
  );
}

/** Longest stretch of [start, end) not covered by the user's other entries that day. */
function freeStretch(existing: SimTimeEntry[], start: number, end: number): [number, number] | null {
  let pieces: [number, number][] = [[start, end]];
  for (const e of existing) {
    const [s, f] = [toMinutes(e.start_time), toMinutes(e.end_time)];
    pieces = pieces
      .flatMap(([a, b]): [number, number][] =>
        f <= a || s >= b
          ? [[a, b]]
          : [
              [a, Math.min(b, s)],
              [Math.max(a, f), b],
            ],
      )
      .filter(([a, b]) => b > a);
  }
  return pieces.sort((x, y) => y[1] - y[0] - (x[1] - x[0]))[0] ?? null;
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
    if (typeof b[key] !== 'string' || !HHMM.test(b[key]))
      errors.add(key, `The ${key.replace('_', ' ')} field must match the format H:i.`);
  }
  if (typeof b.notes === 'string' && b.notes.length > 65535)
    errors.add('notes', 'The notes field must not be greater than 65535 characters.');
  errors.throwIfAny();
  const [start, end] = [toMinutes(b.start_time as string), toMinutes(b.end_time as string)];
  if (end <= start)
    throw new HttpFail(422, 'The end time must be after the start time.', {
      end_time: ['The end time must be after the start time.'],
    });
  const contract = userContract(req, access, userId, contractId);
  checkTask(req, contract, taskId);
  const sameDay = req.state.timeEntries.filter((e) => e.user_id === userId && e.date === b.date);
  const stretch = freeStretch(sameDay, start, end);
  if (!stretch)
    throw new HttpFail(422, 'The time overlaps existing entries.', { start_time: ['The time overlaps existing entries.'] });
  const entry: SimTimeEntry = {
    id: req.state.nextId.timeEntry++,
    workspace_id: access.workspaceId,
    user_id: userId,
    contract_id: contract.id,
    project_id: contract.project_id,
    task_id: taskId,
    date: b.date as string,
    start_time: toHhmm(stretch[0]),
    end_time: toHhmm(stretch[1]),
    duration_minutes: stretch[1] - stretch[0],
    notes: typeof b.notes === 'string' ? b.notes : null,
    source: 'manual',
    created_at: iso(req.now),
  };
  req.state.timeEntries.push(entry);
  const partial = stretch[0] !== start || stretch[1] !== end;
  const message = partial
    ? 'Time entry created, but only part of the time was saved because it overlaps existing entries.'
    : 'Time entry created successfully';
  return ok(req, entryJson(req, entry), message, 201);
}
