import { ADMINS, findProject, pathId, requireRole, workspaceAccess } from '../access.js';
import { FieldErrors, isValidDate, ok, okPage, type Reply, type SimRequest } from '../reply.js';
import { iso } from '../seed.js';
import type { SimProject, SimState } from '../types.js';

function projectJson(state: SimState, p: SimProject): Record<string, unknown> {
  const contracts = state.contracts.filter((c) => c.project_id === p.id);
  return {
    ...p,
    workspace_id: undefined,
    is_billable: true,
    rate: null,
    screenshots: 3,
    weekly_hours_limit: null,
    contracts_count: contracts.length,
  };
}

/** GET /projects: the workspace's active projects (archived ones are only reachable by id), optional name filter. */
export function listProjects(req: SimRequest): Reply {
  const { workspaceId } = workspaceAccess(req);
  const name = req.query.get('name')?.toLowerCase();
  const rows = req.state.projects.filter(
    (p) => p.workspace_id === workspaceId && !p.deleted_at && (!name || p.name.toLowerCase().includes(name)),
  );
  return okPage(
    req,
    rows.map((p) => projectJson(req.state, p)),
    'Projects retrieved successfully',
  );
}

export function getProject(req: SimRequest): Reply {
  const { workspaceId } = workspaceAccess(req);
  return ok(req, projectJson(req.state, findProject(req, workspaceId, pathId(req, 0))), 'Project retrieved successfully');
}

type ProjectFields = Partial<
  Pick<SimProject, 'name' | 'start_date' | 'deadline' | 'estimation' | 'budget_estimation' | 'notes' | 'icon'>
>;

function validateProject(req: SimRequest, existing: SimProject | null): ProjectFields {
  const b = req.body;
  const errors = new FieldErrors();
  const out: ProjectFields = {};
  if (typeof b.name === 'string' && b.name.length >= 1 && b.name.length <= 255) out.name = b.name;
  else if (existing === null || 'name' in b) errors.add('name', 'The name field is required and must be at most 255 characters.');
  for (const key of ['start_date', 'deadline'] as const) {
    if (!(key in b)) continue;
    if (b[key] === null || isValidDate(b[key])) out[key] = b[key];
    else errors.add(key, `The ${key.replace('_', ' ')} field must be a valid date (Y-m-d).`);
  }
  const start = 'start_date' in out ? out.start_date : existing?.start_date;
  const deadline = 'deadline' in out ? out.deadline : existing?.deadline;
  if (start && deadline && deadline < start)
    errors.add('deadline', 'The deadline field must be a date after or equal to start date.');
  for (const key of ['estimation', 'budget_estimation'] as const) {
    const raw = key === 'budget_estimation' ? (b.budget ?? b.budget_estimation) : b.estimation;
    if (raw === undefined) continue;
    if (raw === null || (typeof raw === 'number' && raw >= 0)) out[key] = raw;
    else errors.add(key === 'budget_estimation' ? 'budget' : key, `The ${key} field must be a positive number.`);
  }
  if ('notes' in b) {
    if (b.notes === null || (typeof b.notes === 'string' && b.notes.length <= 65535)) out.notes = b.notes;
    else errors.add('notes', 'The notes field must not be greater than 65535 characters.');
  }
  if (typeof b.icon === 'string' || b.icon === null) out.icon = b.icon;
  errors.throwIfAny();
  return out;
}

export function createProject(req: SimRequest): Reply {
  const access = workspaceAccess(req);
  requireRole(access, ADMINS);
  const fields = validateProject(req, null);
  const at = iso(req.now);
  const project: SimProject = {
    id: req.state.nextId.project++,
    workspace_id: access.workspaceId,
    name: fields.name ?? '',
    status: 1,
    owner_id: req.userId,
    start_date: fields.start_date ?? null,
    deadline: fields.deadline ?? null,
    estimation: fields.estimation ?? null,
    budget_estimation: fields.budget_estimation ?? null,
    notes: fields.notes ?? null,
    icon: fields.icon ?? null,
    created_at: at,
    updated_at: at,
    deleted_at: null,
  };
  req.state.projects.push(project);
  req.state.contracts.push({
    id: req.state.nextId.contract++,
    workspace_id: access.workspaceId,
    project_id: project.id,
    user_id: req.userId,
    rate: 0,
    status: 'active',
    weekly_hours_limit: null,
    screenshots: 3,
    created_at: at,
    updated_at: at,
  });
  return ok(req, projectJson(req.state, project), 'Project created successfully', 201);
}

export function updateProject(req: SimRequest): Reply {
  const access = workspaceAccess(req);
  requireRole(access, ADMINS);
  const project = findProject(req, access.workspaceId, pathId(req, 0));
  Object.assign(project, validateProject(req, project), { updated_at: iso(req.now) });
  return ok(req, projectJson(req.state, project), 'Project updated successfully');
}

export function archiveProject(req: SimRequest): Reply {
  const access = workspaceAccess(req);
  requireRole(access, ADMINS);
  const project = findProject(req, access.workspaceId, pathId(req, 0));
  project.status = 0;
  project.deleted_at = iso(req.now);
  project.updated_at = project.deleted_at;
  return ok(req, null, 'Project archived successfully');
}
