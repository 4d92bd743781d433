import type { IncomingMessage, ServerResponse } from 'node:http';
import { dropConnection, preHandleFault, readBody, takeCommitDrop, type FaultSwitches } from '../common/faults.js';
import type { HandlerContext } from './context.js';
import { matchRoute } from './routes.js';
import { userByToken, type SimUser, type WorksnapsState } from './state.js';
import { ERR, SimError, buildXml, errorBody, parseBody, sendXml } from './xml.js';

/** The shared switches plus one of Worksnaps' own: reflect the request (credentials included) in an error body. */
export interface WorksnapsFaults extends FaultSwitches {
  echoRequestNext: number;
}

const PARTNER: SimUser = {
  id: 0,
  login: 'partner',
  first_name: 'Partner',
  last_name: 'System',
  email: 'partner@example.com',
  timezone_id: 27,
  timezone_name: 'Europe/Dublin',
  is_in_daylight_time: false,
  api_token: '',
  password: '',
};

function credentials(req: IncomingMessage): { token: string; raw: string } | null {
  const header = req.headers.authorization ?? '';
  const match = /^Basic\s+(\S+)$/i.exec(header);
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return { token: colon === -1 ? decoded : decoded.slice(0, colon), raw: match[1] };
}

function authenticate(state: WorksnapsState, req: IncomingMessage): { user: SimUser; isPartner: boolean } {
  const creds = credentials(req);
  if (!creds?.token) throw new SimError(401, ERR.invalidToken, 'An API token is required (HTTP basic auth, token as user name)');
  if (creds.token === state.partnerToken) return { user: PARTNER, isPartner: true };
  const user = userByToken(state, creds.token);
  if (!user) throw new SimError(401, ERR.invalidToken, 'Invalid API token');
  return { user, isPartner: false };
}

/** A careless server that reflects the request: used to prove the client never repeats a credential. */
function echo(req: IncomingMessage, res: ServerResponse, url: URL): void {
  const creds = credentials(req);
  const error = new SimError(
    400,
    ERR.badRequest,
    `Could not process ${req.method ?? ''} ${url.pathname} for API token ${creds?.token ?? '(none)'}`,
    `request header authorization was Basic ${creds?.raw ?? ''}; raw ${creds?.raw ?? ''}`,
  );
  sendXml(res, 400, errorBody(error));
}

/** A reply cut off mid-element: what a proxy timeout or a crashed worker leaves behind. */
function truncated(res: ServerResponse): void {
  const full = buildXml({ projects: { project: [{ id: 1, name: 'Website Redesign', description: 'cut' }] } });
  res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' });
  res.end(full.slice(0, Math.floor(full.length * 0.6)));
}

export function createHandler(state: WorksnapsState, faults: WorksnapsFaults, now: () => Date) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const decision = await preHandleFault(faults);
    if (decision === 'drop') return dropConnection(req, res);
    if (decision === 'server-error')
      return sendXml(res, 500, errorBody(new SimError(500, ERR.serverError, 'Internal server error')));
    if (decision === 'malformed') return truncated(res);
    if (decision === 'rate-limit') {
      const error = new SimError(429, ERR.rateLimited, 'Too many requests, slow down');
      return sendXml(res, 429, errorBody(error), { 'retry-after': String(faults.retryAfterSeconds) });
    }
    const url = new URL(req.url ?? '/', 'http://simulator');
    const rawBody = await readBody(req);
    if (faults.echoRequestNext > 0) {
      faults.echoRequestNext -= 1;
      return echo(req, res, url);
    }
    let status = 200;
    let body: Record<string, unknown>;
    try {
      const caller = authenticate(state, req);
      const match = matchRoute(req.method ?? 'GET', url.pathname);
      if (!('handler' in match)) {
        throw match.methodNotAllowed
          ? new SimError(400, ERR.badRequest, `${req.method ?? ''} is not supported on ${url.pathname}`)
          : new SimError(404, ERR.notFound, `No such resource: ${url.pathname}`);
      }
      const ctx: HandlerContext = {
        state,
        ...caller,
        params: match.params,
        query: url.searchParams,
        body: parseBody(rawBody),
        now,
      };
      ({ status, body } = match.handler(ctx));
    } catch (error) {
      if (!(error instanceof SimError)) throw error;
      status = error.status;
      body = errorBody(error);
    }
    if (takeCommitDrop(faults, req.method ?? 'GET', url.pathname)) return dropConnection(req, res);
    sendXml(res, status, body);
  };
}
