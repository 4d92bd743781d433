import type { Channel, Input, PublicAccount, Reply } from '../../shared/contract.js';
import { serviceOfCall, withService } from '../../shared/messages/serviceOfCall.js';
import type { ProviderId } from '../../shared/model.js';
import type { AppApi } from './connection.js';

/**
 * Fills in the service of an error that names none (a payload the contract
 * refused), from the call's key or account; the accounts are the ones this
 * client has seen listed or added. Code and words stay as the core sent them.
 */
export function withServiceNames(api: AppApi): AppApi {
  const providers = new Map<string, ProviderId>();

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
      learn(channel, reply);
      if (reply.ok) return reply;
      return {
        ok: false,
        error: withService(
          reply.error,
          serviceOfCall(input, (id) => providers.get(id) ?? null),
        ),
      };
    },
  };
}
