import type { Api, Channel, Input, Output } from '../../shared/contract.js';
import type { ErrorCode, ErrorPayload, Result } from '../../shared/errors.js';

/** A failed call as the stores see it: the main side's error payload, thrown inside the renderer only. */
export class ApiFailure extends Error {
  readonly payload: ErrorPayload;

  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'ApiFailure';
    this.payload = payload;
  }
}

export function errorPayload(code: ErrorCode, message: string, extra: Partial<ErrorPayload> = {}): ErrorPayload {
  return {
    code,
    message,
    provider: null,
    providerCode: null,
    providerMessage: null,
    field: null,
    retryable: code === 'offline' || code === 'server' || code === 'rate-limited',
    ...extra,
  };
}

export function failure<T>(payload: ErrorPayload): Result<T> {
  return { ok: false, error: payload };
}

/** Calls a channel and returns its value, or throws ApiFailure with the error payload. */
export async function call<C extends Channel>(api: Api, channel: C, input: Input<C>): Promise<Output<C>> {
  const reply = await api.invoke(channel, input);
  if (!reply.ok) throw new ApiFailure(reply.error);
  return reply.value;
}

/** Turns anything a store caught into the payload the UI shows. */
export function toPayload(error: unknown): ErrorPayload {
  if (error instanceof ApiFailure) return error.payload;
  return errorPayload('server', error instanceof Error ? error.message : String(error));
}

/** One line a person can read: our message plus the provider's own words when they add something. */
export function describeError(error: ErrorPayload): string {
  const own = error.providerMessage && !error.message.includes(error.providerMessage) ? ` — ${error.providerMessage}` : '';
  const code = error.providerCode !== null && error.providerCode !== '' ? ` (${String(error.providerCode)})` : '';
  return `${error.message}${own}${code}`;
}
