import { AppError, type ErrorCode } from '../../../../shared/errors.js';
import { statusError } from '../../net/http.js';
import type { Envelope } from './schema.js';

const PROVIDER = 'worksection';

interface Meaning {
  code: ErrorCode;
  words: string;
}

/** The seeds' status codes, with the newer meanings the vendor reuses them for. */
function meaningOf(statusCode: number | null, message: string, details: string): Meaning {
  const m = message.toLowerCase();
  switch (statusCode) {
    case 0:
      return { code: 'unsupported', words: 'Worksection does not know this action' };
    case 1:
      return { code: 'validation', words: 'The request to Worksection named no action' };
    case 2:
      return {
        code: 'auth',
        words:
          'Worksection refused the API key: the request signature was not accepted. Check the key under Account → Security → Admin API',
      };
    case 3:
      return { code: 'not-found', words: 'Worksection does not know this project or task address' };
    case 4:
      return {
        code: 'not-found',
        words: m.includes('file') ? 'This file no longer exists in Worksection' : 'This project no longer exists in Worksection',
      };
    case 5:
      return { code: 'not-found', words: 'This task no longer exists in Worksection' };
    case 6:
      return m.includes('timer')
        ? { code: 'conflict', words: 'A timer is already running' }
        : { code: 'not-found', words: 'This subtask no longer exists in Worksection' };
    case 7:
      return m.includes('timer')
        ? { code: 'not-found', words: 'This timer is not running any more' }
        : { code: 'validation', words: 'Worksection needs a project for this' };
    case 8:
      return m.includes('closed')
        ? { code: 'validation', words: 'The parent task is closed, so nothing can be added under it' }
        : { code: 'validation', words: 'Worksection needs a task for this' };
    case 9:
      return { code: 'validation', words: 'Worksection needs a subtask for this' };
    case 10:
      return { code: 'validation', words: `Worksection needs a value for ${details || 'a required field'}` };
    case 11:
      return { code: 'validation', words: `Worksection did not accept ${details ? `"${details}"` : 'a value'}: ${message}` };
    case 12:
      return { code: 'validation', words: alreadyWords(m) };
    case 13:
      return { code: 'validation', words: 'This task still has open subtasks: close them first' };
    case 14:
      return {
        code: 'validation',
        words: m.includes('parent') ? 'The parent task is done: reopen it first' : 'This subtask is already closed',
      };
    case 15:
      return { code: 'validation', words: 'This subtask still has open subtasks: close them first' };
    case 20:
      return { code: 'rate-limited', words: 'Worksection’s request quota is used up; waiting before trying again' };
    default:
      if (m.includes('too many'))
        return { code: 'validation', words: `More records than one Worksection reply may carry: ${message}` };
      return { code: 'server', words: `Worksection refused the request: ${message || 'no reason given'}` };
  }
}

function alreadyWords(message: string): string {
  const what = message.includes('project') ? 'project' : 'task';
  return message.includes('active')
    ? `This ${what} is already open in Worksection`
    : `This ${what} is already closed in Worksection`;
}

function detailsText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Turns `{"status":"error",...}` into an AppError keeping status_code, message and message_details. */
export function envelopeError(envelope: Envelope, quotaWaitMs: number, retryAfterHeaderMs: number | null): AppError {
  const statusCode = envelope.status_code === undefined ? null : Number(envelope.status_code);
  const message = envelope.message ?? '';
  const details = detailsText(envelope.message_details);
  const meaning = meaningOf(Number.isNaN(statusCode) ? null : statusCode, message, details);
  return new AppError(meaning.code, meaning.words, {
    provider: PROVIDER,
    providerCode: statusCode,
    providerMessage: details ? `${message} (${details})` : message || null,
    field: statusCode === 10 ? details || null : statusCode === 11 && /email/i.test(message) ? 'email' : null,
    // A refusal in the envelope is the server's considered answer; only the quota passes with time.
    retryable: meaning.code === 'rate-limited',
    retryAfterMs: meaning.code === 'rate-limited' ? (retryAfterHeaderMs ?? quotaWaitMs) : null,
  });
}

/** A non-200 reply; an HTTP 429 without Retry-After waits as long as a `Quota exceeded` envelope would. */
export function httpError(status: number, body: string, headers: Record<string, unknown>, quotaWaitMs: number): AppError {
  const error = statusError(status, PROVIDER, body.slice(0, 200), headers);
  if (error.code !== 'rate-limited' || error.retryAfterMs !== null) return error;
  return new AppError(error.code, error.message, {
    provider: PROVIDER,
    providerCode: error.providerCode,
    providerMessage: error.providerMessage,
    retryAfterMs: quotaWaitMs,
  });
}
