import { randomBytes } from 'node:crypto';
import { badRequest, element, forbidden, idParam, notFound, text, integerField, type HandlerContext } from '../context.js';
import { newId, type SimUser } from '../state.js';
import { ERR, SimError, type SimReply } from '../xml.js';

export function userXml(user: SimUser, withToken = false): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: user.id,
    login: user.login,
    first_name: user.first_name,
    last_name: user.last_name,
    email: user.email,
    timezone_id: user.timezone_id,
    timezone_name: user.timezone_name,
    is_in_daylight_time: user.is_in_daylight_time,
  };
  if (withToken) out.api_token = user.api_token;
  return out;
}

/** Users who share a project with the caller (the caller included). */
function visibleUserIds(ctx: HandlerContext): Set<number> {
  const projects = new Set<number>();
  for (const ua of ctx.state.userAssignments.values()) if (ua.user_id === ctx.user.id) projects.add(ua.project_id);
  const ids = new Set<number>([ctx.user.id]);
  for (const ua of ctx.state.userAssignments.values()) if (projects.has(ua.project_id)) ids.add(ua.user_id);
  return ids;
}

export function getMe(ctx: HandlerContext): SimReply {
  return { status: 200, body: { user: userXml(ctx.user, true) } };
}

export function listUsers(ctx: HandlerContext): SimReply {
  const ids = ctx.isPartner ? new Set(ctx.state.users.keys()) : visibleUserIds(ctx);
  const users = [...ctx.state.users.values()].filter((u) => ids.has(u.id)).map((u) => userXml(u));
  return { status: 200, body: { users: { user: users } } };
}

export function getUser(ctx: HandlerContext): SimReply {
  const user = ctx.state.users.get(idParam(ctx, 'uid'));
  if (!user) throw notFound(`User ${ctx.params.uid}`);
  if (!ctx.isPartner && !visibleUserIds(ctx).has(user.id)) throw forbidden(`see user ${user.id}`);
  return { status: 200, body: { user: userXml(user) } };
}

function assertUniqueLogin(ctx: HandlerContext, login: string, selfId: number): void {
  for (const user of ctx.state.users.values()) {
    if (user.id !== selfId && user.login.toLowerCase() === login.toLowerCase()) {
      throw new SimError(422, ERR.duplicateLogin, `A user of login ${login} already exists`);
    }
  }
}

/** Privileged: only the partner token may create users (seed, "partner API token"). */
export function createUser(ctx: HandlerContext): SimReply {
  if (!ctx.isPartner) throw forbidden('create users (a partner API token is required)');
  const el = element(ctx, 'user');
  const login = text(el, 'login');
  const email = text(el, 'email');
  const password = text(el, 'password');
  if (!login || !email || !password) throw badRequest('login, email and password are required');
  assertUniqueLogin(ctx, login, -1);
  const user: SimUser = {
    id: newId(ctx.state),
    login,
    email,
    password,
    first_name: text(el, 'first_name') ?? '',
    last_name: text(el, 'last_name') ?? '',
    timezone_id: integerField(el, 'timezone_id') ?? 27,
    timezone_name: 'Europe/Dublin',
    is_in_daylight_time: false,
    api_token: randomBytes(20).toString('hex'),
  };
  ctx.state.users.set(user.id, user);
  return { status: 201, body: { user: userXml(user) } };
}

export function updateUser(ctx: HandlerContext): SimReply {
  const user = ctx.state.users.get(idParam(ctx, 'uid'));
  if (!user) throw notFound(`User ${ctx.params.uid}`);
  if (!ctx.isPartner && user.id !== ctx.user.id) throw forbidden(`update user ${user.id}`);
  const el = element(ctx, 'user');
  const login = text(el, 'login');
  if (login) assertUniqueLogin(ctx, login, user.id);
  user.login = login || user.login;
  user.email = text(el, 'email') || user.email;
  user.first_name = text(el, 'first_name') ?? user.first_name;
  user.last_name = text(el, 'last_name') ?? user.last_name;
  user.password = text(el, 'password') || user.password;
  user.timezone_id = integerField(el, 'timezone_id') ?? user.timezone_id;
  return { status: 200, body: { reply: { user: userXml(user) } } };
}
