import { describe, expect, it } from 'vitest';
import { socketUrl, takeToken, TOKEN_STORAGE_KEY } from '../../../renderer/api/token.js';
import { createWsApi } from '../../../renderer/api/wsApi.js';

class FakeSocket {
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: unknown[] = [];
  onopen: ((ev: Event) => unknown) | null = null;
  onclose: ((ev: CloseEvent) => unknown) | null = null;
  onmessage: ((ev: MessageEvent) => unknown) | null = null;
  onerror: ((ev: Event) => unknown) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.drop();
  }
  open() {
    this.readyState = 1;
    this.onopen?.({} as Event);
  }
  drop() {
    this.readyState = 3;
    this.onclose?.({} as CloseEvent);
  }
  receive(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) } as MessageEvent);
  }
}

function harness() {
  FakeSocket.all = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const api = createWsApi({
    url: 'ws://h/ws?token=t',
    createSocket: (url) => new FakeSocket(url),
    minDelayMs: 100,
    maxDelayMs: 400,
    setTimer: (fn, ms) => timers.push({ fn, ms }),
  });
  return { api, timers, socket: () => FakeSocket.all[FakeSocket.all.length - 1]! };
}

describe('the WebSocket transport', () => {
  it('sends numbered invokes once connected and resolves each with its reply', async () => {
    const { api, socket } = harness();
    const pending = api.invoke('accounts:list', {});
    expect(socket().sent).toEqual([]);
    socket().open();
    expect(socket().sent).toEqual([{ type: 'invoke', id: 1, channel: 'accounts:list', input: {} }]);
    socket().receive({ type: 'reply', id: 1, result: { ok: true, value: [] } });
    await expect(pending).resolves.toEqual({ ok: true, value: [] });
  });

  it('delivers events by name to their listeners until unsubscribed', () => {
    const { api, socket } = harness();
    socket().open();
    const seen: unknown[] = [];
    const off = api.on('outbox:changed', (payload) => seen.push(payload));
    socket().receive({ type: 'event', name: 'outbox:changed', payload: { queued: 2, failed: 0 } });
    socket().receive({ type: 'event', name: 'no-such-event', payload: {} });
    off();
    socket().receive({ type: 'event', name: 'outbox:changed', payload: { queued: 3, failed: 0 } });
    expect(seen).toEqual([{ queued: 2, failed: 0 }]);
  });

  it('fails in-flight invokes with an offline error when the socket drops, then reconnects with backoff', async () => {
    const { api, socket, timers } = harness();
    const states: string[] = [];
    api.onConnection((s) => states.push(s));
    socket().open();
    const pending = api.invoke('tasks:counts', {});
    socket().drop();
    const reply = await pending;
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe('offline');
    expect(timers.map((t) => t.ms)).toEqual([100]);
    timers[0]!.fn();
    socket().drop();
    expect(timers.map((t) => t.ms)).toEqual([100, 200]);
    timers[1]!.fn();
    socket().open();
    expect(states).toEqual(['open', 'closed', 'connecting', 'closed', 'connecting', 'open']);
    expect(FakeSocket.all).toHaveLength(3);
  });

  it('answers at once with offline while no connection is up', async () => {
    const { api, socket } = harness();
    socket().drop();
    const reply = await api.invoke('tasks:counts', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'offline' } });
  });

  it('ignores malformed frames', () => {
    const { socket } = harness();
    socket().open();
    expect(() => socket().onmessage?.({ data: 'not json' } as MessageEvent)).not.toThrow();
  });
});

describe('the web host token', () => {
  function env(search: string, stored: string | null = null) {
    const storage = new Map<string, string>(stored ? [[TOKEN_STORAGE_KEY, stored]] : []);
    const replaced: string[] = [];
    return {
      replaced,
      storage,
      env: {
        location: { search, pathname: '/', hash: '#/news' },
        storage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) },
        history: { replaceState: (_d: unknown, _t: string, url?: string | URL | null) => void replaced.push(String(url)) },
      },
    };
  }

  it('takes the token from the URL, keeps it for reloads and removes it from the address bar', () => {
    const h = env('?token=abc123&x=1');
    expect(takeToken(h.env)).toBe('abc123');
    expect(h.storage.get(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(h.replaced).toEqual(['/?x=1#/news']);
  });

  it('falls back to the stored token after a reload', () => {
    const h = env('', 'kept');
    expect(takeToken(h.env)).toBe('kept');
    expect(h.replaced).toEqual([]);
  });

  it('builds the socket URL on the page host', () => {
    expect(socketUrl({ protocol: 'http:', host: '127.0.0.1:4567' }, 'a b')).toBe('ws://127.0.0.1:4567/ws?token=a%20b');
  });
});
