import type { Handlers } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';
import { serviceOfCall, withService } from '../../shared/messages/serviceOfCall.js';

/**
 * A refused payload names no service; the call's key or --account does, so
 * the sentence can say "too long for WebWork Tracker". Only `provider` is
 * filled in: --json prints the code and message exactly as the core sent them.
 */
export async function namingService(handlers: Handlers, error: ErrorPayload, input: unknown): Promise<ErrorPayload> {
  if (error.provider !== null) return error;
  const accounts = await handlers['accounts:list']({}).catch(() => []);
  return withService(
    error,
    serviceOfCall(input, (id) => accounts.find((a) => a.id === id)?.provider ?? null),
  );
}
