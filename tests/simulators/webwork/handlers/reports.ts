import { ADMINS, workspaceAccess, type WorkspaceAccess } from '../access.js';
import {
  FieldErrors,
  HttpFail,
  intField,
  isValidDate,
  meta,
  ok,
  okPage,
  paginate,
  type Reply,
  type SimRequest,
} from '../reply.js';
import { ymd } from '../seed.js';
import type { SimTimeEntry } from '../types.js';

const isAdmin = (a: WorkspaceAccess): boolean => ADMINS.includes(a.membership.role);

/** `ids=1,2` or `ids[]=1&ids[]=2`, as the docs allow both. */
function idList(req: SimRequest, name: string): number[] | null {
  const values = [...req.query.getAll(name), ...req.query.getAll(`${name}[]`)].flatMap((v) => v.split(','));
  const ids = values.map(Number).filter(Number.isInteger);
  return ids.length > 0 ? ids : null;
}

function weekOf(now: Date): [string, string] {
  const today = new Date(`${ymd(now)}T00:00:00Z`);
  const monday = new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * 86_400_000);
  return [ymd(monday), ymd(new Date(monday.getTime() + 6 * 86_400_000))];
}

function groupByUser(req: SimRequest, entries: SimTimeEntry[], withAmount: boolean): Record<string, unknown>[] {
  const users = [...new Set(entries.map((e) => e.user_id))].sort((a, b) => a - b);
  return users.map((userId) => {
    const mine = entries.filter((e) => e.user_id === userId);
    const user = req.state.users.find((u) => u.id === userId);
    const projects = [...new Set(mine.map((e) => e.contract_id))].map((contractId) => {
      const rows = mine.filter((e) => e.contract_id === contractId);
      const projectId = rows[0]?.project_id ?? 0;
      return {
        project_id: projectId,
        project_name: req.state.projects.find((p) => p.id === projectId)?.name ?? null,
        contract_id: contractId,
        total_minutes: rows.reduce((n, e) => n + e.duration_minutes, 0),
      };
    });
    const total = mine.reduce((n, e) => n + e.duration_minutes, 0);
    const rate = req.state.memberships.find((m) => m.user_id === userId)?.rate ?? 0;
    return {
      user_id: userId,
      firstname: user?.firstname ?? null,
      lastname: user?.lastname ?? null,
      total_minutes: total,
      projects,
      ...(withAmount ? { total_amount: { USD: Math.round(((total * rate) / 60) * 100) / 100 } } : {}),
    };
  });
}

/** GET /reports/tracked-hours: minutes per day, per user, per project/contract. */
export function trackedHours(req: SimRequest): Reply {
  const access = workspaceAccess(req);
  const errors = new FieldErrors();
  let userId = intField(req, 'user_id', errors, false);
  const [weekStart, weekEnd] = weekOf(req.now);
  const start = req.query.get('start_date') ?? weekStart;
  const end = req.query.get('end_date') ?? weekEnd;
  if (!isValidDate(start)) errors.add('start_date', 'The start date field must be a valid date (Y-m-d).');
  if (!isValidDate(end)) errors.add('end_date', 'The end date field must be a valid date (Y-m-d).');
  else if (end < start) errors.add('end_date', 'The end date field must be a date after or equal to start date.');
  else if (userId !== null && (Date.parse(end) - Date.parse(start)) / 86_400_000 > 31) {
    errors.add('end_date', 'The period may not be longer than 31 days.');
  }
  errors.throwIfAny();
  if (!isAdmin(access)) userId = req.userId;
  const userIds = userId !== null ? [userId] : idList(req, 'user_ids');
  const projectIds = idList(req, 'project_ids');
  const entries = req.state.timeEntries.filter(
    (e) =>
      e.workspace_id === access.workspaceId &&
      e.date >= start &&
      e.date <= end &&
      (!userIds || userIds.includes(e.user_id)) &&
      (!projectIds || projectIds.includes(e.project_id)),
  );
  const dates = [...new Set(entries.map((e) => e.date))].sort();
  const data = dates.map((date) => {
    const day = entries.filter((e) => e.date === date);
    return {
      date,
      total_minutes: day.reduce((n, e) => n + e.duration_minutes, 0),
      users: groupByUser(req, day, isAdmin(access)),
    };
  });
  return ok(req, data, 'Tracked hours report generated successfully');
}

