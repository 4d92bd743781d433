import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Handlers, type Settings } from '../../../shared/contract.js';
import type { Core } from '../../../main/core/app.js';
import { createEventBus } from '../../../main/core/events.js';
import { FakeBrowserWindow } from './fakes.js';

/*
 * The composition root with `electron` mocked: what the app does on launch,
 * in the order Electron needs it, wired to a fake core.
 */

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const ready: { resolve: () => void } = { resolve: () => undefined };
  return { calls, ready, lock: true, registerShortcut: true, appEvents: null as unknown as import('node:events').EventEmitter };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const { FakeBrowserWindow: Win } = await import('./fakes.js');
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    paths: new Map<string, string>(),
    setPath: vi.fn((name: string, value: string) => {
      fake.calls.push(`setPath:${name}`);
      app.paths.set(name, value);
    }),
    getPath: (name: string) => app.paths.get(name) ?? `/fake/${name}`,
    getVersion: () => '9.9.9',
    requestSingleInstanceLock: vi.fn(() => {
      fake.calls.push('lock');
      return fake.lock;
    }),
    whenReady: vi.fn(() => {
      fake.calls.push('whenReady');
      return Promise.resolve();
    }),
    quit: vi.fn(() => fake.calls.push('quit')),
    setLoginItemSettings: vi.fn(),
    commandLine: { appendSwitch: vi.fn((name: string, value: string) => fake.calls.push(`switch:${name}=${value}`)) },
  });
  fake.appEvents = app;
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const electron = {
    app,
    BrowserWindow: Object.assign(Win, { getFocusedWindow: () => null }),
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => fake.calls.push('registerSchemes')),
      handle: vi.fn((scheme: string) => fake.calls.push(`protocol:${scheme}`)),
    },
    ipcMain: {
      handlers,
      handle: vi.fn((name: string, fn: (...args: unknown[]) => unknown) => handlers.set(name, fn)),
      removeHandler: vi.fn(),
    },
    globalShortcut: { register: vi.fn(() => fake.registerShortcut), unregister: vi.fn(), unregisterAll: vi.fn() },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      setUsePlainTextEncryption: vi.fn(),
      encryptString: (s: string) => Buffer.from(s),
      decryptString: (b: Buffer) => b.toString(),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
      },
    },
    screen: {
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getDisplayNearestPoint: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
    },
    shell: { openExternal: vi.fn(async () => undefined) },
    net: { isOnline: () => true },
    nativeTheme: Object.assign(new Emitter(), { shouldUseDarkColors: false }),
    nativeImage: { createFromPath: (p: string) => ({ path: p }) },
    Menu: { buildFromTemplate: (template: unknown) => ({ template }) },
    Tray: class extends Emitter {
      static last: unknown = null;
      menu: unknown = null;
      constructor(readonly image: unknown) {
        super();
        (this.constructor as unknown as { last: unknown }).last = this;
      }
      setContextMenu(menu: unknown) {
        this.menu = menu;
      }
      setToolTip() {}
      setImage() {}
      getBounds() {
        return { x: 0, y: 0, width: 0, height: 0 };
      }
      destroy() {}
    },
    Notification: Object.assign(class {}, { isSupported: () => false }),
    dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })) },
  };
  return { ...electron, default: electron };
});

interface MockedElectron {
  app: { paths: Map<string, string> };
  ipcMain: { handlers: Map<string, (...args: unknown[]) => Promise<unknown>> };
  session: { defaultSession: { setPermissionRequestHandler: ReturnType<typeof vi.fn> } };
  globalShortcut: { unregisterAll: ReturnType<typeof vi.fn> };
  Tray: { last: unknown };
}
const electron = (await import('electron')).default as unknown as MockedElectron;
const { runWorktray } = await import('../../../main/electron/shell.js');

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  theme: 'system',
  quickAddShortcut: 'CommandOrControl+Shift+Space',
  lastAccountId: null,
  lastProjectRemoteId: null,
  startAtLogin: false,
  allowPlainTextSecrets: false,
};

function fakeCore(): Core & { closed: boolean } {
  const handlers = {
    'settings:get': async () => settings,
    'settings:set': async (patch: Partial<Settings>) => ({ ...settings, ...patch }),
    'app:info': async () => ({ version: '9.9.9', host: 'electron', dataDir: '/d' }),
    'tasks:counts': async () => ({
      views: {},
      projects: {},
      accounts: {},
      news: 0,
      conflicts: 0,
      outbox: { queued: 0, failed: 0 },
    }),
    'sync:status': async () => [],
    'news:list': async () => [],
    'outbox:list': async () => [],
    'sync:run': async () => ({ accounts: [] }),
  } as unknown as Handlers;
  const core = {
    closed: false,
    handlers,
    events: createEventBus(),
    networkChanged: vi.fn(),
    pull: vi.fn(async () => []),
    close: vi.fn(async () => void (core.closed = true)),
  };
  return core;
}

async function launch(argv: string[] = [], env: NodeJS.ProcessEnv = {}, platform: NodeJS.Platform = 'linux') {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'worktray-shell-'));
  const core = fakeCore();
  const createCore = vi.fn(() => core);
  const shell = await runWorktray({
    argv: ['electron', '.', `--data-dir=${dataDir}`, ...argv],
    env,
    baseDir: '/app/dist/electron',
    createCore,
    platform,
  });
  return { shell, core, createCore, dataDir };
}

