import { randomUUID } from 'node:crypto';
import { take, type FaultSwitches } from '../common/faults.js';
import { ASMX_NULL_REFERENCE, SimFault } from './simFault.js';
import { TICKET_IDLE_MS, userById, type SimState, type SimUser } from './state.js';

/** More than this many bad passwords in a row lock the user ("more than 5 invalid authentication attempts"). */
const MAX_FAILED = 5;
const LOCK_MS = 15 * 60 * 1000;

export interface LoginOutcome {
  code: 0 | -1 | -2 | -3 | -4;
  ticket: string | null;
}

export function login(state: SimState, email: string, password: string, nowMs: number): LoginOutcome {
  const user = state.users.find((u) => u.email.toLowerCase() === email.trim().toLowerCase());
  if (!user) return { code: -1, ticket: null };
  if (user.failedLogins > MAX_FAILED && user.lockedUntil > nowMs) return { code: -2, ticket: null };
  if (user.password !== password) {
    user.failedLogins += 1;
    if (user.failedLogins > MAX_FAILED) user.lockedUntil = nowMs + LOCK_MS;
    return { code: -1, ticket: null };
  }
  user.failedLogins = 0;
  if (!user.acceptedTerms) return { code: -3, ticket: null };
  if (!user.premium) return { code: -4, ticket: null };
  forgetIdleTickets(state, nowMs);
  const ticket = randomUUID();
  state.tickets.set(ticket, { userId: user.id, lastUsed: nowMs });
  return { code: 0, ticket };
}

/** The server forgets tickets idle past the hour, as a real session store does. */
function forgetIdleTickets(state: SimState, nowMs: number): void {
  for (const [ticket, entry] of state.tickets) if (nowMs - entry.lastUsed > TICKET_IDLE_MS) state.tickets.delete(ticket);
}

/** Workity-only fault switches (the shared ones are in ../common/faults.ts). */
export interface TicketFaults {
  /**
   * A dead ticket answers with the bare ASMX fault (soap:Server, "Object
   * reference not set…", no detail) instead of the InvalidTicket fault: the
   * seed does not say what a real server sends, so the client must not care.
   */
  genericExpiredFault: boolean;
  /** When above 0: the N-th next ticketed call finds every ticket dead, as if the hour had passed mid-sync. */
  expireTicketsAfter: number;
}

/** Counts `expireTicketsAfter` down by one call; at zero every ticket dies. */
export function countDownToExpiry(state: SimState, ticketFaults: TicketFaults): void {
  if (ticketFaults.expireTicketsAfter <= 0) return;
  ticketFaults.expireTicketsAfter -= 1;
  if (ticketFaults.expireTicketsAfter === 0) state.tickets.clear();
}

/** The ticket sent in the request's TicketHeader, if any. */
export function ticketOf(headers: unknown): string | null {
  const ticket = (headers as { TicketHeader?: { Ticket?: unknown } } | undefined)?.TicketHeader?.Ticket;
  return typeof ticket === 'string' && ticket.length > 0 ? ticket : null;
}

/**
 * The user a still-valid ticket belongs to; refreshes its idle clock. The
 * `expireSessionNext` fault switch kills the ticket as if an hour had passed.
 */
export function liveUser(state: SimState, ticket: string | null, nowMs: number, faults: FaultSwitches): SimUser | null {
  if (!ticket) return null;
  const entry = state.tickets.get(ticket);
  if (!entry) return null;
  if (nowMs - entry.lastUsed > TICKET_IDLE_MS || take(faults, 'expireSessionNext')) {
    state.tickets.delete(ticket);
    return null;
  }
  entry.lastUsed = nowMs;
  return userById(state, entry.userId) ?? null;
}

export function requireUser(
  state: SimState,
  ticket: string | null,
  nowMs: number,
  faults: FaultSwitches,
  ticketFaults: TicketFaults,
): SimUser {
  const user = liveUser(state, ticket, nowMs, faults);
  if (user) return user;
  if (ticketFaults.genericExpiredFault) throw new SimFault('ServerError', ASMX_NULL_REFERENCE);
  throw new SimFault('InvalidTicket', 'Authentication failed: the ticket is missing, invalid or expired. Call Login first.');
}
