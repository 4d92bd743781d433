import type { EventName, Events } from '../../shared/contract.js';

type Listener<E extends EventName> = (payload: Events[E]) => void;
type AnyListener = <E extends EventName>(event: E, payload: Events[E]) => void;

/** The core's typed event bus; every host forwards it to its renderer or prints it. */
export interface EventBus {
  emit<E extends EventName>(event: E, payload: Events[E]): void;
  on<E extends EventName>(event: E, listener: Listener<E>): () => void;
  onAny(listener: AnyListener): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const any = new Set<AnyListener>();
  return {
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
      for (const listener of any) listener(event, payload);
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
    onAny(listener) {
      any.add(listener);
      return () => any.delete(listener);
    },
  };
}
