import { describe, expect, it, vi } from 'vitest';
import { createShortcutService, QUICK_ADD_COMMAND } from '../../../main/electron/shortcut.js';
import { silentLog } from './fakes.js';

function fakeGlobalShortcut(answer: (accelerator: string) => boolean) {
  const held = new Map<string, () => void>();
  return {
    held,
    register: vi.fn((accelerator: string, callback: () => void) => {
      const ok = answer(accelerator);
      if (ok) held.set(accelerator, callback);
      return ok;
    }),
    unregister: vi.fn((accelerator: string) => void held.delete(accelerator)),
  };
}

describe('quick-add shortcut', () => {
  it('registers the shortcut and runs quick-add when it is pressed', () => {
    const globalShortcut = fakeGlobalShortcut(() => true);
    const onTrigger = vi.fn();
    const service = createShortcutService({ globalShortcut, onTrigger, log: silentLog(), isWayland: false });
    expect(service.apply('CommandOrControl+Shift+Space')).toEqual({
      accelerator: 'CommandOrControl+Shift+Space',
      registered: true,
      message: null,
      fallbackCommand: QUICK_ADD_COMMAND,
    });
    globalShortcut.held.get('CommandOrControl+Shift+Space')?.();
    expect(onTrigger).toHaveBeenCalledOnce();
  });

  it('says so and offers `worktray quick-add` when the desktop refuses the shortcut', () => {
    const log = silentLog();
    const service = createShortcutService({
      globalShortcut: fakeGlobalShortcut(() => false),
      onTrigger: vi.fn(),
      log,
      isWayland: false,
    });
    const status = service.apply('CommandOrControl+Shift+Space');
    expect(status.registered).toBe(false);
    expect(status.fallbackCommand).toBe('worktray quick-add');
    expect(status.message).toContain('could not be registered');
    expect(status.message).toContain('"worktray quick-add"');
    expect(service.status()).toEqual(status);
    expect(log.warnings).toContain('quick-add shortcut not registered');
  });

  it('reports an accelerator Electron cannot parse instead of throwing', () => {
    const globalShortcut = {
      register: vi.fn(() => {
        throw new Error('conversion failure');
      }),
      unregister: vi.fn(),
    };
    const status = createShortcutService({ globalShortcut, onTrigger: vi.fn(), log: silentLog(), isWayland: false }).apply(
      'Ctrl+Nope',
    );
    expect(status).toMatchObject({ registered: false, accelerator: 'Ctrl+Nope' });
    expect(status.message).toContain('not a valid shortcut');
  });

  it('releases the old shortcut when the setting changes', () => {
    const globalShortcut = fakeGlobalShortcut(() => true);
    const service = createShortcutService({ globalShortcut, onTrigger: vi.fn(), log: silentLog(), isWayland: false });
    service.apply('CommandOrControl+Shift+Space');
    service.apply('Alt+Shift+K');
    expect(globalShortcut.unregister).toHaveBeenCalledWith('CommandOrControl+Shift+Space');
    expect([...globalShortcut.held.keys()]).toEqual(['Alt+Shift+K']);
  });

  it('warns on Wayland that a registered shortcut may still not arrive', () => {
    const status = createShortcutService({
      globalShortcut: fakeGlobalShortcut(() => true),
      onTrigger: vi.fn(),
      log: silentLog(),
      isWayland: true,
    }).apply('Ctrl+Shift+Space');
    expect(status.registered).toBe(true);
    expect(status.message).toContain('worktray quick-add');
  });
});
