import type { EventName, Events, MutationResult } from '../../shared/contract.js';
import type { MemoryState } from './memoryState.js';

/** What the in-memory handlers share: the data, the clock, the event emitter and the fake pusher. */
export interface MemoryContext {
  state: MemoryState;
  now: () => Date;
  emit<E extends EventName>(event: E, payload: Events[E]): void;
  /** Called after a change is queued; the mock pusher decides when it "reaches the server". */
  queued(key: string): void;
  /** Sends what is queued for online accounts now. */
  flush(): void;
  nextId(): number;
}

export function queuedResult(key: string): MutationResult {
  return { key, state: 'queued', remoteId: null, error: null };
}

export function emitOutbox(ctx: MemoryContext): void {
  const failed = ctx.state.outbox.filter((entry) => entry.state === 'failed').length;
  ctx.emit('outbox:changed', { queued: ctx.state.outbox.length - failed, failed });
}

export function isOnline(ctx: MemoryContext, accountId: string): boolean {
  return ctx.state.sync.find((s) => s.accountId === accountId)?.online ?? true;
}
