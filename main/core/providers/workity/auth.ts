import { AppError } from '../../../../shared/errors.js';
import type { Logger } from '../../log.js';
import { loginError } from './errors.js';
import { BoolSchema, IntSchema, parseResult } from './schema.js';
import type { SoapReply, SoapTransport } from './transport.js';

/** Seed: "A ticket automatically becomes invalid, when it hasn't been used for longer than 1 hour." */
export const TICKET_IDLE_LIMIT_MS = 60 * 60 * 1000;

/** What TicketAuth needs of the SOAP transport (a fake in unit tests). */
export type TicketTransport = Pick<SoapTransport, 'invoke' | 'setTicket'>;

/** Failures that say nothing about the ticket: the server was not reached or asked us to wait. */
const NOT_ABOUT_THE_TICKET = new Set(['offline', 'rate-limited']);

/**
 * Holds the Workity ticket (in memory only, never logged or stored) and
 * renews it. The seed names no fault for a dead ticket, so the wording of a
 * fault is never read: after any fault the ticket is checked with
 * IsAuthenticated, and only a dead ticket leads to one new Login and one
 * repeat of the call. Safe for writes too: a dead ticket is refused before
 * anything is done. A ticket idle past the seed's hour is renewed up front.
 */
export class TicketAuth {
  private ticket: string | null = null;
  private pending: Promise<string> | null = null;
  /** When the server last accepted this ticket (injected clock), for the idle hour. */
  private lastUsedMs = 0;

  constructor(
    private readonly transport: TicketTransport,
    private readonly credentials: { email: string; password: string },
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get hasTicket(): boolean {
    return this.ticket !== null;
  }

  /** Logs in (once, even when several calls ask at the same time) and returns the new ticket. */
  login(): Promise<string> {
    this.pending ??= this.doLogin().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async doLogin(): Promise<string> {
    await this.transport.setTicket(null);
    this.ticket = null;
    const reply = await this.transport.invoke('Login', { Email: this.credentials.email, Password: this.credentials.password });
    const code = parseResult(IntSchema, (reply.result as { LoginResult?: unknown } | null)?.LoginResult, 'Login');
    if (code !== 0) throw loginError(code);
    const ticket = (reply.header?.TicketHeader as { Ticket?: unknown } | undefined)?.Ticket;
    if (typeof ticket !== 'string' || ticket.length === 0) {
      throw new AppError('protocol', 'Workity accepted the log-in but sent no ticket in the SOAP header', {
        provider: 'workity',
      });
    }
    this.ticket = ticket;
    this.markUsed();
    await this.transport.setTicket(ticket);
    this.log.info('logged in to Workity');
    return ticket;
  }

  private markUsed(): void {
    this.lastUsedMs = this.now().getTime();
  }

  /** A live ticket: the current one, or a new Login when there is none or it sat idle past the hour. */
  private async liveTicket(): Promise<string> {
    if (this.ticket && this.now().getTime() - this.lastUsedMs < TICKET_IDLE_LIMIT_MS) return this.ticket;
    if (this.ticket) this.log.info('Workity ticket idle for an hour; logging in again');
    return this.login();
  }

  private async invokeMarked(op: string, args: Record<string, unknown>): Promise<SoapReply> {
    const reply = await this.transport.invoke(op, args);
    this.markUsed();
    return reply;
  }

  /**
   * Whether `used` is gone: another call already replaced it, or the server
   * says so. When IsAuthenticated itself fails nothing is known, so no.
   */
  private async ticketIsDead(used: string): Promise<boolean> {
    if (this.ticket !== used) return true;
    try {
      return !(await this.isAuthenticated());
    } catch {
      return false;
    }
  }

  /** Calls `op` with a live ticket; after a fault for a dead ticket logs in again and repeats exactly once. */
  async call(op: string, args: Record<string, unknown>): Promise<SoapReply> {
    const used = await this.liveTicket();
    try {
      return await this.invokeMarked(op, args);
    } catch (error) {
      if (error instanceof AppError && NOT_ABOUT_THE_TICKET.has(error.code)) throw error;
      if (!(await this.ticketIsDead(used))) throw error;
      this.log.info('Workity ticket no longer valid; logging in again', { op });
      if (this.ticket === used || this.ticket === null) await this.login();
      return this.invokeMarked(op, args);
    }
  }

  /** Logout disables the ticket on the server; false when it was already dead. */
  async logout(): Promise<boolean> {
    if (!this.ticket) return false;
    try {
      const reply = await this.transport.invoke('Logout', {});
      return parseResult(BoolSchema, (reply.result as { LogoutResult?: unknown } | null)?.LogoutResult, 'Logout');
    } finally {
      this.ticket = null;
      await this.transport.setTicket(null);
    }
  }

  /** IsAuthenticated for the current ticket, without logging in when there is none. */
  async isAuthenticated(): Promise<boolean> {
    if (!this.ticket) return false;
    const reply = await this.transport.invoke('IsAuthenticated', {});
    const result = (reply.result as { IsAuthenticatedResult?: unknown } | null)?.IsAuthenticatedResult;
    const alive = parseResult(BoolSchema, result, 'IsAuthenticated');
    if (alive) this.markUsed();
    return alive;
  }
}
