import { EVENT_NAMES, type Channel, type EventName, type Events, type Input, type Reply } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';
import type { AppApi, ConnectionState } from './connection.js';
import { errorPayload } from './result.js';

type SocketLike = Pick<WebSocket, 'send' | 'close' | 'readyState'> & {
  onopen: ((ev: Event) => unknown) | null;
  onclose: ((ev: CloseEvent) => unknown) | null;
  onmessage: ((ev: MessageEvent) => unknown) | null;
  onerror: ((ev: Event) => unknown) | null;
};

export interface WsApiOptions {
  url: string;
  createSocket?: (url: string) => SocketLike;
  /** First reconnect delay; doubles up to maxDelayMs. */
  minDelayMs?: number;
  maxDelayMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

interface Pending {
  resolve: (reply: Reply<Channel>) => void;
}

const OPEN = 1;

function offline(): ErrorPayload {
  return errorPayload('offline', 'The connection to Worktray was lost; try again when it is back.');
}

function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as string[]).includes(name);
}

/**
 * The WebSocket transport of the web host: numbered invokes answered by
 * replies, events pushed by name, reconnection with backoff. An invoke that is
 * in flight when the socket drops fails with an `offline` error.
 */
export function createWsApi(options: WsApiOptions): AppApi {
  const createSocket = options.createSocket ?? ((url: string) => new WebSocket(url));
  const setTimer = options.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const minDelay = options.minDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 10_000;
  const pending = new Map<number, Pending>();
  const waiting: string[] = [];
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const connectionListeners = new Set<(state: ConnectionState) => void>();
  let nextId = 1;
  let delay = minDelay;
  let state: ConnectionState = 'connecting';
  let closedByUs = false;
  let socket: SocketLike = connect();

  function setState(next: ConnectionState): void {
    if (state === next) return;
    state = next;
    for (const listener of connectionListeners) listener(next);
  }

  function connect(): SocketLike {
    const ws = createSocket(options.url);
    ws.onopen = () => {
      delay = minDelay;
      setState('open');
      for (const message of waiting.splice(0)) ws.send(message);
    };
    ws.onmessage = (ev) => handleMessage(ev.data);
    ws.onerror = () => undefined;
    ws.onclose = () => {
      failAll();
      setState('closed');
      if (!closedByUs) setTimer(reconnect, delay);
      delay = Math.min(delay * 2, maxDelay);
    };
    return ws;
  }

  function reconnect(): void {
    if (closedByUs) return;
    setState('connecting');
    socket = connect();
  }

  function failAll(): void {
    waiting.length = 0;
    for (const [id, entry] of pending) {
      pending.delete(id);
      entry.resolve({ ok: false, error: offline() });
    }
  }

  function handleMessage(data: unknown): void {
    let message: { type?: unknown; id?: unknown; result?: unknown; name?: unknown; payload?: unknown };
    try {
      message = JSON.parse(String(data)) as typeof message;
    } catch {
      return;
    }
    if (message.type === 'reply' && typeof message.id === 'number') {
      const entry = pending.get(message.id);
      pending.delete(message.id);
      entry?.resolve(message.result as Reply<Channel>);
    } else if (message.type === 'event' && isEventName(message.name)) {
      for (const listener of listeners.get(message.name) ?? []) listener(message.payload);
    }
  }

  return {
    invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Reply<C>> {
      if (state === 'closed') return Promise.resolve({ ok: false, error: offline() });
      const id = nextId++;
      const message = JSON.stringify({ type: 'invoke', id, channel, input });
      return new Promise<Reply<C>>((resolve) => {
        pending.set(id, { resolve: resolve as Pending['resolve'] });
        if (socket.readyState === OPEN) socket.send(message);
        else waiting.push(message);
      });
    },
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
    onConnection(listener) {
      connectionListeners.add(listener);
      return () => connectionListeners.delete(listener);
    },
    connection: () => state,
    close() {
      closedByUs = true;
      socket.close();
    },
  };
}
