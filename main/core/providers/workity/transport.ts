import type { Client } from 'soap';
import { soapError } from './errors.js';
import { WORKITY_NS, workityWsdlPath } from './wsdl.js';

export interface TransportOptions {
  endpoint: string;
  timeoutMs: number;
}

export interface SoapReply {
  result: unknown;
  /** The parsed response SOAP header (Login's TicketHeader). */
  header: Record<string, unknown> | null;
}

type PortMethod = (
  args: unknown,
  callback: (error: unknown, result: unknown, raw: unknown, header: unknown) => void,
  options: Record<string, unknown>,
) => void;

/**
 * One node-soap client on the shipped WSDL, posting to the account's endpoint.
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
        // Workity dateTime values are not xsd:dateTime (zone optional, no seconds): keep the text.
        // xs:long ids go past 2^53; node-soap's parseInt would round them, so they stay text too.
        customDeserializer: { dateTime: (text: string) => text, long: (text: string) => text },
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
      throw soapError(error, 'WSDL loading');
    }
    const port = (client as unknown as { Api: { ApiSoap: Record<string, PortMethod> } }).Api.ApiSoap;
    const method = port[op];
    if (!method) throw soapError(new Error(`unknown function ${op}`), op);
    return new Promise<SoapReply>((resolve, reject) => {
      method(
        args,
        (error, result, _raw, header) => {
          if (error) reject(soapError(error, op));
          else resolve({ result, header: (header as Record<string, unknown> | undefined) ?? null });
        },
        { timeout: this.options.timeoutMs },
      );
    });
  }
}
