import { ADMINS, pathId, requireRole, workspaceAccess } from '../access.js';
import { FieldErrors, HttpFail, ok, okPage, type Reply, type SimRequest } from '../reply.js';
import { iso } from '../seed.js';
import { ROLES, type Role, type SimMembership, type SimState } from '../types.js';

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function workspaceJson(state: SimState, m: SimMembership): Record<string, unknown> {
  const w = state.workspaces.find((x) => x.id === m.workspace_id);
  return {
    id: m.workspace_id,
    workspace_name: w?.workspace_name ?? null,
    owner_id: w?.owner_id ?? null,
    user_id: m.user_id,
    role: m.role,
    status: m.status,
    activated_at: m.created_at,
    created_at: w?.created_at ?? null,
  };
}

/** GET /workspaces: the workspaces the token's user belongs to, with that user's id and role in each. */
export function listWorkspaces(req: SimRequest): Reply {
  const mine = req.state.memberships.filter((m) => m.user_id === req.userId && m.status === 'active');
  return okPage(
    req,
    mine.map((m) => workspaceJson(req.state, m)),
    'Workspaces retrieved successfully',
  );
}

function memberJson(state: SimState, m: SimMembership): Record<string, unknown> {
  const u = state.users.find((x) => x.id === m.user_id);
  const w = state.workspaces.find((x) => x.id === m.workspace_id);
  return {
    id: m.user_id,
    email: u?.email ?? null,
    firstname: u?.firstname ?? null,
    lastname: u?.lastname ?? null,
    avatar: null,
    current_role: m.role,
    timezone: u?.timezone ?? 'UTC',
    status: m.status,
    team_name: w?.workspace_name ?? null,
    rate: m.rate,
    rate_type: 'hourly',
    rate_status: m.rate_status,
    is_blocked: false,
    weekly_hours_limit: m.weekly_hours_limit,
    screenshots: 3,
    created_at: m.created_at,
    updated_at: m.updated_at,
    deleted_at: m.deleted_at,
  };
}

export function listMembers(req: SimRequest): Reply {
  const { workspaceId } = workspaceAccess(req);
  const email = req.query.get('email')?.toLowerCase();
  const status = req.query.get('status');
  const role = req.query.get('role');
  const rows = req.state.memberships.filter(
    (m) =>
      m.workspace_id === workspaceId &&
      (status ? m.status === status : m.status !== 'archived') &&
      (!role || m.role === role) &&
      (!email ||
        (req.state.users
          .find((u) => u.id === m.user_id)
          ?.email.toLowerCase()
          .includes(email) ??
          false)),
  );
  return okPage(
    req,
    rows.map((m) => memberJson(req.state, m)),
    'Members retrieved successfully',
  );
}

function findMember(req: SimRequest, workspaceId: number): SimMembership {
  const m = req.state.memberships.find((x) => x.workspace_id === workspaceId && x.user_id === pathId(req, 0));
  if (!m) throw new HttpFail(404, 'Member not found.');
  return m;
}

export function getMember(req: SimRequest): Reply {
  const { workspaceId } = workspaceAccess(req);
  return ok(req, memberJson(req.state, findMember(req, workspaceId)), 'Member retrieved successfully');
}

function checkMemberFields(req: SimRequest, required: boolean, errors: FieldErrors): void {
  const b = req.body;
  for (const name of ['email', 'firstname', 'lastname', 'role'] as const) {
    const value = b[name];
    if (value === undefined || value === null || value === '') {
      if (required) errors.add(name, `The ${name} field is required.`);
    } else if (typeof value !== 'string' || value.length > 255)
      errors.add(name, `The ${name} field must be a string of at most 255 characters.`);
  }
  if (typeof b.email === 'string' && b.email && !EMAIL_RE.test(b.email))
    errors.add('email', 'The email field must be a valid email address.');
  if (typeof b.role === 'string' && b.role && (!ROLES.includes(b.role as Role) || b.role === 'owner'))
    errors.add('role', 'The selected role is invalid.');
}

export function inviteMember(req: SimRequest): Reply {
  const access = workspaceAccess(req);
  requireRole(access, ADMINS);
  const errors = new FieldErrors();
  checkMemberFields(req, true, errors);
  const email = typeof req.body.email === 'string' ? req.body.email.toLowerCase() : '';
  const existing = req.state.users.find((u) => u.email.toLowerCase() === email);
  if (
    existing &&
    req.state.memberships.some(
      (m) => m.user_id === existing.id && m.workspace_id === access.workspaceId && m.status !== 'archived',
    )
  ) {
    errors.add('email', 'The email has already been taken.');
  }
  errors.throwIfAny();
  const user = existing ?? {
    id: req.state.nextId.user++,
    email,
    firstname: String(req.body.firstname),
    lastname: String(req.body.lastname),
    timezone: 'UTC',
  };
  if (!existing) req.state.users.push(user);
  const at = iso(req.now);
  req.state.memberships.push({
    workspace_id: access.workspaceId,
    user_id: user.id,
    role: req.body.role as Role,
    status: 'invited',
    rate: 0,
    rate_status: 0,
    weekly_hours_limit: null,
    created_at: at,
    updated_at: at,
    deleted_at: null,
  });
  const link = `https://webwork-tracker.com/invite/${access.workspaceId}-${user.id}`;
  return ok(req, { user_id: user.id, invitation_link: link }, 'Member invited successfully', 201);
}

export function updateMember(req: SimRequest): Reply {
  const access = workspaceAccess(req);
  requireRole(access, ADMINS);
  const m = findMember(req, access.workspaceId);
  const errors = new FieldErrors();
  checkMemberFields(req, false, errors);
  const limit = req.body.weekly_hours_limit;
  if (limit !== undefined && limit !== null && (typeof limit !== 'number' || limit < 0 || limit > 168)) {
    errors.add('weekly_hours_limit', 'The weekly hours limit field must be between 0 and 168.');
  }
  errors.throwIfAny();
  const user = req.state.users.find((u) => u.id === m.user_id);
  const b = req.body;
  if (user) {
    if (typeof b.email === 'string') user.email = b.email;
    if (typeof b.firstname === 'string') user.firstname = b.firstname;
    if (typeof b.lastname === 'string') user.lastname = b.lastname;
    if (typeof b.timezone === 'string') user.timezone = b.timezone;
  }
  if (typeof b.role === 'string' && m.role !== 'owner') m.role = b.role as Role;
  if (b.rate_status === 0 || b.rate_status === 1) m.rate_status = b.rate_status;
  if (limit !== undefined) m.weekly_hours_limit = (limit as number | null) ?? null;
  m.updated_at = iso(req.now);
  return ok(req, memberJson(req.state, m), 'Member updated successfully');
}

export function archiveMember(req: SimRequest): Reply {
  const access = workspaceAccess(req);
  requireRole(access, ADMINS);
  const m = findMember(req, access.workspaceId);
  if (m.role === 'owner') throw new HttpFail(403, 'The workspace owner cannot be archived.');
  m.status = 'archived';
  m.deleted_at = iso(req.now);
  m.updated_at = m.deleted_at;
  return ok(req, null, 'Member archived successfully');
}
