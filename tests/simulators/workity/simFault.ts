/**
 * What the simulated ASMX service throws as a SOAP fault: argument errors and
 * a dead ticket. `ServerError` is the bare fault an ASMX service answers for an
 * unhandled exception: soap:Server, no detail, nothing about tickets.
 */
export type SimFaultCode =
  'InvalidTicket' | 'InvalidArgument' | 'InvalidProjectID' | 'InvalidID' | 'InvalidRevision' | 'ServerError';

/** The text ASP.NET puts in the fault when a web method throws a NullReferenceException. */
export const ASMX_NULL_REFERENCE =
  'Server was unable to process request. ---> Object reference not set to an instance of an object.';

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
  if (fault.code === 'ServerError') return genericFault(fault.message, soap12);
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

function genericFault(message: string, soap12: boolean): { Fault: Record<string, unknown> } {
  if (soap12) return { Fault: { Code: { Value: 'soap:Receiver' }, Reason: { Text: message }, statusCode: 500 } };
  return { Fault: { faultcode: 'soap:Server', faultstring: message, detail: '', statusCode: 500 } };
}