/** GET /timesheets: weekly sheets with their daily breakdown; members see their own only. */
export function listTimesheets(req: SimRequest): Reply {
  const access = workspaceAccess(req);
  const errors = new FieldErrors();
  const userId = isAdmin(access) ? intField(req, 'user_id', errors, false) : req.userId;
  errors.throwIfAny();
  const status = req.query.get('status');
  const wanted = status === 'pending' ? 'submitted' : status;
  if (wanted && !['open', 'submitted', 'rejected', 'approved'].includes(wanted)) {
    throw new HttpFail(422, 'The selected status is invalid.', { status: ['The selected status is invalid.'] });
  }
  const [from, to, id] = [req.query.get('date_from'), req.query.get('date_to'), req.query.get('id')];
  const rows = req.state.timesheets.filter(
    (s) =>
      s.workspace_id === access.workspaceId &&
      (userId === null || s.user_id === userId) &&
      (!wanted || s.status === wanted) &&
      (!from || s.date_to >= from) &&
      (!to || s.date_from <= to) &&
      (!id || s.id === id),
  );
  rows.sort((a, b) => (req.query.get('order_by') === 'asc' ? 1 : -1) * a.date_from.localeCompare(b.date_from));
  const data = rows.map((s) => {
    const entries = req.state.timeEntries.filter(
      (e) => e.user_id === s.user_id && e.workspace_id === s.workspace_id && e.date >= s.date_from && e.date <= s.date_to,
    );
    const user = req.state.users.find((u) => u.id === s.user_id);
    const daily: Record<string, Record<string, unknown>[]> = {};
    for (const e of entries) {
      (daily[e.date] ??= []).push({
        project_id: e.project_id,
        project_name: req.state.projects.find((p) => p.id === e.project_id)?.name ?? null,
        contract_id: e.contract_id,
        total_minutes: e.duration_minutes,
      });
    }
    return {
      id: s.id,
      user_id: s.user_id,
      member: { id: s.user_id, firstname: user?.firstname, lastname: user?.lastname, email: user?.email },
      date_from: s.date_from,
      date_to: s.date_to,
      total_minutes: entries.reduce((n, e) => n + e.duration_minutes, 0),
      submitted_at: s.submitted_at,
      status: s.status,
      daily_breakdown: daily,
    };
  });
  return okPage(req, data, 'Timesheets retrieved successfully');
}

/** GET /contracts: the one list whose documented example puts `pagination` at the top level, so the simulator does too. */
export function listContracts(req: SimRequest): Reply {
  const access = workspaceAccess(req);
  const errors = new FieldErrors();
  const projectId = intField(req, 'project_id', errors, false);
  const userId = intField(req, 'user_id', errors, false);
  errors.throwIfAny();
  const status = req.query.get('status');
  const rows = req.state.contracts.filter(
    (c) =>
      c.workspace_id === access.workspaceId &&
      (projectId === null || c.project_id === projectId) &&
      (userId === null || c.user_id === userId) &&
      (!status || c.status === status),
  );
  const data = rows.map((c) => {
    const p = req.state.projects.find((x) => x.id === c.project_id);
    const u = req.state.users.find((x) => x.id === c.user_id);
    const role = req.state.memberships.find((m) => m.user_id === c.user_id && m.workspace_id === c.workspace_id)?.role ?? null;
    return {
      id: c.id,
      project_id: c.project_id,
      project_name: p?.name ?? null,
      project_icon: p?.icon ?? null,
      user_id: c.user_id,
      user_email: u?.email ?? null,
      user_firstname: u?.firstname ?? null,
      user_lastname: u?.lastname ?? null,
      user_role: role,
      contract_name: `${u?.firstname ?? ''} ${u?.lastname ?? ''} — ${p?.name ?? ''}`.trim(),
      rate: isAdmin(access) ? c.rate : null,
      rate_type: 'hourly',
      currency: 'USD',
      screenshots: c.screenshots,
      screenshots_label: `${c.screenshots} per 10 min`,
      status: c.status,
      weekly_hours_limit: c.weekly_hours_limit,
      created_at: c.created_at,
      updated_at: c.updated_at,
    };
  });
  const { rows: pageRows, pagination } = paginate(req, data);
  return { status: 200, body: { success: true, data: pageRows, pagination, meta: meta(req.now) } };
}
