import { ERR, SimError } from './xml.js';
import { membership, type SimProject, type SimUser, type WorksnapsState } from './state.js';

/** Everything a handler needs about one request. */
export interface HandlerContext {
  state: WorksnapsState;
  /** The caller; the partner token maps to a user with id 0 that belongs to no project. */
  user: SimUser;
  isPartner: boolean;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown> | null;
  now: () => Date;
}

export function notFound(what: string): SimError {
  return new SimError(404, ERR.notFound, `${what} not found`);
}

export function forbidden(what: string): SimError {
  return new SimError(403, ERR.forbidden, `You are not allowed to ${what}`);
}

export function badRequest(message: string): SimError {
  return new SimError(400, ERR.badRequest, message);
}

export function idParam(ctx: HandlerContext, name: string): number {
  const value = Number(ctx.params[name]);
  if (!Number.isInteger(value)) throw notFound(`${name} ${ctx.params[name] ?? ''}`);
  return value;
}

/** The project, after checking the caller belongs to it (and manages it when `manage`). */
export function requireProject(ctx: HandlerContext, manage = false): SimProject {
  const project = ctx.state.projects.get(idParam(ctx, 'pid'));
  if (!project) throw notFound(`Project ${ctx.params.pid}`);
  const role = membership(ctx.state, project.id, ctx.user.id)?.role;
  if (!role) throw forbidden(`access project ${project.id}`);
  if (manage && role !== 'manager') throw forbidden(`manage project ${project.id}`);
  return project;
}

export function isManager(ctx: HandlerContext, projectId: number): boolean {
  return membership(ctx.state, projectId, ctx.user.id)?.role === 'manager';
}

/** The named root element of the request body, as a map of child texts. */
export function element(ctx: HandlerContext, name: string): Record<string, unknown> {
  const value = ctx.body?.[name];
  if (value === '') return {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest(`Expected a <${name}> element in the request body`);
  }
  return value as Record<string, unknown>;
}

export function text(el: Record<string, unknown>, name: string): string | undefined {
  const value = el[name];
  if (value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '#text' in value) return String(value['#text']);
  return '';
}

export function integerField(el: Record<string, unknown>, name: string): number | undefined {
  const raw = text(el, name);
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw badRequest(`${name} must be an integer, got "${raw}"`);
  return value;
}

/** `a;b;c` lists of integer ids, as the spec sends them. */
export function idList(raw: string | null | undefined): number[] | null {
  if (raw === null || raw === undefined || raw === '') return null;
  return raw.split(';').map((part) => {
    const value = Number(part);
    if (!Number.isInteger(value)) throw badRequest(`Invalid id "${part}" in list "${raw}"`);
    return value;
  });
}
