import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import { createLogger } from '../../../../main/core/log.js';
import { TICKET_IDLE_LIMIT_MS, TicketAuth, type TicketTransport } from '../../../../main/core/providers/workity/auth.js';
import type { SoapReply } from '../../../../main/core/providers/workity/transport.js';

/** A bare ASMX fault as soapError maps it: nothing in it speaks of tickets. */
const genericFault = (): AppError =>
  new AppError('server', 'Workity GetUserInfo failed: Server was unable to process request.', {
    provider: 'workity',
    providerCode: 'soap:Server',
    retryable: false,
  });

/**
 * A scripted server: tickets it issued and whether they are alive; every
 * other call runs `answer` (which may throw) and is recorded with its ticket.
 */
function fakeServer(options: { answer?: (op: string, ticket: string | null) => unknown; loginCode?: () => number } = {}) {
  let current: string | null = null;
  let issued = 0;
  const alive = new Set<string>();
  const calls: { op: string; ticket: string | null }[] = [];
  const transport: TicketTransport = {
    setTicket: (ticket) => {
      current = ticket;
      return Promise.resolve();
    },
    invoke: (op): Promise<SoapReply> => {
      calls.push({ op, ticket: current });
      if (op === 'Login') {
        const code = options.loginCode?.() ?? 0;
        if (code !== 0) return Promise.resolve({ result: { LoginResult: code }, header: null });
        const ticket = `ticket-${(issued += 1)}`;
        alive.add(ticket);
        return Promise.resolve({ result: { LoginResult: 0 }, header: { TicketHeader: { Ticket: ticket } } });
      }
      if (op === 'IsAuthenticated')
        return Promise.resolve({ result: { IsAuthenticatedResult: current !== null && alive.has(current) }, header: null });
      try {
        return Promise.resolve({ result: { [`${op}Result`]: options.answer?.(op, current) ?? 'ok' }, header: null });
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
  const ops = () => calls.map((c) => c.op);
  return { transport, alive, calls, ops };
}

function clock() {
  let ms = Date.parse('2024-05-01T09:00:00Z');
  return { now: () => new Date(ms), advance: (by: number) => void (ms += by) };
}

function authOn(server: ReturnType<typeof fakeServer>, now = clock().now): TicketAuth {
  return new TicketAuth(server.transport, { email: 'lenny@example.com', password: 'pw' }, createLogger('test'), now);
}

describe('TicketAuth renewal without reading the fault', () => {
  it('generic fault, IsAuthenticated false: logs in again and repeats the call once, which succeeds', async () => {
    const server = fakeServer({
      answer: (_op, ticket) => {
        if (!ticket || !server.alive.has(ticket)) throw genericFault();
        return 'done';
      },
    });
    const auth = authOn(server);
    await auth.login();
    server.alive.clear();
    const reply = await auth.call('SaveTask', {});
    expect(reply.result).toEqual({ SaveTaskResult: 'done' });
    expect(server.ops()).toEqual(['Login', 'SaveTask', 'IsAuthenticated', 'Login', 'SaveTask']);
    expect(server.calls.at(-1)?.ticket).toBe('ticket-2');
  });

  it('generic fault with the ticket alive: the fault surfaces and there is no new Login', async () => {
    const server = fakeServer({
      answer: () => {
        throw genericFault();
      },
    });
    const auth = authOn(server);
    await auth.login();
    await expect(auth.call('GetUserInfo', {})).rejects.toMatchObject({ code: 'server', providerCode: 'soap:Server' });
    expect(server.ops()).toEqual(['Login', 'GetUserInfo', 'IsAuthenticated']);
  });

  it('does not loop when the new Login fails: the Login error surfaces after one attempt', async () => {
    let loginCode = 0;
    const server = fakeServer({
      loginCode: () => loginCode,
      answer: () => {
        throw genericFault();
      },
    });
    const auth = authOn(server);
    await auth.login();
    server.alive.clear();
    loginCode = -1;
    await expect(auth.call('GetUserInfo', {})).rejects.toMatchObject({ code: 'auth', providerCode: -1 });
    expect(server.ops()).toEqual(['Login', 'GetUserInfo', 'IsAuthenticated', 'Login']);
  });

  it('does not loop when the repeated call fails again: its fault surfaces after one repeat', async () => {
    const server = fakeServer({
      answer: () => {
        server.alive.clear();
        throw genericFault();
      },
    });
    const auth = authOn(server);
    await auth.login();
    await expect(auth.call('GetUserInfo', {})).rejects.toMatchObject({ code: 'server' });
    expect(server.ops()).toEqual(['Login', 'GetUserInfo', 'IsAuthenticated', 'Login', 'GetUserInfo']);
  });

  it('an offline failure is not taken for a dead ticket', async () => {
    const server = fakeServer({
      answer: () => {
        throw new AppError('offline', 'Workity is unreachable', { provider: 'workity' });
      },
    });
    const auth = authOn(server);
    await auth.login();
    await expect(auth.call('GetUserInfo', {})).rejects.toMatchObject({ code: 'offline' });
    expect(server.ops()).toEqual(['Login', 'GetUserInfo']);
  });

  it('logs in again before the call when the ticket sat idle past the hour (injected clock)', async () => {
    const server = fakeServer();
    const time = clock();
    const auth = authOn(server, time.now);
    await auth.login();
    time.advance(TICKET_IDLE_LIMIT_MS - 60_000);
    await auth.call('GetUserInfo', {});
    time.advance(TICKET_IDLE_LIMIT_MS - 60_000);
    await auth.call('GetUserInfo', {});
    expect(server.ops()).toEqual(['Login', 'GetUserInfo', 'GetUserInfo']);
    time.advance(TICKET_IDLE_LIMIT_MS + 1);
    await auth.call('GetUserInfo', {});
    expect(server.ops()).toEqual(['Login', 'GetUserInfo', 'GetUserInfo', 'Login', 'GetUserInfo']);
    expect(server.calls.at(-1)?.ticket).toBe('ticket-2');
  });
});
