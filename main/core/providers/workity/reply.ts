import { protocolError, statusError } from '../../net/http.js';
import { readXml, type XmlDoc } from '../../net/xml.js';
import { faultError, faultFields, soapError } from './errors.js';
import type { SoapReply } from './transport.js';

const PROVIDER = 'workity';

function child(doc: unknown, name: string): XmlDoc | null {
  const value = doc && typeof doc === 'object' ? (doc as XmlDoc)[name] : undefined;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as XmlDoc) : null;
}

/**
 * One reply as the service sent it: a SOAP fault (whatever the HTTP status) is the service's
 * refusal, another status at or past 300 is the status's error, anything that is not a SOAP
 * envelope is a malformed reply. Values are the wire's text; the schemas convert them.
 */
export function readReply(
  op: string,
  error: unknown,
  response: { status?: number; headers?: Record<string, unknown> } | undefined,
  body: unknown,
): SoapReply {
  if (error) throw soapError(error);
  const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : '';
  let envelope: XmlDoc | null = null;
  try {
    envelope = child(readXml(text), 'Envelope');
  } catch {
    envelope = null;
  }
  const replyBody = child(envelope, 'Body');
  const fault = child(replyBody, 'Fault');
  if (fault) throw faultError(faultFields(fault), op);
  const status = response?.status ?? 0;
  if (status >= 300) throw statusError(status, PROVIDER, '', response?.headers ?? {});
  if (!replyBody) throw protocolError(PROVIDER, `a malformed ${op} reply`, text);
  const result = replyBody[`${op}Response`];
  return { result: result === undefined ? null : result, header: child(envelope, 'Header') };
}
