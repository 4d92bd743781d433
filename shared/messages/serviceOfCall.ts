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

/**
 * A refused payload with its service filled in; code and words stay exactly
 * as sent. Only validation: a missing task or a locked vault is Worktray's
 * own, and naming a service there would blame it.
 */
export function withService(error: ErrorPayload, provider: ProviderId | null): ErrorPayload {
  return error.code === 'validation' && error.provider === null && provider !== null ? { ...error, provider } : error;
}
