import { AppError, type ErrorCode } from '../../../../shared/errors.js';
import { excerpt, retryAfterMs } from '../../net/http.js';
import { redact } from '../../log.js';
import { parseErrorBody, unwrapReply } from './xml.js';

const PROVIDER = 'worksnaps';

/** What the seed's "Extra Error Information" payload says: error_code, error_string, and WS-BH's extra_info. */
export interface WorksnapsErrorInfo {
  errorCode: number | string | null;
  errorString: string | null;
  extraInfo: string | null;
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
  return null;
}

export function readErrorInfo(body: string): WorksnapsErrorInfo {
  const doc = parseErrorBody(body);
  if (!doc) return { errorCode: null, errorString: body.trim() ? excerpt(body) : null, extraInfo: null };
  const reply = unwrapReply(doc);
  const code = textOf(reply.error_code);
  return {
    errorCode: code === null ? null : /^\d+$/.test(code) ? Number(code) : code,
    errorString: textOf(reply.error_string),
    extraInfo: textOf(reply.extra_info),
  };
}

/** The seed's standard return codes onto the shared codes; 409 is what WS-VB documents for a duplicate key. */
export function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'validation';
}

const LEAD: Record<ErrorCode, string> = {
  auth: 'Worksnaps did not accept the API token',
  forbidden: 'Worksnaps does not allow this for your user',
  'not-found': 'Worksnaps could not find it',
  validation: 'Worksnaps refused the request',
  conflict: 'Worksnaps refused the request as a duplicate',
  'rate-limited': 'Worksnaps asks us to slow down',
  offline: 'Worksnaps could not be reached',
  server: 'Worksnaps had a server error',
  protocol: 'Worksnaps sent a reply we could not read',
  unsupported: 'Worksnaps cannot do this',
};

/**
 * Turns a non-2xx reply into an AppError. The server's error_code and
 * error_string are kept (providerCode/providerMessage) and shown in the
 * message, redacted: a server may echo what it was sent.
 */
export function replyError(status: number, body: string, headers: Record<string, unknown> = {}): AppError {
  const info = readErrorInfo(body);
  const code = codeForStatus(status);
  const errorString = info.errorString === null ? null : redact(info.errorString);
  const label = info.errorCode === null ? `HTTP ${status}` : `HTTP ${status}, error ${info.errorCode}`;
  const message = `${LEAD[code]} (${label})${errorString ? `: ${errorString}` : ''}`;
  return new AppError(code, message, {
    provider: PROVIDER,
    providerCode: info.errorCode ?? status,
    providerMessage: errorString,
    retryAfterMs: code === 'rate-limited' ? retryAfterMs(headers['retry-after']) : null,
  });
}
