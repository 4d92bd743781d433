import { badRequest, forbidden, idList, isManager, requireProject, type HandlerContext } from '../context.js';
import { THIRTY_DAYS, type SimTimeEntry } from '../state.js';
import { ERR, SimError, type SimReply } from '../xml.js';
import { entryType, timeRange } from './timeRules.js';

function taskName(ctx: HandlerContext, taskId: number): string {
  return ctx.state.tasks.get(taskId)?.name ?? 'Default Activity';
}

/** Sums minutes of entries grouped by `keyOf`, keeping the first entry of each group as its sample. */
function group<K>(entries: SimTimeEntry[], keyOf: (e: SimTimeEntry) => K): { sample: SimTimeEntry; minutes: number }[] {
  const groups = new Map<string, { sample: SimTimeEntry; minutes: number }>();
  for (const e of entries) {
    const key = JSON.stringify(keyOf(e));
    const current = groups.get(key);
    if (current) current.minutes += e.duration_in_minutes;
    else groups.set(key, { sample: e, minutes: e.duration_in_minutes });
  }
  return [...groups.values()];
}

/** GET /projects/{pid}/reports?name=time_entries|time_summary, at most 30 days. */
export function projectReport(ctx: HandlerContext): SimReply {
  const project = requireProject(ctx);
  const name = ctx.query.get('name');
  if (name !== 'time_entries' && name !== 'time_summary') throw badRequest('name must be time_entries or time_summary');
  const range = timeRange(ctx, THIRTY_DAYS);
  const userIds = idList(ctx.query.get('user_ids'));
  if (name === 'time_entries' && !userIds) throw badRequest('user_ids is required for the time_entries report');
  if (!isManager(ctx, project.id) && (!userIds || userIds.some((id) => id !== ctx.user.id))) {
    throw forbidden("report on other users' time");
  }
  const taskIds = idList(ctx.query.get('task_ids'));
  const type = entryType(ctx);
  const entries = [...ctx.state.timeEntries.values()].filter(
    (e) =>
      e.project_id === project.id &&
      e.from_timestamp >= range.from &&
      e.from_timestamp < range.to &&
      (!userIds || userIds.includes(e.user_id)) &&
      (!taskIds || taskIds.includes(e.task_id)) &&
      (!type || e.type === type),
  );
  const rows =
    name === 'time_entries'
      ? entries.map((e) => ({ ...reportRow(ctx, e, e.duration_in_minutes), user_comment: e.user_comment }))
      : group(entries, (e) => [e.user_id, e.task_id, e.type]).map((g) => reportRow(ctx, g.sample, g.minutes));
  return { status: 200, body: { time_entries: { time_entry: rows } } };
}

function reportRow(ctx: HandlerContext, e: SimTimeEntry, minutes: number): Record<string, unknown> {
  return {
    user_id: e.user_id,
    project_id: e.project_id,
    task_id: e.task_id,
    task_name: taskName(ctx, e.task_id),
    duration_in_minutes: minutes,
    time_entry_type: e.type,
  };
}

function dateParam(ctx: HandlerContext, name: string): number {
  const raw = ctx.query.get(name) ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) throw badRequest(`${name} must be YYYY-mm-dd, got "${raw}"`);
  return Date.parse(`${raw}T00:00:00Z`) / 1000;
}

/** GET /summary_reports?name=manager_report&from_date&to_date[&timezone_offset][&project_ids][&user_ids]. */
export function summaryReport(ctx: HandlerContext): SimReply {
  if (ctx.query.get('name') !== 'manager_report') throw badRequest('name must be manager_report');
  const offsetHours = Number(ctx.query.get('timezone_offset') ?? '0');
  if (!Number.isFinite(offsetHours)) throw badRequest('timezone_offset must be a number of hours');
  const shift = Math.round(offsetHours * 3600);
  const from = dateParam(ctx, 'from_date') - shift;
  const to = dateParam(ctx, 'to_date') + 86400 - shift;
  if (to <= from) throw badRequest('to_date must not be before from_date');
  if (to - from > THIRTY_DAYS)
    throw new SimError(400, ERR.rangeTooLong, 'The time range of a report cannot be more than 30 days');
  const managed = [...ctx.state.projects.keys()].filter((id) => isManager(ctx, id));
  const asked = idList(ctx.query.get('project_ids'));
  if (asked?.some((id) => !managed.includes(id))) throw forbidden('report on projects you do not manage');
  const projectIds = asked ?? managed;
  const userIds = idList(ctx.query.get('user_ids'));
  const entries = [...ctx.state.timeEntries.values()].filter(
    (e) =>
      projectIds.includes(e.project_id) &&
      e.from_timestamp >= from &&
      e.from_timestamp < to &&
      (!userIds || userIds.includes(e.user_id)),
  );
  const day = (e: SimTimeEntry): string => new Date((e.from_timestamp + shift) * 1000).toISOString().slice(0, 10);
  const rows = group(entries, (e) => [e.user_id, e.project_id, day(e), e.task_id, e.type]).map(({ sample, minutes }) => {
    const user = ctx.state.users.get(sample.user_id);
    return {
      user_id: sample.user_id,
      user_name: user ? `${user.first_name} ${user.last_name}` : '',
      project_id: sample.project_id,
      project_name: ctx.state.projects.get(sample.project_id)?.name ?? '',
      date: day(sample),
      task_id: sample.task_id,
      task_name: taskName(ctx, sample.task_id),
      type: sample.type,
      duration_in_minutes: minutes,
    };
  });
  return { status: 200, body: { summary_report: { time_entry: rows } } };
}
