import { AppError } from '../../../../shared/errors.js';
import type { Logger } from '../../log.js';
import { loginError } from './errors.js';
import { IntSchema, parseResult } from './schema.js';
import type { SoapReply, SoapTransport } from './transport.js';

/**
 * Holds the Workity ticket (in memory only, never logged or stored) and
 * renews it: a call refused for a dead ticket logs in again once and is
 * repeated once. Safe for writes too: the server refused before acting.
 */
export class TicketAuth {
  private ticket: string | null = null;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly transport: SoapTransport,
    private readonly credentials: { email: string; password: string },
    private readonly log: Logger,
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
    await this.transport.setTicket(ticket);
    this.log.info('logged in to Workity');
    return ticket;
  }

  /** Calls `op` with a live ticket; on a ticket fault logs in again and repeats exactly once. */
  async call(op: string, args: Record<string, unknown>): Promise<SoapReply> {
    const used = this.ticket ?? (await this.login());
    try {
      return await this.transport.invoke(op, args);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'auth') throw error;
      this.log.info('Workity ticket no longer valid; logging in again', { op });
      if (this.ticket === used) await this.login();
      return this.transport.invoke(op, args);
    }
  }

  /** Logout disables the ticket on the server; false when it was already dead. */
  async logout(): Promise<boolean> {
    if (!this.ticket) return false;
    try {
      const reply = await this.transport.invoke('Logout', {});
      return (reply.result as { LogoutResult?: unknown } | null)?.LogoutResult === true;
    } finally {
      this.ticket = null;
      await this.transport.setTicket(null);
    }
  }

  /** IsAuthenticated for the current ticket, without logging in when there is none. */
  async isAuthenticated(): Promise<boolean> {
    if (!this.ticket) return false;
    const reply = await this.transport.invoke('IsAuthenticated', {});
    return (reply.result as { IsAuthenticatedResult?: unknown } | null)?.IsAuthenticatedResult === true;
  }
}
