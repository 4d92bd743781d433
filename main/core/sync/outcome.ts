import { AppError, type ErrorCode, type ErrorPayload } from '../../../shared/errors.js';

/** How long an interactive command waits for a service before it reports `queued` (CoreOptions.commandDeadlineMs). */
export const DEFAULT_DEADLINE_MS = 30_000;

export const OUTCOME_UNKNOWN = 'Outcome unknown — will check before resending';

/** The server's own refusal: the only failures that make an entry `failed`. Anything else keeps it queued. */
const REFUSALS: ReadonlySet<ErrorCode> = new Set(['validation', 'forbidden', 'not-found', 'auth', 'unsupported', 'conflict']);

/** Network failures that happen before a request can leave: nothing reached the server. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export function isRefusal(error: AppError): boolean {
  return REFUSALS.has(error.code);
}

/**
 * A write went out and no readable answer came back: an unreadable reply
 * (`protocol`), a connection cut or a timeout after sending, a failure of our
 * own. The server may have done it, so this is not a refusal: the entry stays
 * queued, and the next attempt looks for the result before sending again.
 */
export function isOutcomeUnknown(error: AppError, writeLeft: boolean): boolean {
  if (!writeLeft || isRefusal(error)) return false;
  if (error.code === 'offline') return !NOT_SENT.has(String(error.providerCode ?? ''));
  return error.code === 'protocol' || error.code === 'server';
}

/** What the outbox shows for an entry left queued by `error`. */
export function waitingReason(error: AppError, writeLeft: boolean): ErrorPayload {
  const payload = error.toPayload();
  if (!isOutcomeUnknown(error, writeLeft)) return payload;
  return { ...payload, message: OUTCOME_UNKNOWN, providerMessage: payload.providerMessage ?? error.message, retryable: true };
}

/** The reason a command reports `queued` when the service has not answered within its deadline. */
export function deadlineReason(ms: number, provider: string | null): ErrorPayload {
  return new AppError(
    'offline',
    `No answer within ${Math.round(ms / 1000)} s; the change stays queued and is sent in the background`,
    { provider, retryable: true },
  ).toPayload();
}
