import type { Client, IHttpClient } from 'soap';
import { readReply } from './reply.js';
import { soapError } from './errors.js';
import { WORKITY_NS, workityWsdlPath } from './wsdl.js';

export interface TransportOptions {
  endpoint: string;
  timeoutMs: number;
}

export interface SoapReply {
  result: unknown;
  /** The response SOAP header (Login's TicketHeader). */
  header: Record<string, unknown> | null;
}

type PortMethod = (args: unknown, callback: (error: unknown) => void, options: Record<string, unknown>) => void;

/** What a call puts in node-soap's per-call options to be handed its reply: never sent to axios. */
const HAND_OFF = 'worktrayHandOff';
type HandOff = (error: unknown, response?: { status?: number; headers?: Record<string, unknown> }, body?: unknown) => void;

/**
 * node-soap's HTTP client, except that a call's raw reply goes back to that call instead of into
 * node-soap's WSDL-driven parser (sax plus a schema lookup per element took two thirds of a
 * 500-item GetItems). Uses the client option node-soap documents for this (`httpClient`).
 */
function handingOff(inner: IHttpClient): IHttpClient {
  return {
    request(rurl, data, callback, exheaders, exoptions, caller) {
      const { [HAND_OFF]: handOff, ...options } = (exoptions ?? {}) as Record<string, unknown>;
      return inner.request(
        rurl,
        data,
        typeof handOff === 'function' ? (handOff as HandOff) : callback,
        exheaders,
        options,
        caller,
      );
    },
  };
}

/**
 * One node-soap client on the shipped WSDL, posting to the account's endpoint: node-soap writes
 * each envelope from the WSDL and sends it; the reply is read by the core's one XML reader.
 * Calls go through the SOAP 1.1 port; every failure comes out as an AppError.
 */
export class SoapTransport {
  private client: Client | null = null;

  constructor(private readonly options: TransportOptions) {}

  private async soapClient(): Promise<Client> {
    if (!this.client) {
      // node-soap is loaded on the first Workity call, not with the core: hosts and CLI commands without a Workity account never pay for it.
      const soap = await import('soap');
      this.client = await soap.createClientAsync(workityWsdlPath(), {
        endpoint: this.options.endpoint,
        httpClient: handingOff(new soap.HttpClient()),
      });
    }
    return this.client;
  }

  /** Sets (or with null, clears) the TicketHeader sent with every later call. */
  async setTicket(ticket: string | null): Promise<void> {
    const client = await this.soapClient();
    client.clearSoapHeaders();
    if (ticket) client.addSoapHeader({ TicketHeader: { Ticket: ticket } }, '', 'tns', WORKITY_NS);
  }

  async invoke(op: string, args: Record<string, unknown>): Promise<SoapReply> {
    let client: Client;
    try {
      client = await this.soapClient();
    } catch (error) {
      throw soapError(error);
    }
    const port = (client as unknown as { Api: { ApiSoap: Record<string, PortMethod> } }).Api.ApiSoap;
    const method = port[op];
    if (!method) throw soapError(new Error(`unknown function ${op}`));
    return new Promise<SoapReply>((resolve, reject) => {
      const handOff: HandOff = (error, response, body) => {
        try {
          resolve(readReply(op, error, response, body));
        } catch (failure) {
          reject(failure instanceof Error ? failure : soapError(failure));
        }
      };
      // node-soap calls back itself only when it fails before sending (the reply is handed off above).
      method(args, (error) => reject(soapError(error)), { timeout: this.options.timeoutMs, [HAND_OFF]: handOff });
    });
  }
}
