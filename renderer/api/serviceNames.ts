import type { Channel, Input, PublicAccount, Reply } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';
import { parseKey, type ProviderId } from '../../shared/model.js';
import type { AppApi } from './connection.js';

/**
 * The contract refuses a bad payload before any service is involved, so its
 * errors name no provider; the sentence should still say "too long for
 * WebWork Tracker". The service is known from the call itself: a record key
 * names it, an account id is looked up in the accounts this client has seen
 * listed. Only a missing `provider` is filled in; code and words stay as sent.
 */
export function withServiceNames(api: AppApi): AppApi {
  const providers = new Map<string, ProviderId>();

  function serviceOf(input: unknown): ProviderId | null {
    if (typeof input !== 'object' || input === null) return null;
    const { key, accountId } = input as { key?: unknown; accountId?: unknown };
    if (typeof key === 'string') {
      const parsed = parseKey(key);
      if (parsed) return parsed.provider;
    }
    return typeof accountId === 'string' ? (providers.get(accountId) ?? null) : null;
  }

  function learn(channel: Channel, reply: Reply<Channel>): void {
    if (!reply.ok) return;
    if (channel === 'accounts:list') for (const a of reply.value as PublicAccount[]) providers.set(a.id, a.provider);
    if (channel === 'accounts:add') {
      const account = reply.value as PublicAccount;
      providers.set(account.id, account.provider);
    }
  }

  return {
    ...api,
    async invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Reply<C>> {
      const reply = await api.invoke(channel, input);
      learn(channel, reply as Reply<Channel>);
      if (reply.ok || reply.error.provider !== null) return reply;
      const provider = serviceOf(input);
      if (!provider) return reply;
      const error: ErrorPayload = { ...reply.error, provider };
      return { ok: false, error };
    },
  };
}
