/** What the real ASMX service throws as a SOAP fault: argument errors and a dead ticket. */
export type SimFaultCode = 'InvalidTicket' | 'InvalidArgument' | 'InvalidProjectID' | 'InvalidID' | 'InvalidRevision';

export class SimFault extends Error {
  constructor(
    readonly code: SimFaultCode,
    message: string,
    readonly argument: string | null = null,
  ) {
    super(message);
  }
}

export function invalidArgument(argument: string, message: string): SimFault {
  return new SimFault('InvalidArgument', `${argument}: ${message}`, argument);
}

/** The node-soap fault object for the SOAP version the request used (1.1 faultcode/faultstring, 1.2 Code/Reason). */
export function toSoapFault(fault: SimFault, soap12: boolean): { Fault: Record<string, unknown> } {
  const detail = { ErrorCode: fault.code, ...(fault.argument ? { Argument: fault.argument } : {}) };
  if (soap12) {
    return {
      // node-soap prefixes every 1.2 fault child with the envelope prefix; ':' keeps the detail out of the SOAP namespace.
      Fault: {
        Code: { Value: 'soap:Sender' },
        Reason: { Text: fault.message },
        Detail: Object.fromEntries(Object.entries(detail).map(([k, v]) => [`:${k}`, v])),
        statusCode: 500,
      },
    };
  }
  return { Fault: { faultcode: 'soap:Client', faultstring: fault.message, detail, statusCode: 500 } };
}
