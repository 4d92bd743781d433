import { AppError, toAppError, type Result } from '../../shared/errors.js';
import { requestSchemas, type Channel, type Handlers } from '../../shared/contract.js';
import { createLogger } from './log.js';

const log = createLogger('dispatch');

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(requestSchemas, value);
}

/**
 * The one door into the core for every host: an unknown channel or a payload
 * that fails its schema is answered with a `validation` error, a handler's
 * throw becomes an error Result, and nothing escapes to crash the process.
 */
export async function dispatch(handlers: Handlers, channel: unknown, payload: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    const name = typeof channel === 'string' ? channel.slice(0, 60) : typeof channel;
    log.warn('dropped a call on an unknown channel', { channel: name });
    return { ok: false, error: new AppError('validation', `Unknown channel "${name}"`, { field: 'channel' }).toPayload() };
  }
  const parsed = requestSchemas[channel].safeParse(payload ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'input';
    log.warn('dropped a call with an invalid payload', { channel, field });
    return {
      ok: false,
      error: new AppError('validation', `${channel}: ${field}: ${issue?.message ?? 'invalid input'}`, { field }).toPayload(),
    };
  }
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    const appError = toAppError(error);
    if (!(error instanceof AppError)) log.error('handler failed', { channel, message: appError.message });
    return { ok: false, error: appError.toPayload() };
  }
}
