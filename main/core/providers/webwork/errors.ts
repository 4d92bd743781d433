import { AppError } from '../../../../shared/errors.js';
import { statusError } from '../../net/http.js';
import { redact } from '../../log.js';
import { PROVIDER, type Envelope } from './schema.js';

const LABEL = 'WebWork Tracker';

function fieldMessages(errors: NonNullable<Envelope['errors']>): string[] {
  return Object.entries(errors).flatMap(([field, list]) => (Array.isArray(list) ? list : [list]).map((m) => `${field}: ${m}`));
}

/**
 * Turns an HTTP status plus the `success:false` envelope into an AppError. The server's
 * message is kept; on 422 the first failing field becomes `field` and every field's message is in the text.
 */
export function replyError(status: number, envelope: Envelope | null, headers: Record<string, unknown>): AppError {
  const serverMessage = envelope?.message ? redact(envelope.message) : null;
  const options = { provider: PROVIDER, providerCode: status, providerMessage: serverMessage };
  const said = serverMessage ? `: ${serverMessage}` : '';
  if (status === 401) return new AppError('auth', `${LABEL} did not accept the token${said}`, options);
  if (status === 403) return new AppError('forbidden', `${LABEL} does not allow this for your role${said}`, options);
  if (status === 404) return new AppError('not-found', `${LABEL} could not find it${said}`, options);
  if (status === 422 || (status === 400 && envelope)) {
    const errors = envelope?.errors ?? {};
    const field = Object.keys(errors)[0] ?? null;
    const details = fieldMessages(errors);
    const text = details.length > 0 ? details.join('; ') : (serverMessage ?? 'the request was invalid');
    return new AppError('validation', `${LABEL} rejected the request: ${redact(text)}`, { ...options, field });
  }
  if (status >= 200 && status < 300) {
    // success:false on a 2xx: the server refused without an HTTP error, so repeating will not help.
    return new AppError('server', `${LABEL} refused the request${said}`, { ...options, retryable: false });
  }
  const error = statusError(status, PROVIDER, serverMessage ?? '', headers);
  return serverMessage && status !== 429
    ? new AppError(error.code, `${LABEL} failed (HTTP ${status})${said}`, {
        ...options,
        retryable: error.retryable,
        retryAfterMs: error.retryAfterMs,
      })
    : error;
}
