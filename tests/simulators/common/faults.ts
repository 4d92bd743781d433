import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Switches a test flips to make a simulator misbehave. Counters ("next N
 * requests") are consumed one per request, so a test can fail exactly the
 * calls it means to and then watch the client recover.
 */
export interface FaultSwitches {
  /** Added before every reply. */
  latencyMs: number;
  /** Destroy the socket without a reply, before the request is handled. */
  dropNext: number;
  /** Handle the request (commit it), then destroy the socket instead of replying: "timeout after the server committed". */
  dropAfterCommitNext: number;
  /**
   * When set, dropAfterCommitNext counts only requests whose "METHOD /path" matches
   * (a lost reply to one particular write); Worksection's one path is replaced by the action
   * ("POST add_costs"). Honoured by the simulators that call takeCommitDrop.
   */
  dropAfterCommitOn: RegExp | null;
  /** Reply HTTP 500 without handling. */
  serverErrorNext: number;
  /** Reply with a body the protocol does not allow (truncated, HTML, non-XML), without handling. */
  malformedNext: number;
  /** Reply as the provider does when rate-limited, without handling. */
  rateLimitNext: number;
  /** Seconds the rate-limit reply asks the client to wait. */
  retryAfterSeconds: number;
  /** Treat the session/ticket as expired on the next N authenticated requests (Workity). */
  expireSessionNext: number;
}

export function createFaults(): FaultSwitches {
  return {
    latencyMs: 0,
    dropNext: 0,
    dropAfterCommitNext: 0,
    dropAfterCommitOn: null,
    serverErrorNext: 0,
    malformedNext: 0,
    rateLimitNext: 0,
    retryAfterSeconds: 1,
    expireSessionNext: 0,
  };
}

export function resetFaults(faults: FaultSwitches): void {
  Object.assign(faults, createFaults());
}

/** Takes one from a counter; true when the fault applies to this request. */
export function take(faults: FaultSwitches, name: Exclude<keyof FaultSwitches, 'dropAfterCommitOn'>): boolean {
  const value = faults[name];
  if (typeof value === 'number' && value > 0) {
    faults[name] = value - 1;
    return true;
  }
  return false;
}

/** Whether to commit this request and then drop its reply (dropAfterCommitNext, narrowed by dropAfterCommitOn). */
export function takeCommitDrop(faults: FaultSwitches, method: string, path: string): boolean {
  if (faults.dropAfterCommitOn && !faults.dropAfterCommitOn.test(`${method} ${path}`)) return false;
  return take(faults, 'dropAfterCommitNext');
}

export type FaultDecision = 'drop' | 'server-error' | 'malformed' | 'rate-limit' | null;

/** The pre-handling faults every simulator applies the same way, in this order. */
export async function preHandleFault(faults: FaultSwitches): Promise<FaultDecision> {
  if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
  if (take(faults, 'dropNext')) return 'drop';
  if (take(faults, 'serverErrorNext')) return 'server-error';
  if (take(faults, 'malformedNext')) return 'malformed';
  if (take(faults, 'rateLimitNext')) return 'rate-limit';
  return null;
}

export function dropConnection(req: IncomingMessage, res: ServerResponse): void {
  res.socket?.destroy();
  req.socket.destroy();
}

export async function readBody(req: IncomingMessage, limitBytes = 10 * 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
