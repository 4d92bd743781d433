import { describe, expect, it, vi } from 'vitest';
import type { IpcMain, WebContents } from 'electron';
import type { Handlers } from '../../../shared/contract.js';
import { createEventBus } from '../../../main/core/events.js';
import { bindIpc, forwardEvents, handleInvoke } from '../../../main/electron/ipcBridge.js';
import { IPC_EVENT, IPC_INVOKE } from '../../../main/electron/ipcChannels.js';
import { FakeWebContents, silentLog } from './fakes.js';

const appFrame = { url: 'app://worktray/index.html#/', parent: null };

function fakeHandlers() {
  const info = vi.fn(async () => ({ version: '1.0.0', host: 'electron' as const, dataDir: '/tmp/x' }));
  const get = vi.fn(async (input: { key: string }) => ({ key: input.key }));
  return { handlers: { 'app:info': info, 'tasks:get': get } as unknown as Handlers, info, get };
}

const event = (frame: { url: string; parent: unknown } | null) => ({ senderFrame: frame }) as Parameters<typeof handleInvoke>[0];

describe('IPC sender check', () => {
  it('refuses a call from a foreign frame before looking at its payload', async () => {
    const { handlers, get } = fakeHandlers();
    const log = silentLog();
    const payload = {
      get key(): string {
        throw new Error('the payload was read');
      },
    };
    const reply = await handleInvoke(event({ url: 'https://evil.example/', parent: null }), 'tasks:get', payload, handlers, log);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(get).not.toHaveBeenCalled();
    expect(log.warnings).toContain('refused an IPC call from a foreign frame');
  });

  it('refuses a subframe of the app and a call with no frame', async () => {
    const { handlers, info } = fakeHandlers();
    expect(
      await handleInvoke(event({ url: 'app://worktray/index.html', parent: {} }), 'app:info', {}, handlers, silentLog()),
    ).toMatchObject({ ok: false });
    expect(await handleInvoke(event(null), 'app:info', {}, handlers, silentLog())).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(info).not.toHaveBeenCalled();
  });

  it('dispatches a call from the app to its handler and answers with a Result', async () => {
    const { handlers } = fakeHandlers();
    expect(await handleInvoke(event(appFrame), 'tasks:get', { key: 'webwork:1:task:9' }, handlers, silentLog())).toEqual({
      ok: true,
      value: { key: 'webwork:1:task:9' },
    });
  });

  it('answers an unknown channel or a bad payload with a validation error', async () => {
    const { handlers, get } = fakeHandlers();
    expect(await handleInvoke(event(appFrame), 'fs:read', {}, handlers, silentLog())).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await handleInvoke(event(appFrame), 'tasks:get', { key: 42 }, handlers, silentLog())).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(get).not.toHaveBeenCalled();
  });

  it('binds one invoke channel on ipcMain that applies the same check', async () => {
    const registered = new Map<string, (...args: unknown[]) => unknown>();
    const ipcMain = {
      handle: (name: string, fn: (...args: unknown[]) => unknown) => registered.set(name, fn),
      removeHandler: vi.fn(),
    };
    const { handlers } = fakeHandlers();
    const unbind = bindIpc({ ipcMain: ipcMain as unknown as IpcMain, handlers, log: silentLog() });
    expect([...registered.keys()]).toEqual([IPC_INVOKE]);
    const handle = registered.get(IPC_INVOKE)!;
    await expect(handle(event({ url: 'app://evil/', parent: null }), 'app:info', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await expect(handle(event(appFrame), 'app:info', {})).resolves.toMatchObject({ ok: true });
    unbind();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(IPC_INVOKE);
  });
});

describe('event forwarding', () => {
  it('sends core events to app windows only, as (name, payload)', () => {
    const bus = createEventBus();
    const app = new FakeWebContents();
    app.url = 'app://worktray/index.html';
    const foreign = new FakeWebContents();
    foreign.url = 'https://evil.example/';
    const closed = new FakeWebContents();
    closed.url = 'app://worktray/index.html';
    closed.destroyed = true;
    forwardEvents(bus, () => [app, foreign, closed] as unknown as WebContents[]);
    bus.emit('outbox:changed', { queued: 1, failed: 2 });
    expect(app.sent).toEqual([[IPC_EVENT, 'outbox:changed', { queued: 1, failed: 2 }]]);
    expect(foreign.sent).toEqual([]);
    expect(closed.sent).toEqual([]);
  });
});
