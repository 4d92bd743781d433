import {
  requestSchemas,
  type Channel,
  type EventName,
  type Events,
  type Handlers,
  type Input,
  type Reply,
} from '../../shared/contract.js';
import { AppError, toAppError } from '../../shared/errors.js';
import { isLocalKey, recordKey } from '../../shared/model.js';
import type { AppApi } from './connection.js';
import { memoryAccountHandlers } from './memoryAccountHandlers.js';
import { emitOutbox, isOnline, type MemoryContext } from './memoryContext.js';
import { memoryMiscHandlers } from './memoryMiscHandlers.js';
import { emptyState, type MemoryState } from './memoryState.js';
import { memoryTaskHandlers } from './memoryTaskHandlers.js';

export interface MemoryApiOptions {
  state?: MemoryState;
  now?: () => Date;
  /** When set, queued changes "reach the server" after this many ms; otherwise only on flush(). */
  autoSendMs?: number;
}

/** The in-process API for unit tests and the `?mock=1` page: the contract's behaviour over plain arrays. */
export interface MemoryApi extends AppApi {
  state: MemoryState;
  /** Sends every queued change of an online account, as the core's pusher would. */
  flush(): void;
  emit<E extends EventName>(event: E, payload: Events[E]): void;
  /** Every call made, in order, so tests can check what a store asked for. */
  calls: { channel: Channel; input: unknown }[];
}

function sendQueued(ctx: MemoryContext): void {
  const sent = ctx.state.outbox.filter((e) => e.state === 'queued' && isOnline(ctx, e.accountId));
  if (sent.length === 0) return;
  ctx.state.outbox = ctx.state.outbox.filter((e) => !sent.includes(e));
  for (const entry of sent) {
    const task = ctx.state.tasks.find((t) => t.key === entry.key);
    if (!task) continue;
    if (isLocalKey(task.key)) {
      task.remoteId = String(50_000 + ctx.nextId());
      task.key = recordKey(task.provider, task.accountId, 'task', task.remoteId);
    }
    task.pending = ctx.state.outbox.some((e) => e.key === entry.key);
    ctx.emit('tasks:changed', { accountId: task.accountId });
  }
  emitOutbox(ctx);
}

export function createMemoryApi(options: MemoryApiOptions = {}): MemoryApi {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const calls: MemoryApi['calls'] = [];
  let counter = 100;
  const ctx: MemoryContext = {
    state: options.state ?? emptyState(),
    now: options.now ?? (() => new Date()),
    emit: (event, payload) => {
      for (const listener of listeners.get(event) ?? []) listener(structuredClone(payload));
    },
    queued: () => {
      if (options.autoSendMs !== undefined) setTimeout(() => sendQueued(ctx), options.autoSendMs);
    },
    nextId: () => (counter += 1),
    flush: () => sendQueued(ctx),
  };
  const handlers: Handlers = { ...memoryTaskHandlers(ctx), ...memoryAccountHandlers(ctx), ...memoryMiscHandlers(ctx) };

  async function invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Reply<C>> {
    calls.push({ channel, input: structuredClone(input) });
    const parsed = requestSchemas[channel].safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, error: new AppError('validation', `${channel}: ${issue?.message ?? 'invalid'}`).toPayload() };
    }
    try {
      const handler = handlers[channel] as (value: unknown) => Promise<unknown>;
      const value = structuredClone(await handler(parsed.data));
      return { ok: true, value } as Reply<C>;
    } catch (error) {
      return { ok: false, error: toAppError(error).toPayload() };
    }
  }

  return {
    state: ctx.state,
    calls,
    invoke,
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
    emit: (event, payload) => ctx.emit(event, payload),
    flush: () => sendQueued(ctx),
    onConnection: () => () => undefined,
    connection: () => 'open',
    close: () => undefined,
  };
}