const appFrame = { senderFrame: { url: 'app://worktray/index.html#/', parent: null } };
const invoke = (channel: string, input: unknown) => electron.ipcMain.handlers.get('worktray:invoke')!(appFrame, channel, input);

beforeEach(() => {
  fake.calls.length = 0;
  fake.lock = true;
  fake.registerShortcut = true;
  FakeBrowserWindow.created = [];
  fake.appEvents.removeAllListeners();
  electron.ipcMain.handlers.clear();
});

describe('Electron composition root', () => {
  it('sets the data folder, registers app:// and takes the single-instance lock before ready', async () => {
    const { dataDir, createCore } = await launch();
    expect(fake.calls.slice(0, 4)).toEqual(['setPath:userData', 'registerSchemes', 'lock', 'whenReady']);
    expect(electron.app.paths.get('userData')).toBe(dataDir);
    expect(createCore).toHaveBeenCalledWith(
      expect.objectContaining({
        dataDir,
        host: 'electron',
        background: true,
        cipher: expect.objectContaining({ kind: 'safeStorage' }),
      }),
    );
  });

  it('asks for the desktop portal for global shortcuts on Wayland, before ready', async () => {
    await launch(['--hidden'], { XDG_SESSION_TYPE: 'wayland' });
    expect(fake.calls.indexOf('switch:enable-features=GlobalShortcutsPortal')).toBeLessThan(fake.calls.indexOf('whenReady'));
    expect(fake.calls).toContain('switch:enable-features=GlobalShortcutsPortal');
  });

  it('quits at once, starting nothing, when another instance holds the lock', async () => {
    fake.lock = false;
    const { shell, createCore } = await launch();
    expect(shell).toBeNull();
    expect(fake.calls).toContain('quit');
    expect(createCore).not.toHaveBeenCalled();
  });

  it('serves the renderer from app://, denies permissions and binds IPC', async () => {
    await launch();
    expect(fake.calls).toContain('protocol:app');
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect([...electron.ipcMain.handlers.keys()]).toEqual(['worktray:invoke']);
    await expect(invoke('app:info', {})).resolves.toMatchObject({ ok: true, value: { version: '9.9.9' } });
    await expect(
      electron.ipcMain.handlers.get('worktray:invoke')!(
        { senderFrame: { url: 'https://evil.example/', parent: null } },
        'app:info',
        {},
      ),
    ).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('opens the main window and a hidden quick-add window, both locked down', async () => {
    await launch();
    const urls = FakeBrowserWindow.created.map((w) => w.loaded[0]);
    expect(urls.sort()).toEqual(['app://worktray/index.html#/', 'app://worktray/index.html#/quick-add']);
    for (const win of FakeBrowserWindow.created) {
      expect(win.options.webPreferences).toMatchObject({
        preload: path.join('/app/dist/electron', 'preload.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
      });
    }
  });

  it('opens only quick-add for `worktray quick-add`, and nothing but the tray with --hidden', async () => {
    await launch(['--quick-add']);
    const quick = FakeBrowserWindow.created.find((w) => w.loaded[0]?.endsWith('#/quick-add'));
    expect(quick?.visible).toBe(true);
    expect(FakeBrowserWindow.created).toHaveLength(1);
    FakeBrowserWindow.created = [];
    await launch(['--hidden']);
    expect(FakeBrowserWindow.created.every((w) => !w.visible)).toBe(true);
  });

  it('focuses quick-add or the main window when a second launch hands over its argv', async () => {
    await launch(['--hidden']);
    fake.appEvents.emit('second-instance', {}, ['worktray', '--quick-add'], '/');
    expect(FakeBrowserWindow.created.find((w) => w.loaded[0]?.endsWith('#/quick-add'))?.visible).toBe(true);
    fake.appEvents.emit('second-instance', {}, ['worktray'], '/');
    const main = FakeBrowserWindow.created.find((w) => w.loaded[0]?.endsWith('#/'));
    main?.fire('ready-to-show');
    expect(main?.visible).toBe(true);
  });

  it('hardens every webContents the app creates', async () => {
    await launch(['--hidden']);
    const { FakeWebContents } = await import('./fakes.js');
    const contents = new FakeWebContents();
    fake.appEvents.emit('web-contents-created', {}, contents);
    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
  });

  it('tells settings, through app:info, that the shortcut could not be registered and what to bind instead', async () => {
    fake.registerShortcut = false;
    await launch(['--hidden']);
    const reply = (await invoke('app:info', {})) as { ok: true; value: { shell: { shortcut: Record<string, unknown> } } };
    expect(reply.value.shell.shortcut).toMatchObject({
      registered: false,
      accelerator: 'CommandOrControl+Shift+Space',
      fallbackCommand: 'worktray quick-add',
    });
  });

  it('builds the tray menu from the core’s state', async () => {
    await launch(['--hidden']);
    await vi.waitFor(() =>
      expect(
        (electron.Tray.last as { menu: { template: { id?: string }[] } | null }).menu?.template.some((i) => i.id === 'quick-add'),
      ).toBe(true),
    );
  });

  it('keeps running when every window is closed, and closes the core before quitting', async () => {
    const { core } = await launch(['--hidden']);
    expect(fake.appEvents.listenerCount('window-all-closed')).toBe(1);
    let prevented = false;
    fake.appEvents.emit('before-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await vi.waitFor(() => expect(fake.calls.at(-1)).toBe('quit'));
    expect(core.closed).toBe(true);
    expect(electron.globalShortcut.unregisterAll).toHaveBeenCalled();
  });
});
