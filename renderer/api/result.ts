import type { Api, Channel, Input, Output } from '../../shared/contract.js';
import type { ErrorCode, ErrorPayload, Result } from '../../shared/errors.js';
import { errorDetails, errorSentence } from '../../shared/messages/errorSentence.js';

/**
 * A failed call as the stores see it, thrown inside the renderer only: its
 * message is the sentence a person reads, its payload the main side's error
 * unchanged (code, the service's code and words) for the Details disclosure.
 */
export class ApiFailure extends Error {
  readonly payload: ErrorPayload;

  constructor(payload: ErrorPayload) {
    super(errorSentence(payload));
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

/** The sentence a person reads (shared/messages): names the field or the service, no codes. */
export function describeError(error: ErrorPayload): string {
  return errorSentence(error);
}

/** The codes and raw words behind the sentence, for a "Details" disclosure only. */
export function errorDetailText(error: ErrorPayload): string {
  return errorDetails(error);
}
