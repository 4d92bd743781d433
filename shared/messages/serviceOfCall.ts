import type { ErrorPayload } from '../errors.js';
import { parseKey, type ProviderId } from '../model.js';

/**
 * The service a call was about, from its input: a record key names it, an
 * account id is looked up by the caller. The contract refuses a bad payload
 * before any service is involved, so its errors name none; with this the
 * sentence still says "too long for WebWork Tracker".
 */
export function serviceOfCall(input: unknown, providerOfAccount: (accountId: string) => ProviderId | null): ProviderId | null {
  if (typeof input !== 'object' || input === null) return null;
  const { key, accountId } = input as { key?: unknown; accountId?: unknown };
  if (typeof key === 'string') {
    const parsed = parseKey(key);
    if (parsed) return parsed.provider;
  }
  return typeof accountId === 'string' ? providerOfAccount(accountId) : null;
}

/** The error with its service filled in when it named none; code and words stay exactly as sent. */
export function withService(error: ErrorPayload, provider: ProviderId | null): ErrorPayload {
  return error.provider === null && provider !== null ? { ...error, provider } : error;
}
