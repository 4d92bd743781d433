import type { IncomingMessage, ServerResponse } from 'node:http';
import { dropConnection, preHandleFault, readBody, takeCommitDrop, type FaultSwitches } from '../common/faults.js';
import type { RateDecision } from './rateLimit.js';
import { failReply, HttpFail, meta, type Reply, type SimRequest } from './reply.js';
import { ROUTES } from './routes.js';
import type { SimState } from './types.js';

export interface CallRecord {
  method: string;
  path: string;
  status: number | 'dropped';
}

export interface RouterDeps {
  state: SimState;
  faults: FaultSwitches;
  now: () => Date;
  limit: (token: string) => RateDecision;
  calls: CallRecord[];
  /** Paths (after /api/v2/) answered as if no such route existed, e.g. a server without our guessed endpoint. */
  missingPaths: Set<string>;
}

const PREFIX = '/api/v2/';
/** What a cut-off reply looks like: valid JSON start, no end. */
const TRUNCATED = '{"success":true,"data":[{"id":501,"title":"Fix login fo';

function send(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
  res.end(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
}

function errorReply(now: Date, status: number, message: string, headers?: Record<string, string>): Reply {
  return { ...failReply(now, new HttpFail(status, message)), headers };
}

export function createRouter(deps: RouterDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://simulator');
    const method = req.method ?? 'GET';
    const record: CallRecord = { method, path: url.pathname, status: 'dropped' };
    deps.calls.push(record);
    const fault = await preHandleFault(deps.faults);
    const now = deps.now();
    if (fault === 'drop') return dropConnection(req, res);
    const reply =
      fault === 'server-error'
        ? errorReply(now, 500, 'Server Error')
        : fault === 'malformed'
          ? { status: 200, body: TRUNCATED }
          : fault === 'rate-limit'
            ? errorReply(now, 429, 'Too Many Attempts.', { 'retry-after': String(deps.faults.retryAfterSeconds) })
            : await handle(deps, req, method, url, now);
    if (!fault && takeCommitDrop(deps.faults, method, url.pathname)) return dropConnection(req, res);
    record.status = reply.status;
    send(res, reply);
  };
}

async function handle(deps: RouterDeps, req: IncomingMessage, method: string, url: URL, now: Date): Promise<Reply> {
  if (!url.pathname.startsWith(PREFIX)) return errorReply(now, 404, 'Not found.');
  const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const userId = token ? deps.state.tokens.get(token) : undefined;
  if (!token || userId === undefined) return errorReply(now, 401, 'Unauthenticated.', { 'www-authenticate': 'Bearer' });
  const rate = deps.limit(token);
  const rateHeaders = { 'x-ratelimit-limit': String(rate.limit), 'x-ratelimit-remaining': String(rate.remaining) };
  if (!rate.allowed) {
    return errorReply(now, 429, 'Too Many Attempts.', { ...rateHeaders, 'retry-after': String(rate.retryAfterSeconds) });
  }
  const path = url.pathname.slice(PREFIX.length).replace(/\/+$/, '');
  const candidates = deps.missingPaths.has(path) ? [] : ROUTES.filter(([, pattern]) => pattern.test(path));
  const route = candidates.find(([m]) => m === method);
  if (!route)
    return errorReply(now, candidates.length ? 405 : 404, candidates.length ? 'Method not allowed.' : 'Endpoint not found.');
  const raw = await readBody(req);
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = raw.trim() ? JSON.parse(raw) : {};
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    body = parsed as Record<string, unknown>;
  } catch {
    return errorReply(now, 400, 'The request body is not valid JSON.');
  }
  const simReq: SimRequest = {
    method,
    query: url.searchParams,
    body,
    params: route[1].exec(path)?.slice(1) ?? [],
    userId,
    now,
    state: deps.state,
  };
  try {
    const reply = route[2](simReq);
    return { ...reply, headers: { ...rateHeaders, ...reply.headers } };
  } catch (error) {
    if (error instanceof HttpFail) return { ...failReply(now, error), headers: rateHeaders };
    return { status: 500, body: { success: false, message: `Simulator error: ${String(error)}`, meta: meta(now) } };
  }
}
