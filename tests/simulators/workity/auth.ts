import { randomUUID } from 'node:crypto';
import { take, type FaultSwitches } from '../common/faults.js';
import { SimFault } from './simFault.js';
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
  const ticket = randomUUID();
  state.tickets.set(ticket, { userId: user.id, lastUsed: nowMs });
  return { code: 0, ticket };
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

export function requireUser(state: SimState, ticket: string | null, nowMs: number, faults: FaultSwitches): SimUser {
  const user = liveUser(state, ticket, nowMs, faults);
  if (!user)
    throw new SimFault('InvalidTicket', 'Authentication failed: the ticket is missing, invalid or expired. Call Login first.');
  return user;
}
