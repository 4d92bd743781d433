import { AppError } from '../../../../shared/errors.js';
import { networkError } from '../../net/http.js';
import { redact } from '../../log.js';

const PROVIDER = 'workity';

const LOGIN_ERRORS: Record<number, string> = {
  [-1]: 'Workity rejected the e-mail address or password',
  [-2]: 'This Workity user is locked after more than 5 failed log-ins; wait and try again later',
  [-3]: 'This Workity user has not accepted the Terms of Service / Privacy Policy yet; accept them on workity.com first',
  [-4]: 'This Workity user is not a Premium member; only Premium members can use the Workity API',
};

/** Login's negative return codes (seed: -1 bad credentials, -2 locked, -3 terms, -4 not Premium). */
export function loginError(code: number): AppError {
  const message = LOGIN_ERRORS[code] ?? `Workity Login failed with code ${code}`;
  return new AppError('auth', message, { provider: PROVIDER, providerCode: code, providerMessage: message });
}

export interface SoapFaultInfo {
  code: string;
  message: string;
  /** The `ErrorCode` the service puts in the fault detail, when present. */
  errorCode: string | null;
  argument: string | null;
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && '$value' in value) return String(value.$value);
  return value === undefined || value === null ? '' : JSON.stringify(value);
}

/** A Fault element's fields, SOAP 1.1 (faultcode/faultstring/detail) or 1.2 (Code/Reason/Detail). */
export function faultFields(fault: Record<string, unknown>): SoapFaultInfo {
  const code12 = (fault.Code as { Value?: unknown } | undefined)?.Value;
  const reason12 = (fault.Reason as { Text?: unknown } | undefined)?.Text;
  const detail = (fault.detail ?? fault.Detail ?? {}) as Record<string, unknown>;
  const errorCode = typeof detail === 'object' && detail ? textOf(detail.ErrorCode) || null : null;
  const argument = typeof detail === 'object' && detail ? textOf(detail.Argument) || null : null;
  return { code: textOf(fault.faultcode ?? code12), message: textOf(fault.faultstring ?? reason12), errorCode, argument };
}

const FIELD_NAMES: Record<string, string> = {
  Title: 'title',
  Name: 'name',
  ContentType: 'contentType',
  SearchString: 'searchString',
  Keyword: 'keyword',
  DueDate: 'dueDate',
  ProjectID: 'projectRemoteId',
  NewRevision: 'revision',
  Bytes: 'bytes',
};

export function faultError(fault: SoapFaultInfo, op: string): AppError {
  const providerMessage = redact(fault.message);
  const options = { provider: PROVIDER, providerCode: fault.errorCode ?? fault.code, providerMessage };
  const field = fault.argument ? (FIELD_NAMES[fault.argument] ?? fault.argument) : null;
  if (fault.errorCode === 'InvalidID' || fault.errorCode === 'InvalidProjectID') {
    return new AppError('not-found', `Workity ${op}: ${providerMessage}`, { ...options, field });
  }
  if (/server|receiver/i.test(fault.code))
    return new AppError('server', `Workity ${op} failed: ${providerMessage}`, { ...options, retryable: false });
  return new AppError('validation', `Workity rejected ${op}: ${providerMessage}`, { ...options, field });
}

/**
 * Whatever node-soap or axios threw before a reply could be read, as an AppError: node-soap's HTTP
 * client takes every status as an answer, so what is left is the network (replies: reply.ts).
 */
export function soapError(error: unknown): AppError {
  return networkError(error, PROVIDER);
}
