import { fileURLToPath } from 'node:url';

/** XML namespace of every Workity element (TicketHeader, operations, types). */
export const WORKITY_NS = 'http://www.workity.com/services/api';

/**
 * The WSDL written from the vendor's documentation, shipped next to this
 * module. The client never fetches `?wsdl` from the server, and the simulator
 * serves this same file, so both sides agree on one contract.
 */
export function workityWsdlPath(): string {
  return fileURLToPath(new URL('./wsdl/api.wsdl', import.meta.url));
}
