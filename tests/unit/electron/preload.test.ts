import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../shared/contract.js';

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const rendererListeners = new Map<string, (...args: unknown[]) => void>();
  return {
    exposed,
    rendererListeners,
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void exposed.set(key, value) },
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'pong' })),
      on: (channel: string, listener: (...args: unknown[]) => void) => void rendererListeners.set(channel, listener),
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

let bridge: Api;
beforeAll(async () => {
  await import('../../../preload/index.js');
  bridge = electron.exposed.get('worktray') as Api;
});

describe('preload bridge', () => {
  it('exposes one object under the contract’s key with invoke and on, and nothing of ipcRenderer', () => {
    expect([...electron.exposed.keys()]).toEqual(['worktray']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(Object.values(bridge)).not.toContain(electron.ipcRenderer);
  });

  it('sends a contract channel over the one invoke channel', async () => {
    await expect(bridge.invoke('tasks:counts', {})).resolves.toEqual({ ok: true, value: 'pong' });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('worktray:invoke', 'tasks:counts', {});
  });

  it('answers an unknown channel itself, without IPC', async () => {
    electron.ipcRenderer.invoke.mockClear();
    const reply = await bridge.invoke('shell:exec' as never, {} as never);
    expect(reply).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('hands listeners the payload only, never the Electron event, and unsubscribes', () => {
    const listener = vi.fn();
    const off = bridge.on('outbox:changed', listener);
    const deliver = electron.rendererListeners.get('worktray:event')!;
    const ipcEvent = { sender: { send: () => undefined } };
    deliver(ipcEvent, 'outbox:changed', { queued: 1, failed: 0 });
    deliver(ipcEvent, 'news:changed', { accountId: 'a', unread: 1 });
    expect(listener.mock.calls).toEqual([[{ queued: 1, failed: 0 }]]);
    off();
    deliver(ipcEvent, 'outbox:changed', { queued: 2, failed: 0 });
    expect(listener).toHaveBeenCalledOnce();
  });

  it('ignores a subscription to an event outside the contract', () => {
    const listener = vi.fn();
    bridge.on('ipc:raw' as never, listener);
    electron.rendererListeners.get('worktray:event')!({}, 'ipc:raw', {});
    expect(listener).not.toHaveBeenCalled();
  });
});
