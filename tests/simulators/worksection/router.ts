import type { IncomingMessage, ServerResponse } from 'node:http';
import { dropConnection, preHandleFault, readBody, takeCommitDrop, type FaultSwitches } from '../common/faults.js';
import { isHashValid } from './auth.js';
import type { WorksectionState } from './data.js';
import { contentHandlers } from './handlers/content.js';
import { costHandlers } from './handlers/costs.js';
import { memberHandlers } from './handlers/members.js';
import { projectHandlers } from './handlers/projects.js';
import { searchHandlers } from './handlers/search.js';
import { tagHandlers } from './handlers/tags.js';
import { taskReadHandlers } from './handlers/taskReads.js';
import { eventHandlers } from './handlers/events.js';
import { taskHandlers } from './handlers/tasks.js';
import { SimError, type Handler, type HandlerResult } from './request.js';

export const HANDLERS: Record<string, Handler> = {
  ...projectHandlers,
  ...eventHandlers,
  ...taskReadHandlers,
  ...taskHandlers,
  ...searchHandlers,
  ...contentHandlers,
  ...memberHandlers,
  ...tagHandlers,
  ...costHandlers,
};

const HTML_ERROR =
  '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>The server is temporarily unable to service your request.</p></body></html>';

export interface RouterDeps {
  state: WorksectionState;
  faults: FaultSwitches;
  now: () => Date;
  /** Wall clock for the quota window (real time: the client really waits). */
  clock: () => number;
}

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(body);
}

function errorBody(error: SimError): string {
  return JSON.stringify({
    status: 'error',
    ...(error.statusCode === null ? {} : { status_code: error.statusCode }),
    message: error.message,
    ...(error.details === undefined ? {} : { message_details: error.details }),
  });
}

function quotaReply(res: ServerResponse, retryAfterSeconds: number): void {
  send(res, 200, errorBody(new SimError(20, 'Quota exceeded')), { 'retry-after': String(retryAfterSeconds) });
}

/** The one endpoint /api/admin/v2/?action=…; everything answers HTTP 200 with a status field. */
export function createRouter(deps: RouterDeps): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { state, faults } = deps;
  let windowStart = deps.clock();
  let windowCount = 0;
  const overQuota = (): number | null => {
    if (state.quotaPerWindow <= 0) return null;
    if (deps.clock() - windowStart >= state.quotaWindowMs) {
      windowStart = deps.clock();
      windowCount = 0;
    }
    if (windowCount >= state.quotaPerWindow)
      return Math.max(1, Math.ceil((windowStart + state.quotaWindowMs - deps.clock()) / 1000));
    windowCount += 1;
    return null;
  };

  return async (req, res) => {
    const fault = await preHandleFault(faults);
    if (fault === 'drop') return dropConnection(req, res);
    if (fault === 'server-error')
      return send(res, 500, '<html><body>Internal Server Error</body></html>', { 'content-type': 'text/html' });
    if (fault === 'malformed') return send(res, 200, HTML_ERROR, { 'content-type': 'text/html' });
    if (fault === 'rate-limit') return quotaReply(res, faults.retryAfterSeconds);
    const url = new URL(req.url ?? '/', 'http://simulator');
    if (!/^\/api\/admin\/v2\/?$/.test(url.pathname))
      return send(res, 404, '<html><body>Not Found</body></html>', { 'content-type': 'text/html' });
    const rawQuery = url.search.replace(/^\?/, '');
    const params = new URLSearchParams(rawQuery);
    const body = await readBody(req);
    if (body && /x-www-form-urlencoded/.test(req.headers['content-type'] ?? '')) {
      for (const [key, value] of new URLSearchParams(body)) if (!params.has(key)) params.append(key, value);
    }
    const result = dispatch(deps, rawQuery, params, overQuota);
    if ('quota' in result) return quotaReply(res, result.quota);
    // Every call has the one path: a lost reply is narrowed by the action instead ("POST add_costs").
    if (takeCommitDrop(faults, req.method ?? 'GET', params.get('action') ?? '')) return dropConnection(req, res);
    return send(res, result.status, result.body, result.headers);
  };
}

type Dispatched = { status: number; body: string | Buffer; headers: Record<string, string> } | { quota: number };

function dispatch(deps: RouterDeps, rawQuery: string, params: URLSearchParams, overQuota: () => number | null): Dispatched {
  const { state } = deps;
  const action = params.get('action');
  try {
    if (!action) throw new SimError(1, 'Action is required');
    const handler = HANDLERS[action];
    if (!handler) throw new SimError(0, 'Action is invalid');
    if (!isHashValid(state, rawQuery, params)) throw new SimError(2, 'Action hash is missed or invalid');
    const wait = overQuota();
    if (wait !== null) return { quota: wait };
    state.handled.push({ action, params: Object.fromEntries(params) });
    return ok(handler({ action, params, now: deps.now(), state }));
  } catch (error) {
    if (error instanceof SimError) return { status: 200, body: errorBody(error), headers: {} };
    throw error;
  }
}

function ok(result: HandlerResult): { status: number; body: string | Buffer; headers: Record<string, string> } {
  if ('raw' in result && typeof result.raw === 'object' && result.raw !== null) {
    const raw = result.raw as { status: number; headers: Record<string, string>; body: string | Buffer };
    return raw;
  }
  return { status: 200, body: JSON.stringify({ status: 'ok', ...result }), headers: {} };
}
