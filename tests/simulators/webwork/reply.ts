import { iso } from './seed.js';
import type { SimState } from './types.js';

/** What a handler answers; the router writes it (or drops the socket after committing it). */
export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface SimRequest {
  method: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** Captures of the matched route (ids from the path). */
  params: string[];
  userId: number;
  now: Date;
  state: SimState;
}

/** Thrown by handlers and helpers to answer with an error envelope. */
export class HttpFail extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export interface Pagination {
  current_page: number;
  per_page: number;
  total: number;
  last_page: number;
}

export function meta(now: Date, pagination?: Pagination): Record<string, unknown> {
  return { api_version: '2.0.0', timestamp: iso(now), ...(pagination ? { pagination } : {}) };
}

export function ok(req: SimRequest, data: unknown, message?: string, status = 200): Reply {
  return { status, body: { success: true, data, ...(message ? { message } : {}), meta: meta(req.now) } };
}

export function failReply(now: Date, error: HttpFail): Reply {
  const body: Record<string, unknown> = { success: false, message: error.message, meta: meta(now) };
  if (error.errors) body.errors = error.errors;
  return { status: error.status, body };
}

/** Collects Laravel-style field errors, then throws them as one 422. */
export class FieldErrors {
  private readonly errors: Record<string, string[]> = {};

  add(field: string, message: string): void {
    (this.errors[field] ??= []).push(message);
  }

  throwIfAny(): void {
    const fields = Object.keys(this.errors);
    const first = fields[0];
    if (!first) return;
    const total = Object.values(this.errors).reduce((n, list) => n + list.length, 0);
    const more = total > 1 ? ` (and ${total - 1} more error${total > 2 ? 's' : ''})` : '';
    throw new HttpFail(422, `${this.errors[first]?.[0] ?? 'Invalid data.'}${more}`, this.errors);
  }
}

/** Reads an integer from the query or the body (the real API takes workspace_id in either, depending on the call). */
export function intField(req: SimRequest, name: string, errors: FieldErrors, required = true): number | null {
  const raw = req.query.get(name) ?? req.body[name];
  if (raw === undefined || raw === null || raw === '') {
    if (required) errors.add(name, `The ${name.replace(/_/g, ' ')} field is required.`);
    return null;
  }
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value)) {
    errors.add(name, `The ${name.replace(/_/g, ' ')} field must be an integer.`);
    return null;
  }
  return value;
}

export function requireInt(req: SimRequest, name: string): number {
  const errors = new FieldErrors();
  const value = intField(req, name, errors);
  errors.throwIfAny();
  return value as number;
}

/** Applies page/per_page (per_page 1..100, default 20) to a list; 422 for values outside the documented range. */
export function paginate<T>(req: SimRequest, items: T[], defaultPerPage = 20): { rows: T[]; pagination: Pagination } {
  const errors = new FieldErrors();
  const page = intField(req, 'page', errors, false) ?? 1;
  const perPage = intField(req, 'per_page', errors, false) ?? defaultPerPage;
  if (page < 1) errors.add('page', 'The page field must be at least 1.');
  if (perPage < 1 || perPage > 100) errors.add('per_page', 'The per page field must be between 1 and 100.');
  errors.throwIfAny();
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const rows = items.slice((page - 1) * perPage, page * perPage);
  return { rows, pagination: { current_page: page, per_page: perPage, total: items.length, last_page: lastPage } };
}

/** A paged list reply; `toJson` runs on the page's rows only, so big seeds stay fast. */
export function okPage<T>(req: SimRequest, items: T[], message?: string, toJson: (item: T) => unknown = (item) => item): Reply {
  const { rows, pagination } = paginate(req, items);
  const data = rows.map(toJson);
  return { status: 200, body: { success: true, data, ...(message ? { message } : {}), meta: meta(req.now, pagination) } };
}

export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDate(value: unknown): value is string {
  return typeof value === 'string' && DATE_RE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}
