import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as soap from 'soap';
import { WORKITY_NS, workityWsdlPath } from '../../../main/core/providers/workity/wsdl.js';
import { createFaults, dropConnection, preHandleFault, readBody, take, type FaultSwitches } from '../common/faults.js';
import { listen } from '../common/server.js';
import { actAs, type Actor } from './actor.js';
import type { TicketFaults } from './auth.js';
import { SEED_USERS, seedState, type SeedUserName } from './seed.js';
import { buildOperations, loginHeader, type ServiceDeps } from './service.js';
import { createEmptyState, type SimState } from './state.js';

export interface WorkitySimulatorOptions {
  port?: number;
  now?: () => Date;
  /** Tasks seeded in each project (default 60: 360 tasks; the benchmark uses more). */
  tasksPerProject?: number;
  /** Seed one unresolved write-write conflict (for the demo). */
  pendingConflict?: boolean;
  /** Free file storage of each user in bytes (NewFile returns -1 beyond it). */
  freeFileStorage?: number;
  /** A dead ticket answers with the bare ASMX server fault (also switchable later through `ticketFaults`). */
  genericExpiredFault?: boolean;
}

export interface WorkitySimulator {
  origin: string;
  /** The endpoint a Workity account uses as its base URL. */
  url: string;
  faults: FaultSwitches;
  /** Workity-only switches: how a dead ticket is answered. */
  ticketFaults: TicketFaults;
  state: SimState;
  users: typeof SEED_USERS;
  close(): Promise<void>;
  requests(): number;
  /** Every ticket dies now, as after an idle hour; returns how many were live. */
  expireTickets(): number;
  /** Calls a function directly as a seeded user, to play Lenny's or Carl's part in a test or the demo. */
  actAs(user: SeedUserName): Actor;
}

const PATH = '/services/api.asmx';

function soapServer(xml: string, deps: ServiceDeps, soap12: boolean): Promise<soap.Server> {
  return new Promise((resolve, reject) => {
    const server = soap.listen(null, {
      path: PATH,
      xml,
      services: { Api: { ApiSoap: buildOperations(deps) } },
      forceSoap12Headers: soap12,
      suppressStack: true,
      // As the client: xs:long stays text so item ids past 2^53 arrive exact.
      customDeserializer: { dateTime: (text: string) => text, long: (text: string) => text },
      callback: (error: unknown) =>
        error ? reject(error instanceof Error ? error : new Error(JSON.stringify(error))) : resolve(server),
    } as soap.IServerOptions);
    server.addSoapHeader(loginHeader(deps), '', 'tns', WORKITY_NS);
  });
}

function isSoap12Request(req: IncomingMessage, body: string): boolean {
  return (
    /application\/soap\+xml/i.test(req.headers['content-type'] ?? '') || body.includes('http://www.w3.org/2003/05/soap-envelope')
  );
}

function replyFault(decision: 'server-error' | 'malformed' | 'rate-limit', res: ServerResponse): void {
  if (decision === 'server-error') {
    res.writeHead(500, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      "<html><head><title>Runtime Error</title></head><body><h1>Server Error in '/services' Application.</h1></body></html>",
    );
  } else if (decision === 'malformed') {
    res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
    res.end(
      '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Resp',
    );
  } else {
    res.writeHead(503, { 'content-type': 'text/html', 'retry-after': '1' });
    res.end('<html><body>Service Unavailable</body></html>');
  }
}

export async function startWorkitySimulator(options: WorkitySimulatorOptions = {}): Promise<WorkitySimulator> {
  const now = options.now ?? (() => new Date());
  const faults = createFaults();
  const state = createEmptyState();
  seedState(state, {
    nowMs: now().getTime(),
    tasksPerProject: options.tasksPerProject ?? 60,
    pendingConflict: options.pendingConflict ?? false,
    freeFileStorage: options.freeFileStorage ?? 10 * 1024 * 1024,
  });
  const xml = readFileSync(workityWsdlPath(), 'utf8');
  const ticketFaults: TicketFaults = {
    genericExpiredFault: options.genericExpiredFault ?? false,
    expireTicketsAfter: 0,
  };
  const deps: ServiceDeps = { state, faults, ticketFaults, now };
  const [soap11, soap12] = await Promise.all([soapServer(xml, deps, false), soapServer(xml, deps, true)]);

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const decision = await preHandleFault(faults);
    if (decision === 'drop') return dropConnection(req, res);
    if (decision) return replyFault(decision, res);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== PATH) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
      return;
    }
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
      res.end(url.search.toLowerCase().startsWith('?wsdl') ? xml : '<html><body>Workity API simulator</body></html>');
      return;
    }
    const body = await readBody(req);
    const is12 = isSoap12Request(req, body);
    const dropAfterCommit = take(faults, 'dropAfterCommitNext');
    const headers: Record<string, unknown> = { ...req.headers, 'x-workity-soap': is12 ? '1.2' : '1.1' };
    const reply = await (is12 ? soap12 : soap11).processRequest(body, { url: req.url ?? PATH, headers: headers });
    if (dropAfterCommit) return dropConnection(req, res);
    res.writeHead(reply.statusCode, { 'content-type': is12 ? 'application/soap+xml; charset=utf-8' : 'text/xml; charset=utf-8' });
    res.end(reply.body);
  };

  const running = await listen(handler, options.port ?? 0);
  return {
    origin: running.origin,
    url: `${running.origin}${PATH}`,
    faults,
    ticketFaults,
    state,
    users: SEED_USERS,
    close: () => running.close(),
    requests: running.requests,
    expireTickets: () => {
      const live = state.tickets.size;
      state.tickets.clear();
      return live;
    },
    actAs: (user) => actAs(state, SEED_USERS[user].id, now),
  };
}
